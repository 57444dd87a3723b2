#!/usr/bin/env python3
"""newsbot's own `Service`, built from a config file and driven by bench/bench.py, one command a line.

    python bench/newsbot_driver.py --config bench.toml

Runs in its own process so that its CPU time and memory are newsbot's alone. Commands (JSON lines on
stdin, one JSON answer each on stdout):

  {"op": "cycle", "urls": [...] | null}
        poll those feeds (null: all) at once through `Service.poll`, the scheduler's job for one feed
        (what `newsbot once` does), and answer CPU, wall time and newsbot's own counters for the cycle
  {"op": "seed", "urls": [...] | null, "seed": 1}
        the state a first poll of those feeds leaves, written without feedparser (see `seed`)
  {"op": "daemon", "warmup": A, "seconds": W, "tail": B, "healthy": [...], "fresh_within": S,
   "spread_seed": 1}
        `Service.run`, the daemon itself (scheduler, sender, Telegram front, config watcher): once its
        scheduler runs, A seconds unmeasured, W seconds measured, B seconds more (alerts still in
        flight arrive), then stopped like SIGTERM does. Also answers the share of the `healthy` feeds
        whose last successful poll is at most S seconds old at the end of the W seconds. With
        spread_seed, the first polls are spread uniformly over one interval (steady state).
  {"op": "exit"}
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import re
import sys
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import unescape

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from proc import memory_kib, reply  # noqa: E402 - after the path set-up

from bot.config import load_config  # noqa: E402
from bot.logs import setup_logging  # noqa: E402
from bot.models import PollRecord  # noqa: E402
from bot.service import Service  # noqa: E402
from watchers.itemcache import SeenItems  # noqa: E402
from watchers.items import FetchError, Validators  # noqa: E402
from watchers.itemsplit import split_items  # noqa: E402
from watchers.parse import _Normaliser, body_digest  # noqa: E402 - the item keys, without feedparser

_ITEM = re.compile(rb"<item><title>(.*?)</title><link>(.*?)</link><guid isPermaLink=\"\w+\">(.*?)</guid>", re.DOTALL)
_CHANNEL_TITLE = re.compile(rb"<channel><title>(.*?)</title>", re.DOTALL)

log = logging.getLogger("bench.driver")


def snapshot(service: Service) -> dict[str, Any]:
    m = service.metrics
    return {"cpu": time.process_time(), "wall": time.monotonic(), "polls": dict(m.polls), "errors": dict(m.errors),
            "bytes": m.bytes_fetched, "items": m.items, "new_items": m.new_items, "stories": m.stories,
            "poll_n": m.poll_seconds.n, "poll_total": m.poll_seconds.total, "sent": service.sender.stats.sent}


def delta(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in after.items():
        if isinstance(value, dict):
            out[key] = {k: v - before[key].get(k, 0) for k, v in value.items() if v - before[key].get(k, 0)}
        else:
            out[key] = value - before[key]
    return out


async def cycle(service: Service, urls: list[str] | None) -> dict[str, Any]:
    urls = list(service.feeds) if urls is None else urls
    before = snapshot(service)
    await asyncio.gather(*(service.poll(url) for url in urls))
    out = delta(before, snapshot(service))
    out["feeds"] = len(urls)
    out["memory"] = memory_kib()
    return out


async def seed(service: Service, urls: list[str] | None, seed_value: int) -> dict[str, Any]:
    """What a first poll leaves in the store (validators, body hash, every item's keys marked seen, the
    raw item digests, the next poll time), written without parsing: newsbot's cold start costs a full
    feedparser run per feed, about 12 CPU-minutes for 10,000 feeds on this kind of machine, more than the
    benchmark's budget.

    Each feed is fetched with newsbot's own Fetcher; the items' title, link and guid are read with a
    regular expression (the benchmark's own RSS is regular) and keyed by newsbot's own `_Normaliser`
    (the code `parse_feed` uses); `Store.commit_poll` writes what `Pipeline.process` would write for
    a first poll with backfill_hours = 0 (no stories). bench.py checks afterwards that changed feeds
    show exactly their new items, which fails loudly if these keys ever differ from parse_feed's."""
    urls = list(service.feeds) if urls is None else urls
    rng = random.Random(seed_value)
    interval = service.config.polling.interval
    before = snapshot(service)
    seeded, failed, keys = 0, 0, 0

    slots = asyncio.Semaphore(service.config.polling.max_concurrency)  # bodies in memory stay bounded

    async def one(url: str) -> None:
        async with slots:
            await seed_one(url)

    async def seed_one(url: str) -> None:
        nonlocal seeded, failed, keys
        response = await service.refresher.fetcher.fetch(url, Validators())
        if isinstance(response, FetchError) or not response.body:
            failed += 1
            return
        body = response.body
        title = _CHANNEL_TITLE.search(body)
        normaliser = _Normaliser(url, feed_title=unescape(title.group(1).decode()) if title else "", feed_lang=None)
        for m in _ITEM.finditer(body):
            normaliser.add(title=unescape(m.group(1).decode()), summary="", link=unescape(m.group(2).decode()),
                           guid=unescape(m.group(3).decode()), published=None, outlet="", lang=None)
        seen = tuple(k for item in normaliser.items() for k in item.keys)
        now = time.time()
        split = split_items(body)  # the raw item digests a first poll stores too (watchers.incremental)
        digests = SeenItems(body_digest(body), response.final_url, split.tag, b"".join(split.digests())) \
            if split else None
        record = PollRecord(feed_url=url, now=now, seen_keys=seen, stories=(), title=normaliser.feed_title or None,
                            etag=response.etag, last_modified=response.last_modified, body_hash=body_digest(body),
                            next_poll_at=now + interval * rng.uniform(0.9, 1.1),
                            seen_items=digests.encode() if digests else None)
        await service.store.commit_poll(record, title_since=now - 72 * 3600)
        seeded += 1
        keys += len(seen)

    await asyncio.gather(*(one(url) for url in urls))
    service.refresher.resume(await service.store.feed_states())  # what `Service.run` does at start
    out = delta(before, snapshot(service))
    out.update(feeds=len(urls), seeded=seeded, failed=failed, keys=keys, memory=memory_kib())
    return out


async def daemon(service: Service, *, warmup: float, seconds: float, tail: float, healthy: list[str],
                 fresh_within: float, spread_seed: int | None) -> dict[str, Any]:
    """Run the daemon for warmup + seconds + tail; CPU and counters are those of the middle part."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    start_cpu = time.process_time()
    task = asyncio.create_task(service.run(stop), name="service")
    deadline = loop.time() + 120
    # ASYNC110: APScheduler's `running` has no event to await; this bounded poll is the only way to see it start
    while not service.scheduler.running and loop.time() < deadline and not task.done():  # noqa: ASYNC110
        await asyncio.sleep(0.05)  # bounded: wait for the daemon's scheduler to start
    if not service.scheduler.running:
        stop.set()
        await asyncio.wait([task], timeout=30)
        return {"error": "the daemon's scheduler did not start within 120 s"}
    if spread_seed is not None:
        # As after long operation (the jitter spreads polls out): first polls uniformly over one interval,
        # through the scheduler's own `next_run`, instead of every overdue feed at once after the restart
        rng, now, interval = random.Random(spread_seed), time.time(), service.config.polling.interval
        for url in service.feeds:
            service.scheduler.next_run(url, now + rng.uniform(0, interval))
    startup_cpu = time.process_time() - start_cpu
    peak_rss = 0

    async def run_for(duration: float) -> None:
        nonlocal peak_rss
        end = loop.time() + duration
        while loop.time() < end and not task.done():
            peak_rss = max(peak_rss, memory_kib().get("VmRSS", 0))
            await asyncio.sleep(min(1.0, max(0.0, end - loop.time())))  # sample memory once a second

    await run_for(warmup)
    before = snapshot(service)
    await run_for(seconds)
    out = delta(before, snapshot(service))
    now = time.time()
    states = await service.store.feed_states()
    jobs = service.scheduler.next_run_times()
    ages = sorted(now - (states[u].last_ok_at or 0) if u in states else float("inf") for u in healthy)
    out.update(
        startup_cpu=startup_cpu, healthy_ok_age_max=ages[-1] if ages else None,
        healthy_fresh=sum(1 for a in ages if a <= fresh_within) / len(ages) if ages else None,
        overdue_jobs=sum(1 for t in jobs.values() if t < now - 5))
    await run_for(tail)
    out.update(peak_rss_kib=peak_rss, memory=memory_kib(), died=task.done(),
               outbox=await service.store.outbox_counts())
    stop.set()
    done, _ = await asyncio.wait([task], timeout=30)
    if not done:
        out["stop"] = "the daemon did not stop within 30 s"
    return out


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--config", type=Path, required=True)
    args = parser.parse_args()
    config = load_config(args.config)
    setup_logging("INFO", "text", secrets=(config.telegram.token or "",))
    async with Service(config) as service:
        return await serve(service)


async def serve(service: Service) -> int:
    """Answer the orchestrator's commands on stdin until it says exit or closes the pipe."""
    reply({"ready": True, "feeds": len(service.feeds), "memory": memory_kib(), "cpu": time.process_time()})
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return 0
        command = json.loads(line)
        op = command.get("op")
        try:
            if op == "cycle":
                reply(await cycle(service, command.get("urls")))
            elif op == "seed":
                reply(await seed(service, command.get("urls"), int(command.get("seed", 1))))
            elif op == "daemon":
                reply(await daemon(service, warmup=float(command.get("warmup", 0)),
                                   seconds=float(command["seconds"]), tail=float(command.get("tail", 0)),
                                   healthy=command.get("healthy", []),
                                   fresh_within=float(command.get("fresh_within", 1e9)),
                                   spread_seed=command.get("spread_seed")))
            elif op == "exit":
                reply({"ok": True, "memory": memory_kib()})
                return 0
            else:
                reply({"error": f"unknown op {op!r}"})
        except Exception as exc:  # tell the orchestrator instead of dying silently
            log.exception("command %s failed", op)
            reply({"error": f"{type(exc).__name__}: {exc}"})


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
