#!/usr/bin/env python3
"""The obvious alternative to newsbot, for bench/bench.py to compare against.

    python bench/naive.py --api URL --workers 50

A loop of `feedparser.parse(url, etag=..., modified=...)` over the feeds in a thread pool of
`--workers` threads (the same number of requests in flight as newsbot's `max_concurrency`), with
newsbot's own matcher (`Matcher(load_watchlist())`) on every entry not seen before and a plain
urllib `sendMessage` for each match. Everything lives in memory: the ETag and Last-Modified of each
feed and the ids of the entries seen. Entries of a feed's first poll are matched but not alerted
(newsbot's `backfill_hours = 0`). feedparser is called with its defaults (HTML sanitising on), as the
obvious script would.

Commands (JSON lines on stdin, one JSON answer each on stdout):
  {"op": "cycle", "urls": [...]}                        poll each once; CPU, wall, counters
  {"op": "daemon", "urls": [...], "warmup": A, "seconds": W, "total": T, "interval": I}
        one unmeasured cycle, then a cycle every I seconds for T seconds; measured from A to A + W
  {"op": "exit"}
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import feedparser

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from proc import memory_kib, reply  # noqa: E402 - after the path set-up

from bot.matcher import Matcher  # noqa: E402
from bot.watchlist import load_watchlist  # noqa: E402

AGENT = "naive-feedparser-loop/1.0"


class NaiveLoop:
    def __init__(self, send_url: str, chat_id: int, workers: int):
        self.send_url = send_url
        self.chat_id = chat_id
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="poll")
        self.matcher = Matcher(load_watchlist())
        self.etags: dict[str, str] = {}
        self.modified: dict[str, str] = {}
        self.seen: set[str] = set()
        self.polled: set[str] = set()
        self.lock = threading.Lock()
        self.stats: Counter[str] = Counter()
        self.poll_wall = 0.0

    def poll(self, url: str) -> None:
        started = time.perf_counter()
        try:
            self._poll(url)
        except Exception:  # noqa: BLE001 - one bad feed must not stop the loop
            self._count("failed")
        finally:
            elapsed = time.perf_counter() - started
            with self.lock:
                self.poll_wall += elapsed
                self.stats["polls"] += 1

    def _poll(self, url: str) -> None:
        d = feedparser.parse(url, etag=self.etags.get(url), modified=self.modified.get(url), agent=AGENT)
        status = d.get("status")
        if status == 304:
            self._count("not_modified")
            return
        if status is None or status >= 400 or (d.get("bozo") and not d.entries):
            self._count("failed")
            return
        self._count("ok")
        if d.get("etag"):
            self.etags[url] = d.etag
        if d.get("modified"):
            self.modified[url] = d.modified
        first = url not in self.polled
        self.polled.add(url)
        lang = (d.feed.get("language") or "")[:2] or None
        for entry in d.entries:
            key = entry.get("id") or entry.get("link") or entry.get("title", "")
            with self.lock:
                if key in self.seen:
                    continue
                self.seen.add(key)
                self.stats["new_items"] += 1
            match = self.matcher.match(entry.get("title", ""), entry.get("summary", ""), lang)
            if match.topics and not first:
                self._send(f"{entry.get('title', '')}\n{entry.get('link', '')}")

    def _send(self, text: str) -> None:
        data = urllib.parse.urlencode({"chat_id": self.chat_id, "text": text}).encode()
        request = urllib.request.Request(self.send_url, data=data)  # noqa: S310 - the bench's fake Bot API, http://
        with urllib.request.urlopen(request, timeout=20) as resp:  # noqa: S310
            resp.read()
        self._count("sent")

    def _count(self, key: str) -> None:
        with self.lock:
            self.stats[key] += 1

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {"cpu": time.process_time(), "wall": time.monotonic(), "poll_wall": self.poll_wall,
                    **self.stats}

    def cycle(self, urls: list[str]) -> None:
        list(self.pool.map(self.poll, urls))

    def measured(self, run: Any) -> dict[str, Any]:
        before = self.snapshot()
        extra = run()
        after = self.snapshot()
        out = {k: after.get(k, 0) - before.get(k, 0) for k in after}
        out["memory"] = memory_kib()
        out.update(extra or {})
        return out

    def daemon(self, urls: list[str], *, warmup: float, seconds: float, total: float,
               interval: float) -> dict[str, Any]:
        """A cycle every `interval` for `total` seconds (after one unmeasured cycle); CPU and counters of
        the part from `warmup` to `warmup + seconds`."""
        self.cycle(urls)  # not measured: whatever changed before this phase
        marks: dict[str, dict[str, Any]] = {}
        timers = [threading.Timer(warmup, lambda: marks.setdefault("a", self.snapshot())),
                  threading.Timer(warmup + seconds, lambda: marks.setdefault("b", self.snapshot()))]
        for timer in timers:
            timer.start()
        start = time.monotonic()
        cycles, late = 0, 0
        try:
            while time.monotonic() - start < total:
                pause = start + cycles * interval - time.monotonic()
                if pause > 0:
                    time.sleep(min(pause, max(0.0, total - (time.monotonic() - start))))  # the loop's interval
                    if time.monotonic() - start >= total:
                        break
                else:
                    late += 1
                self.cycle(urls)
                cycles += 1
        finally:
            for timer in timers:
                timer.cancel()
        a, b = marks.get("a", {}), marks.get("b", {})
        out = {k: b.get(k, 0) - a.get(k, 0) for k in b}
        out.update(memory=memory_kib(), cycles=cycles, late_cycles=late)
        return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--api", required=True, help="the Bot API base with the token, e.g. http://h:p/bot123:ABC")
    parser.add_argument("--chat", type=int, default=2001)
    parser.add_argument("--workers", type=int, default=50)
    args = parser.parse_args()
    socket.setdefaulttimeout(20)  # feedparser has no timeout of its own
    loop = NaiveLoop(args.api + "/sendMessage", args.chat, args.workers)
    reply({"ready": True, "memory": memory_kib(), "cpu": time.process_time()})
    for line in sys.stdin:
        command = json.loads(line)
        op = command.get("op")
        try:
            if op == "cycle":
                urls = command["urls"]
                reply({**loop.measured(lambda urls=urls: loop.cycle(urls)), "feeds": len(urls)})
            elif op == "daemon":
                reply(loop.daemon(command["urls"], warmup=float(command["warmup"]), seconds=float(command["seconds"]),
                                  total=float(command["total"]), interval=float(command["interval"])))
            elif op == "exit":
                reply({"ok": True, "memory": memory_kib()})
                break
            else:
                reply({"error": f"unknown op {op!r}"})
        except Exception as exc:  # noqa: BLE001 - tell the orchestrator
            reply({"error": f"{type(exc).__name__}: {exc}"})
    loop.pool.shutdown(wait=False, cancel_futures=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
