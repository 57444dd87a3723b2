#!/usr/bin/env python3
"""CPU per poll of one feed, by path: what a changed, unchanged or 304 feed costs newsbot.

    python bench/parsebench.py             # about 30 s
    python bench/parsebench.py --rounds 50

Two parts, both single-process and on 127.0.0.1 only:

- **parse** (no HTTP): the bench network's 60 KB feeds (`newsnet.Network`, 50 items, English,
  Chinese, Hindi) and the largest corpus feeds that can be cut, each changed by one new item: the
  naive `feedparser.parse` (defaults: HTML sanitising on), `parse_feed` on the whole body (the old
  path), `parse_changed` with the feed's last items known (the new path), and the body-hash skip.
  Also feedparser with and without its sanitiser and relative-URI rewriting, to show what
  `parse_feed`'s switches save.
- **poll** (`poll_feed` end to end against `tests/support/feed_server.py` on its own thread, the
  parse inline, so the calling thread's CPU is the whole poll): 304, an unchanged 200 (skipped by its
  hash), and a 200 with one new item with and without an `ItemCache`.

Figures are CPU milliseconds of the measuring thread (`time.thread_time`), the median of `--rounds`.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import statistics
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

import feedparser  # noqa: E402 - after the path set-up
from newsnet import Network  # noqa: E402

from support.feed_server import FeedServer  # noqa: E402
from watchers.http import Fetcher  # noqa: E402
from watchers.incremental import ChangedParse, parse_changed  # noqa: E402
from watchers.itemcache import ItemCache  # noqa: E402
from watchers.items import FeedSpec, Validators  # noqa: E402
from watchers.itemsplit import split_items  # noqa: E402
from watchers.parse import body_digest, parse_feed  # noqa: E402
from watchers.poller import poll_feed  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
MAX_BYTES = 10 * 1024 * 1024


def cpu_ms(fn: Callable[[], Any], rounds: int) -> float:
    """Median CPU milliseconds of one call of `fn` (this thread only)."""
    samples = []
    for _ in range(rounds):
        start = time.thread_time()
        fn()
        samples.append((time.thread_time() - start) * 1000)
    return statistics.median(samples)


# -- parse ------------------------------------------------------------------------------------------


def changed_pairs() -> list[tuple[str, bytes, bytes]]:
    """(name, previous body, body with one new item): bench network feeds, then large corpus feeds."""
    net = Network(3, seed=1234)
    pairs = []
    for feed in net.feeds.values():
        before = net.body(feed)
        net.publish(feed.path, "bench")
        pairs.append((f"newsnet {feed.lang} {len(before) // 1024} KB", before, net.body(feed)))
    corpus = []
    for path in sorted(CORPUS.glob("*.xml")):
        body = path.read_bytes()
        split = split_items(body)
        if split is None or len(split.items) < 10 or parse_changed(
                body, "u", previous=None, previous_hash=None, body_hash="h", max_bytes=MAX_BYTES).seen is None:
            continue
        corpus.append((len(body), path.name, split.with_items(list(split.items[1:])), body))
    for size, name, before, after in sorted(corpus, reverse=True)[:4]:
        pairs.append((f"{name} {size // 1024} KB", before, after))
    return pairs


def changed_row(name: str, before: bytes, after: bytes, rounds: int) -> None:
    """One row of parse_figures: the ways to read `after`, a feed that was `before` plus one new item."""
    url = "https://bench.example/feed.xml"
    seen = parse_changed(before, url, previous=None, previous_hash=None, body_hash="h0",
                         max_bytes=MAX_BYTES).seen
    assert seen is not None, name
    incremental = parse_changed(after, url, previous=seen, previous_hash="h0", body_hash="h1",
                                max_bytes=MAX_BYTES)
    assert incremental.incremental and len(incremental.parsed.items) <= 1, name
    stored = body_digest(before)
    naive = cpu_ms(lambda: feedparser.parse(io.BytesIO(after)), rounds)
    full = cpu_ms(lambda: parse_feed(after, url), rounds)
    new = cpu_ms(lambda: parse_changed(after, url, previous=seen, previous_hash="h0", body_hash="h1",
                                       max_bytes=MAX_BYTES), rounds)
    skip = cpu_ms(lambda: body_digest(before) == stored, rounds)
    print(f"{name:48} {naive:7.2f} {full:7.2f} {new:7.2f} {full / new:7.1f}x {skip:6.3f}")


def parse_figures(rounds: int) -> None:
    print(f"{'changed feed (1 new item)':48} {'naive':>7} {'full':>7} {'new':>7} {'full/new':>8} {'hash':>6}")
    for name, before, after in changed_pairs():
        changed_row(name, before, after, rounds)
    _, _, body = changed_pairs()[0]
    on = cpu_ms(lambda: feedparser.parse(io.BytesIO(body), sanitize_html=True, resolve_relative_uris=True), rounds)
    off = cpu_ms(lambda: feedparser.parse(io.BytesIO(body), sanitize_html=False, resolve_relative_uris=False), rounds)
    print(f"feedparser on a newsnet feed: sanitise + resolve URIs {on:.2f} ms, both off {off:.2f} ms")


# -- poll -------------------------------------------------------------------------------------------


async def inline(job: Callable[[], ChangedParse]) -> ChangedParse:
    """Runs the parse on the calling thread, so its CPU counts in that thread's time."""
    return job()


