#!/usr/bin/env python3
"""What parsing in a worker process costs, and what a hostile feed costs there.

    python bench/parsepoolbench.py              # about 20 s
    python bench/parsepoolbench.py --rounds 200

- **hop**: a 60 KB bench-network feed (50 items) parsed on this thread, then through a warm
  `ParsePool` worker: whole (50 items come back) and as a changed feed whose last items are known
  (1 new item, the daemon's usual case). Wall milliseconds per parse (median of `--rounds`), and
  the daemon's own CPU per parse (pickling, the socket, the waiting thread), which the hop adds.
- **bomb**: the tag bomb of issue 15 (`<!-- -- >`, 1.6 million `<a>`, `-->`) through the pool: the
  time to the refusal, the worker's peak memory, and this process's memory before and after.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import importlib
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from newsnet import Network  # noqa: E402 - after the path set-up

from watchers.incremental import parse_changed, parse_whole  # noqa: E402
from watchers.parsepool import ParseAbortedError, ParsePool  # noqa: E402

MAX_BYTES = 10 * 1024 * 1024
URL = "https://bench.example/feed.xml"
BOMB = b"<rss version='2.0'><channel><title>T</title><!-- -- >" + b"<a>" * 1_600_000 + b"--></channel></rss>"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        line = next(x for x in handle if x.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


async def timed(run: Callable[[], Any], rounds: int) -> tuple[float, float]:
    """Median (wall ms, this process's CPU ms) of one `await run()`."""
    wall, cpu = [], []
    for _ in range(rounds):
        w, c = time.perf_counter(), time.process_time()
        await run()
        wall.append((time.perf_counter() - w) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    return statistics.median(wall), statistics.median(cpu)


async def hop(rounds: int) -> None:
    net = Network(1, seed=99)
    feed = next(iter(net.feeds.values()))
    before = net.body(feed)
    net.publish(feed.path, "bench")
    body = net.body(feed)
    seen = parse_changed(before, URL, previous=None, previous_hash=None, body_hash="h0", max_bytes=MAX_BYTES).seen
    jobs = {
        "whole (50 items)": functools.partial(parse_whole, body, URL, max_bytes=MAX_BYTES),
        "changed (1 new item)": functools.partial(parse_changed, body, URL, previous=seen, previous_hash="h0",
                                                  body_hash="h1", max_bytes=MAX_BYTES),
    }
    pool = ParsePool()
    try:
        await pool.run(jobs["whole (50 items)"])  # start the worker
        print(f"{len(body) // 1024} KB feed, ms per parse (median of {rounds}): wall here / wall in a worker "
              f"/ the hop's wall / the daemon's CPU in the hop")
        for name, job in jobs.items():
            async def here(job: Callable[[], Any] = job) -> Any:
                return job()

            async def there(job: Callable[[], Any] = job) -> Any:
                return await pool.run(job)

            local, _ = await timed(here, rounds)
            remote, cpu = await timed(there, rounds)
            print(f"  {name:22} {local:7.2f} {remote:7.2f} {remote - local:+7.2f} {cpu:7.2f}")
    finally:
        await pool.close()


def parse_measured(body: bytes) -> tuple[str | None, float, float]:
    """Run in the worker: the parse's verdict, its CPU seconds and the worker's peak RSS in MB."""
    cpu = time.process_time()
    verdict = parse_whole(body, URL, max_bytes=MAX_BYTES).parsed.bozo_message
    with open("/proc/self/status", encoding="ascii") as handle:
        peak = int(next(x for x in handle if x.startswith("VmHWM:")).split()[1]) / 1024
    return verdict, time.process_time() - cpu, peak


async def bomb() -> None:
    # by its module name, not __main__'s, so that the worker can import it (bench/ is on its sys.path)
    measured = importlib.import_module("parsepoolbench").parse_measured
    pool = ParsePool()
    try:
        await pool.run(functools.partial(parse_whole, b"<rss/>", URL, max_bytes=MAX_BYTES))
        rss_before = rss_mb()
        start, cpu = time.perf_counter(), time.process_time()
        try:
            verdict, worker_cpu, worker_peak = await pool.run(functools.partial(measured, BOMB))
        except ParseAbortedError as exc:
            verdict, worker_cpu, worker_peak = f"stopped: {exc}", float("nan"), float("nan")
        print(f"tag bomb, {len(BOMB) / 2**20:.1f} MB: {verdict}")
        print(f"  {time.perf_counter() - start:.2f} s wall; the worker: {worker_cpu:.2f} s CPU, peak RSS "
              f"{worker_peak:.0f} MB; this process: {1000 * (time.process_time() - cpu):.0f} ms CPU, RSS "
              f"{rss_before:.0f} -> {rss_mb():.0f} MB")
    finally:
        await pool.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    asyncio.run(hop(max(1, min(args.rounds, 10_000))))
    asyncio.run(bomb())


if __name__ == "__main__":
    main()
