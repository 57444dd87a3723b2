"""The HTTP client alone: what a poll costs with nothing but aiohttp, the floor the daemon is compared with.

    python bench/bareclient.py URLS_FILE --interval 10 --seconds 60

Polls every URL of URLS_FILE (one a line) every `interval` seconds with one keep-alive
`aiohttp.ClientSession` (at most 100 requests at once), sending the ETag and Last-Modified of its last
answer, and reads each body whole. Nothing else: no parse, no store, no scheduler. Prints one JSON
line: the polls made and its CPU (from /proc) over the last `seconds` (the first interval, when every
feed answers 200, is not counted). Bound to the URLs it is given (127.0.0.1 in the benchmarks); stops
by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proc import cpu_seconds


async def poll_all(urls: list[str], interval: float, seconds: float) -> dict[str, float]:
    validators: dict[str, dict[str, str]] = {url: {} for url in urls}
    slots = asyncio.Semaphore(100)
    counted = {"polls": 0}

    async def poll(url: str, session: aiohttp.ClientSession, counting: bool) -> None:
        async with slots, session.get(url, headers=validators[url]) as resp:
            await resp.read()
            if resp.status == 200:
                validators[url] = {k: v for k, v in (("If-None-Match", resp.headers.get("ETag")),
                                                     ("If-Modified-Since", resp.headers.get("Last-Modified"))) if v}
            if counting:
                counted["polls"] += 1

    async def feed_loop(url: str, offset: float, session: aiohttp.ClientSession, start: float, end: float) -> None:
        loop = asyncio.get_running_loop()
        await asyncio.sleep(offset)
        while (now := loop.time()) < end:
            await poll(url, session, counting=now >= start + interval)
            await asyncio.sleep(max(0.0, now + interval - loop.time()))

    async def measure(start: float) -> float:
        await asyncio.sleep(max(0.0, start + interval - asyncio.get_running_loop().time()))
        return cpu_seconds()

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100)) as session:
        start = asyncio.get_running_loop().time()
        end = start + interval + seconds
        cpu0, *_ = await asyncio.gather(measure(start), *(feed_loop(url, interval * i / len(urls), session, start, end)
                                                          for i, url in enumerate(urls)))
    cpu = cpu_seconds() - cpu0
    return {"polls": counted["polls"], "cpu_s": cpu,
            "ms_per_poll": cpu / max(1, counted["polls"]) * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("urls", type=Path)
    parser.add_argument("--interval", type=float, default=10.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    urls = args.urls.read_text(encoding="utf-8").split()
    print(json.dumps(asyncio.run(poll_all(urls, args.interval, args.seconds))))


if __name__ == "__main__":
    main()