class ServerThread:
    """The feed server on its own thread and event loop, so its CPU is not the client's."""

    def __init__(self) -> None:
        self.server = FeedServer()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._loop.run_until_complete, args=(self._serve(),), daemon=True)

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        async with self.server:
            self._ready.set()
            await self._stop.wait()

    def __enter__(self) -> FeedServer:
        self._thread.start()
        self._ready.wait(10)
        return self.server

    def __exit__(self, *exc: object) -> None:
        assert self._stop is not None
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


async def poll_figures(rounds: int) -> None:
    net = Network(1, seed=99)
    feed = next(iter(net.feeds.values()))
    bodies = [net.body(feed)]
    net.publish(feed.path, "bench")
    bodies.append(net.body(feed))
    now = datetime.now(UTC)
    with ServerThread() as server:
        async with Fetcher(timeout=5.0, max_bytes=MAX_BYTES) as fetcher:
            async def measure(path: str, validators: Callable[[], Validators], cache: ItemCache | None,
                              between: Callable[[int], None] = lambda i: None) -> float:
                samples = []
                for i in range(rounds):
                    between(i)
                    start = time.thread_time()
                    outcome = await poll_feed(fetcher, FeedSpec(server.url(path)), validators(), now=now,
                                              max_bytes=MAX_BYTES, runner=inline, seen=cache)
                    samples.append((time.thread_time() - start) * 1000)
                    assert outcome.ok, outcome.error
                    last[path] = outcome
                return statistics.median(samples)

            last: dict[str, Any] = {}
            server.set_feed("/304.xml", bodies[0], etag=True)
            await poll_feed(fetcher, FeedSpec(server.url("/304.xml")), Validators(), now=now, max_bytes=MAX_BYTES)
            first = await poll_feed(fetcher, FeedSpec(server.url("/304.xml")), Validators(), now=now,
                                    max_bytes=MAX_BYTES)
            r304 = await measure("/304.xml", lambda: first.validators, None)
            server.set_feed("/same.xml", bodies[0])
            same = Validators(body_hash=body_digest(bodies[0]))
            rsame = await measure("/same.xml", lambda: same, None)

            def flip(path: str) -> Callable[[int], None]:
                return lambda i: server.set_feed(path, bodies[(i + 1) % 2])

            # each round the body swaps: the previous body is what the validators stand for, one item is new
            cache = ItemCache()
            server.set_feed("/inc.xml", bodies[0])
            last["/inc.xml"] = await poll_feed(fetcher, FeedSpec(server.url("/inc.xml")), Validators(), now=now,
                                               max_bytes=MAX_BYTES, seen=cache)
            rinc = await measure("/inc.xml", lambda: last["/inc.xml"].validators, cache, flip("/inc.xml"))
            assert len(last["/inc.xml"].items) == 1
            server.set_feed("/full.xml", bodies[0])
            last["/full.xml"] = await poll_feed(fetcher, FeedSpec(server.url("/full.xml")), Validators(), now=now,
                                                max_bytes=MAX_BYTES)
            rfull = await measure("/full.xml", lambda: last["/full.xml"].validators, None, flip("/full.xml"))
            assert len(last["/full.xml"].items) == 50
    print(f"poll_feed, {len(bodies[0]) // 1024} KB feed, CPU ms per poll (fetch + parse, this thread):")
    print(f"  304                          {r304:7.3f}")
    print(f"  200 unchanged (hash skip)    {rsame:7.3f}")
    print(f"  200, 1 new item, ItemCache   {rinc:7.3f}")
    print(f"  200, 1 new item, full parse  {rfull:7.3f}   ({rfull / rinc:.1f}x the new path)")
    mix_new = 0.95 * (r304 + rsame) / 2 + 0.05 * rinc
    mix_old = 0.95 * (r304 + rsame) / 2 + 0.05 * rfull
    print(f"  95/5 mix (unchanged half 304, half hash skip): {mix_new:.3f} ms, full-parse path {mix_old:.3f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args()
    parse_figures(args.rounds)
    print()
    asyncio.run(poll_figures(args.rounds))


if __name__ == "__main__":
    main()
