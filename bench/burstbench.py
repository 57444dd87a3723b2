"""A burst of news to a group, through the real daemon, against a fake Telegram enforcing Telegram's limits.

    python bench/burstbench.py                         # this tree
    python bench/burstbench.py --baseline /path/tree   # and another checkout (an older newsbot) after it

30 distinct matching stories break within 20 s in 10 feeds (`--stories`, `--span`). A real `python -m bot
run` process delivers them to a group and a private chat through the fake Bot API (tests/support), which
refuses with 429 whatever Telegram would refuse: more than 20 messages in any 60 s to a group, more than
about one a second to a chat, 30 a second overall. Everything runs on 127.0.0.1.

Settings are the defaults except `[polling] interval = 2` (and `min_interval = 1`): the default five
minutes would let the daemon see the whole burst at its next poll instead of as it breaks, which only
makes the backlog larger. Printed per chat: how long after the burst's end the last story arrived, how
many messages carried the 30 stories, and how many sends Telegram refused with 429.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
import os
import re
import signal
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from support.fake_bot_api import FakeBotApi  # noqa: E402
from support.feed_server import FeedServer, rss  # noqa: E402
from support.telegram_limits import RateLimits  # noqa: E402
from support.wait import WaitTimeout, wait_until  # noqa: E402

TOKEN = "123456:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz"
GROUP, PRIVATE = -1001234567, 4242
LINK = re.compile(r'<a href="[^"]*">(.*?)</a>', re.DOTALL)
SUBJECTS = ("DeepSeek", "Xiaomi AI", "Luo Fuli")
THINGS = ("opens a research lab in", "signs a cloud deal in", "hosts a developer day in", "wins a contract in",
          "starts hiring engineers in", "expands its data centre in")
PLACES = ("Lisbon", "Nairobi", "Osaka", "Lima", "Oslo", "Hanoi", "Tbilisi", "Quito", "Accra", "Perth")


def headline(n: int) -> str:
    """Distinct news: another subject, action and city each time (no two are one story)."""
    return f"{SUBJECTS[n % 3]} {THINGS[n % 6]} {PLACES[n % 10]} (item {n + 1})"


def feed_paths(count: int) -> list[str]:
    return [f"/feed{n}.xml" for n in range(count)]


def write_config(folder: Path, feeds: FeedServer, api: FakeBotApi, paths: list[str]) -> Path:
    cfg = folder / "config.toml"
    cfg.write_text(f"""
[telegram]
chat_ids = [{GROUP}, {PRIVATE}]
api_base_url = "{api.base_url}"
allow_private_feed_urls = true

[storage]
path = "{folder / 'state.sqlite3'}"

[polling]
interval = 2
min_interval = 1

[http]
listen = ""
""" + "".join(f'\n[[feeds]]\nurl = "{feeds.url(p)}"\nname = "Outlet {p[5:-4]}"\n' for p in paths),
                   encoding="utf-8")
    return cfg


def arrived(api: FakeBotApi, chat: int) -> dict[str, float]:
    """Story title -> when it reached the chat (a combined message carries several)."""
    out: dict[str, float] = {}
    for msg in api.sent_to(chat):
        for title in LINK.findall(msg.text):
            out.setdefault(html.unescape(title), msg.time)
    return out


async def run(tree: Path, label: str, stories: int, span: float, paths: list[str]) -> None:
    titles = [headline(n) for n in range(stories)]
    limits = RateLimits(enforce=True)  # Telegram's: 20/min per group, ~1/s per chat, 30/s overall
    with tempfile.TemporaryDirectory(prefix="burstbench-") as tmp:
        folder = Path(tmp)
        async with FeedServer() as feeds, FakeBotApi(token=TOKEN, rate_limits=limits) as api:
            items: dict[str, list[dict[str, str]]] = {p: [] for p in paths}
            for path in paths:
                feeds.set_feed(path, rss([], title=path))
            env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "PYTHONPATH": str(tree)}
            log = (folder / "daemon.log").open("wb")
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", "--config", str(write_config(folder, feeds, api, paths)),
                cwd=tree, stdout=asyncio.subprocess.DEVNULL, stderr=log, env=env)
            loop = asyncio.get_running_loop()
            try:
                await wait_until(lambda: all(feeds.count(p) >= 1 for p in paths), timeout=30,
                                 message="the daemon's first polls")
                start = loop.time()
                for n, title in enumerate(titles):  # the burst, at its own pace
                    await asyncio.sleep(max(0.0, start + n * span / max(1, stories - 1) - loop.time()))
                    path = paths[n % len(paths)]
                    items[path].insert(0, {"title": title, "link": f"https://news.example/{n}",
                                           "pubDate": format_datetime(datetime.now(UTC))})
                    feeds.set_feed(path, rss(items[path], title=path))
                burst_end = time.monotonic()
                with contextlib.suppress(WaitTimeout):  # what is missing is printed below
                    await wait_until(lambda: all(set(titles) <= set(arrived(api, chat)) for chat in (GROUP, PRIVATE)),
                                     timeout=180, interval=0.05)
            finally:
                proc.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(proc.wait(), 15)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()
                log.close()
            refused = sum(1 for r in api.method_calls("sendMessage") if r.status == 429)
            for chat, kind in ((GROUP, "group"), (PRIVATE, "private chat")):
                got = arrived(api, chat)
                late = [got[t] - burst_end for t in titles if t in got]
                last = f"{max(late):+.1f} s" if late else "never"
                count = sum(t in got for t in titles)
                print(f"{label:9} {kind:12}: {count}/{stories} stories, last {last} after the burst ended, "
                      f"in {len(api.sent_to(chat))} messages")
            print(f"{label:9} 429 answers: {refused}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=30)
    parser.add_argument("--span", type=float, default=20.0, help="seconds the burst lasts")
    parser.add_argument("--feeds", type=int, default=10, help="feeds the burst is spread over (1: one wire)")
    parser.add_argument("--baseline", type=Path, help="another newsbot checkout to run the same burst against")
    args = parser.parse_args()
    paths = feed_paths(args.feeds)
    asyncio.run(run(ROOT, "this tree", args.stories, args.span, paths))
    if args.baseline:
        asyncio.run(run(args.baseline.resolve(), "baseline", args.stories, args.span, paths))


if __name__ == "__main__":
    main()
