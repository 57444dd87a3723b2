"""CPU per poll of the real daemon, and where it goes: `python -m bot run` under cProfile.

    python bench/daemonprofile.py [--feeds 400] [--interval 10] [--seconds 60] [--top 25] [--changing 0.05]
                                  [--spy | --no-profile]

Serves `--feeds` RSS feeds of 50 items (~60 KB) from one local aiohttp server with ETag (so unchanged
feeds answer 304), 5% of them gaining an item every interval, and runs the daemon with everything on
(scheduler, store, sender to the fake Bot API, Telegram long poll, health server) at `interval`, with
the politeness limits off (`host_gap = 0`, `per_host = 100`: every feed is on 127.0.0.1) and
`adaptive = false`. Prints the daemon's CPU per poll (from /proc: the process and its parse workers), the polls made
(from the feed server's log) and the profile's top entries by own time. `--spy` samples the daemon with
py-spy instead (every thread, the process undisturbed; `pip install py-spy`). Bound to 127.0.0.1; stops
by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pstats
import random
import signal
import socket
import sys
import tempfile
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import spy  # noqa: E402
from proc import tree_cpu_seconds  # noqa: E402

from support.fake_bot_api import FakeBotApi  # noqa: E402
from support.feed_server import FeedServer, rss  # noqa: E402

TOKEN = "123456:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz"


def items(n: int, feed: int) -> list[dict[str, str]]:
    when = format_datetime(datetime.now(UTC))
    return [{"title": f"Regional bulletin {feed}-{i}: harbour works and weather", "link": f"https://n.example/{feed}/{i}",
             "guid": f"{feed}-{i}", "pubDate": when, "description": "Routine notice. " * 60} for i in range(n)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def run(args: argparse.Namespace) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="daemonprofile-") as tmp:
        folder = Path(tmp)
        # Telegram holds a long poll up to its timeout (30 s); the fake answers after 1 s unless told
        async with FeedServer() as feeds, FakeBotApi(token=TOKEN, long_poll_cap=30) as api:
            docs = {f"/f{i}.xml": items(50, i) for i in range(args.feeds)}
            for path, its in docs.items():
                feeds.set_feed(path, rss(its), etag=True)
            cfg = folder / "config.toml"
            cfg.write_text(f"""
[telegram]
chat_ids = [1]
api_base_url = "{api.base_url}"
allow_private_feed_urls = true
[storage]
path = "{folder / 'state.sqlite3'}"
[polling]
interval = {args.interval}
min_interval = 1
host_gap = 0
per_host = 100
max_concurrency = 100
adaptive = false
backfill_hours = 0
[http]
listen = "127.0.0.1:{free_port()}"
""" + "".join(f'[[feeds]]\nurl = "{feeds.url(p)}"\n' for p in docs), encoding="utf-8")
            env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN}
            out = folder / "profile.out"
            profiler = [] if args.no_profile or args.spy else ["-m", "cProfile", "-o", str(out)]
            proc = await asyncio.create_subprocess_exec(
                sys.executable, *profiler, "-m", "bot", "run", "--config", str(cfg),
                cwd=ROOT, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=(folder / "log").open("wb"))
            loop = asyncio.get_running_loop()
            await asyncio.sleep(args.interval * 2)  # warm-up: first polls and their parsing are not counted
            polls0 = sum(feeds.count(p) for p in docs)
            recording = spy.Recording(proc.pid, folder / "spy.raw") if args.spy else None
            cpu0, start = tree_cpu_seconds(proc.pid), loop.time()
            end = start + args.seconds
            while loop.time() < end:  # the news: 5% of the feeds gain an item each interval
                for path in rng.sample(sorted(docs), round(args.feeds * args.changing)):
                    docs[path].insert(0, items(1, rng.randrange(10**6))[0])
                    feeds.set_feed(path, rss(docs[path][:50]), etag=True)
                await asyncio.sleep(min(args.interval, end - loop.time()))
            cpu = tree_cpu_seconds(proc.pid) - cpu0
            polls = sum(feeds.count(p) for p in docs) - polls0
            sampled = recording.stop() if recording is not None else None
            proc.send_signal(signal.SIGTERM)
            await asyncio.wait_for(proc.wait(), 30)
        wall = args.seconds
        print(f"{args.feeds} feeds, interval {args.interval} s, {wall} s measured: {polls} polls "
              f"({polls / wall:.1f}/s, {polls / wall * args.interval / args.feeds:.0%} of the promised rate), "
              f"daemon CPU {cpu:.2f} s = {cpu / max(1, polls) * 1000:.2f} ms per poll"
              + ("" if args.no_profile or args.spy else " (under cProfile, which roughly doubles it)"))
        if args.spy:
            print(spy.summarize(sampled, args.top) if sampled else "  (py-spy recorded nothing)")
        elif not args.no_profile:
            pstats.Stats(str(out)).sort_stats("tottime").print_stats(args.top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=400)
    parser.add_argument("--interval", type=float, default=10.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--changing", type=float, default=0.05, help="share of the feeds gaining an item each interval")
    parser.add_argument("--no-profile", action="store_true", help="measure the CPU without cProfile")
    parser.add_argument("--spy", action="store_true", help="sample every thread with py-spy instead of cProfile")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
