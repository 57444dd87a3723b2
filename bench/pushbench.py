#!/usr/bin/env python3
"""Latency of WebSub push: a hub publishes an item -> the fake Bot API accepted its alert.

    python bench/pushbench.py [--pushes 30] [--feeds 200]

Everything on 127.0.0.1: the local feed server (`--feeds` feeds, each naming the hub), a WebSub hub
(tests/support/fake_hub.py), the fake Bot API, and newsbot's own `Service.run` with the WebSub callback
on its [http] server. The feeds are polled once at start (that is how newsbot discovers the hub) and
then only hourly, so each alert can only come by push. Pushes go to random feeds, 1.2 s apart so
that Telegram's one-message-per-second pace per chat does not queue them. Prints p50/p95/max and the
target (under 2 s absolute for push feeds). Not part of the test run.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot.config import load_config  # noqa: E402 - after the path set-up
from bot.service import Service  # noqa: E402
from support.fake_bot_api import FakeBotApi  # noqa: E402
from support.fake_hub import FakeHub, advertise_hub  # noqa: E402
from support.feed_server import FeedServer, rss  # noqa: E402
from support.ports import free_port  # noqa: E402
from support.wait import wait_until  # noqa: E402

TOKEN = "123456:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz"
CHAT = 4242


def _feed(hub: str, items: list[tuple[str, str]]) -> bytes:
    now = format_datetime(datetime.now(UTC))
    doc = rss([{"title": title, "link": f"https://news.example/{guid}", "guid": guid, "pubDate": now}
               for guid, title in items])
    return advertise_hub(doc, hub)


async def run(pushes: int, feeds: int, folder: Path) -> list[float]:
    async with FeedServer() as server, FakeBotApi(token=TOKEN) as api, FakeHub() as hub:
        urls = [server.url(f"/f{i}.xml") for i in range(feeds)]
        old = [(f"old-{i}", f"Weather report {i}") for i in range(20)]
        for i in range(feeds):
            server.set_feed(f"/f{i}.xml", _feed(hub.url, old), etag=True)
        port = free_port()
        config = folder / "push.toml"
        config.write_text(f"""
[telegram]
token = "{TOKEN}"
chat_ids = [{CHAT}]
api_base_url = "{api.base_url}"
[storage]
path = "push.sqlite3"
[polling]
interval = 3600
min_interval = 60
backfill_hours = 0
max_concurrency = 100
per_host = 100
host_gap = 0
[http]
listen = "127.0.0.1:{port}"
[websub]
callback_url = "http://127.0.0.1:{port}/websub"
""" + "".join(f'[[feeds]]\nurl = "{u}"\n' for u in urls), encoding="utf-8")
        async with Service(load_config(config, env={})) as service:
            return await _measure(service, hub, api, urls, old, feeds, pushes)


async def _measure(service: Service, hub: FakeHub, api: FakeBotApi, urls: list[str], old: list[tuple[str, str]],
                   feeds: int, pushes: int) -> list[float]:
    """Run the daemon; publish `pushes` times and time each push until the alert is accepted."""
    stop = asyncio.Event()
    task = asyncio.create_task(service.run(stop))
    try:
        await wait_until(lambda: all(hub.active(u) for u in urls), timeout=120, interval=0.05,
                         message="every feed subscribed")
        rng = random.Random(7)
        latencies: list[float] = []
        for n in range(pushes):
            url = urls[rng.randrange(feeds)]
            doc = _feed(hub.url, [(f"new-{n}", f"DeepSeek releases model update number {n}"), *old])
            started = time.monotonic()
            await hub.publish(url, doc)
            await wait_until(lambda n=n: len(api.sent_to(CHAT)) > n, timeout=10, interval=0.002)
            latencies.append(time.monotonic() - started)
            await asyncio.sleep(max(0.0, 1.2 - (time.monotonic() - started)))  # the per-chat pace
        return latencies
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=15)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pushes", type=int, default=30)
    parser.add_argument("--feeds", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        latencies = asyncio.run(run(args.pushes, args.feeds, Path(tmp)))
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    print(f"push -> alert accepted, {len(ordered)} pushes over {args.feeds} pushed feeds: "
          f"p50 {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
          f"max {ordered[-1] * 1000:.0f} ms (target: under 2 s)")


if __name__ == "__main__":
    main()
