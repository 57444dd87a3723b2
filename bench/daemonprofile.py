"""CPU per poll of the real daemon, and where it goes: `python -m bot run` under cProfile.

    python bench/daemonprofile.py [--feeds 400] [--interval 10] [--seconds 60] [--top 25] [--changing 0.05]
                                  [--spy | --no-profile] [--bare] [--sort tottime]

Serves `--feeds` RSS feeds of 50 items (~60 KB) from one local aiohttp server with ETag (so unchanged
feeds answer 304), 5% of them gaining an item every interval, and runs the daemon with everything on
(scheduler, store, sender to the fake Bot API, Telegram long poll, health server) at `interval`, with
the politeness limits off (`host_gap = 0`, `per_host = 100`: every feed is on 127.0.0.1) and
`adaptive = false`. Prints the daemon's CPU per poll (from /proc: the process and its parse workers), the polls made
(from the feed server's log), the gaps between two polls of a feed, and the profile's top entries by own
time. `--bare` then polls the same feeds, with the same news, with aiohttp alone (`bareclient.py`): the
daemon's CPU per poll beside its HTTP client's, in one run. `--spy` samples the daemon with
py-spy instead (every thread, the process undisturbed; `pip install py-spy`). Bound to 127.0.0.1; stops
by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import pstats
import random
import signal
import socket
import statistics
import sys
import tempfile
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import spy  # noqa: E402
from proc import cpu_seconds, tree_cpu_seconds  # noqa: E402

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
            await asyncio.sleep(args.warmup or args.interval * 2)  # first polls and their parsing are not counted
            recording = spy.Recording(proc.pid, folder / "spy.raw") if args.spy else None
            cpu0, main0, start = tree_cpu_seconds(proc.pid), cpu_seconds(proc.pid), loop.time()
            await news(feeds, docs, rng, args)
            cpu = tree_cpu_seconds(proc.pid) - cpu0
            main_cpu = cpu_seconds(proc.pid) - main0
            wall = loop.time() - start
            polls = sum(1 for r in feeds.requests if start <= r.time)
            gaps = poll_gaps(feeds, since=start)
            sampled = recording.stop() if recording is not None else None
            proc.send_signal(signal.SIGTERM)
            await asyncio.wait_for(proc.wait(), 30)
            bare = await bare_client(feeds, docs, rng, args, folder) if args.bare else None
        mean_gap = statistics.fmean(gaps) if gaps else float("inf")
        # the polls a window holds on average, whatever its phase: the figure per poll to compare
        steady = args.feeds / mean_gap * wall if gaps else max(1, polls)
        print(f"{args.feeds} feeds, interval {args.interval} s, {wall:.1f} s measured: {polls} polls "
              f"({polls / wall:.1f}/s), daemon CPU {cpu:.2f} s = {cpu / max(1, polls) * 1000:.2f} ms per poll"
              f" ({main_cpu / max(1, polls) * 1000:.2f} in the daemon's process, the rest in its parse workers)"
              + ("" if args.no_profile or args.spy else " (under cProfile, which roughly doubles it)"))
        if gaps:  # the polls of one window depend on its phase: the feeds start together
            print(f"gap between two polls of a feed: mean {mean_gap:.2f} s ({args.interval / mean_gap:.0%} of the "
                  f"promised rate), p5 {gaps[len(gaps) // 20]:.2f} s, max {gaps[-1]:.2f} s ({len(gaps)} gaps)")
            print(f"CPU {cpu / wall:.1%} of one core; per poll at the steady rate the gaps give "
                  f"({steady:.0f} polls in {wall:.0f} s): {cpu / steady * 1000:.2f} ms")
        if bare is not None:
            ratio = cpu / steady * 1000 / max(bare["ms_per_poll"], 1e-9)
            print(f"the HTTP client alone (bench/bareclient.py: one aiohttp session, same feeds, same news, after "
                  f"the daemon): {bare['polls']:.0f} polls, CPU {bare['cpu_s']:.2f} s = {bare['ms_per_poll']:.2f} ms "
                  f"per poll; the daemon costs {ratio:.2f}x its HTTP client (at the steady rate)")
        if args.spy:
            print(spy.summarize(sampled, args.top) if sampled else "  (py-spy recorded nothing)")
        elif not args.no_profile:
            pstats.Stats(str(out)).sort_stats(args.sort).print_stats(args.top)


def poll_gaps(feeds: FeedServer, *, since: float) -> list[float]:
    """Every gap between two successive requests for one feed, from `since` on, sorted."""
    last: dict[str, float] = {}
    gaps: list[float] = []
    for r in feeds.requests:
        if r.time >= since and r.path in last:
            gaps.append(r.time - last[r.path])
        last[r.path] = r.time
    return sorted(gaps)


async def news(feeds: FeedServer, docs: dict[str, list[dict[str, str]]], rng: random.Random,
               args: argparse.Namespace) -> None:
    """`args.seconds` of news: `args.changing` of the feeds gain an item each interval."""
    loop = asyncio.get_running_loop()
    end = loop.time() + args.seconds
    while loop.time() < end:
        for path in rng.sample(sorted(docs), round(args.feeds * args.changing)):
            docs[path].insert(0, items(1, rng.randrange(10**6))[0])
            feeds.set_feed(path, rss(docs[path][:50]), etag=True)
        await asyncio.sleep(min(args.interval, end - loop.time()))


async def bare_client(feeds: FeedServer, docs: dict[str, list[dict[str, str]]], rng: random.Random,
                      args: argparse.Namespace, folder: Path) -> dict[str, float]:
    """The same feeds and news polled by bench/bareclient.py (aiohttp and nothing else), its own figures."""
    urls = folder / "urls.txt"
    urls.write_text("\n".join(feeds.url(p) for p in docs), encoding="utf-8")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "bench" / "bareclient.py"), str(urls), "--interval", str(args.interval),
        "--seconds", str(args.seconds), stdout=asyncio.subprocess.PIPE)
    await asyncio.sleep(args.interval)  # its first round: every feed answers 200, not counted
    await news(feeds, docs, rng, args)
    out, _ = await asyncio.wait_for(proc.communicate(), args.interval + 60)
    result: dict[str, float] = json.loads(out)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=400)
    parser.add_argument("--interval", type=float, default=10.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--warmup", type=float, default=0.0,
                        help="seconds before measuring (default: two intervals); first polls parse every feed whole")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="tottime", help="the cProfile order: tottime, cumulative, ...")
    parser.add_argument("--changing", type=float, default=0.05, help="share of the feeds gaining an item each interval")
    parser.add_argument("--no-profile", action="store_true", help="measure the CPU without cProfile")
    parser.add_argument("--bare", action="store_true",
                        help="then poll the same feeds with aiohttp alone (bench/bareclient.py), for comparison")
    parser.add_argument("--spy", action="store_true", help="sample every thread with py-spy instead of cProfile")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
