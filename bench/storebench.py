"""The SQLite poll path: what a poll that found nothing new costs the store (2,000 feeds, a temp file).

    python bench/storebench.py [--polls 2000] [--rounds 5]

Prints the best of `--rounds` for each step, in microseconds per call:
- commit_poll: a 200 answer whose items were all seen before (the common "changed body, no news" poll);
- record_not_modified: a 304 answer (cached and batched: the batch's flush on close is included);
- record_failure: a failed poll.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.models import PollRecord
from bot.store import AsyncSqliteStore


async def one_round(polls: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        store = AsyncSqliteStore(Path(tmp) / "bench.sqlite3")
        await store.open()
        urls = [f"https://feeds.example/{i}" for i in range(polls)]
        for url in urls:  # every feed known and polled once
            await store.lease_feed(url, now=0.0, ttl=30)
            await store.commit_poll(PollRecord(url, 1.0, ("g:" + url,), (), "T", "e", None, "h", 2.0), title_since=0)
        out: dict[str, float] = {}
        t = time.perf_counter()
        for i, url in enumerate(urls):
            await store.lease_feed(url, now=10.0, ttl=30)
            await store.commit_poll(PollRecord(url, 10.0 + i, ("g:" + url,), (), "T", "e2", None, "h2", 99.0),
                                    title_since=0)
        out["commit_poll"] = time.perf_counter() - t
        t = time.perf_counter()
        for i, url in enumerate(urls):
            await store.lease_feed(url, now=100.0, ttl=30)
            await store.record_not_modified(url, now=100.0 + i, next_poll_at=200.0)
        await store.feed_states()  # the batch, flushed
        out["record_not_modified"] = time.perf_counter() - t
        t = time.perf_counter()
        for i, url in enumerate(urls):
            await store.record_failure(url, now=300.0 + i, kind="timeout", message="slow", next_poll_at=400.0)
        out["record_failure"] = time.perf_counter() - t
        await store.close()
        return {k: v / polls * 1e6 for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--polls", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for k, v in asyncio.run(one_round(args.polls)).items():
            best[k] = min(best.get(k, v), v)
    for k, v in best.items():
        print(f"{k:22s} {v:8.1f} us/call")


if __name__ == "__main__":
    main()
