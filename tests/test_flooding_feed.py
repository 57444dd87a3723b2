"""A feed that is new on every poll, through the real daemon: a local feed server serves 30 new matching items
at every poll of one feed beside a normal feed, and the fake Bot API enforces Telegram's limits. The normal
feed's alert still reaches each chat within seconds of its poll, the flooding feed costs each chat a bounded
number of alerts (and messages), and the admins hear of it once."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

from bot.store import StoreAPI
from support.daemon import Daemon
from support.fake_bot_api import FakeBotApi
from support.feed_server import FeedServer, rss
from support.store_probe import outbox_rows
from support.telegram_limits import RateLimits
from support.wait import WaitTimeout, wait_until

TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz"
PRIVATE, GROUP = 111, -1001234
CHATS = (PRIVATE, GROUP)
ADMIN = 999
PER_POLL = 30  # new matching items the flooding feed serves at every poll
MAX_ALERTS_PER_POLL = PER_POLL  # the per-poll cap lets a whole poll through: only the rate across polls can tell
GENUINE = "Luo Fuli joins Xiaomi to lead its AI model team"


FILLER = "with a long headline that goes on about prices, coupons and downloads of every kind " * 2
SLUG = "deepseek-" + "-".join(FILLER.split())


def flood(n: int) -> bytes:
    """The n-th answer of the flooding feed: PER_POLL items nobody has seen before, all matching, with long
    headlines and addresses as spam has (so a combined message holds few of them)."""
    stamp = format_datetime(datetime.now(UTC))
    return rss([{"title": f"DeepSeek archive story number {n * PER_POLL + i} {FILLER}".strip(),
                 "guid": f"spam-{n}-{i}", "link": f"https://spam.example/{n}/{i}/{SLUG}", "pubDate": stamp}
                for i in range(PER_POLL)], title="Spam feed")


def write_config(tmp_path: Path, feeds: FeedServer, api: FakeBotApi) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f"""
[telegram]
token = "{TOKEN}"
chat_ids = [{PRIVATE}, {GROUP}]
admin_ids = [{ADMIN}]
api_base_url = "{api.base_url}"
[storage]
path = "state.sqlite3"
[polling]
interval = 1
min_interval = 1
timeout = 5
backfill_hours = 0
max_alerts_per_poll = {MAX_ALERTS_PER_POLL}
[http]
listen = ""
[[feeds]]
url = "{feeds.url("/flood.xml")}"
name = "FloodFeed"
[[feeds]]
url = "{feeds.url("/news.xml")}"
name = "RealNews"
""", encoding="utf-8")
    return path


def shows(api: FakeBotApi, chat: int, text: str) -> float | None:
    """When `text` first reached the chat (a message of its own or a line of a combined one), or None."""
    return next((m.time for m in api.sent_to(chat) if text in m.rendered), None)


@pytest.mark.slow
@pytest.mark.timeout(120)
async def test_a_flooding_feed_neither_floods_the_chats_nor_delays_another_feeds_alert(tmp_path: Path) -> None:
    limits = RateLimits(enforce=True)  # Telegram's own: 1/s to a private chat, 20/min to a group, 30/s overall
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN, rate_limits=limits) as api:
        feeds.set_fresh("/flood.xml", flood)
        feeds.set_feed("/news.xml", rss([], title="Real news"))
        async with Daemon(write_config(tmp_path, feeds, api)) as daemon:
            store = daemon.service.store
            started = asyncio.get_running_loop().time()
            await wait_until(lambda: feeds.count("/flood.xml") >= 8, timeout=30, message="the flood was not polled")
            await wait_until(lambda: daemon.polled_ok(feeds.url("/news.xml")), timeout=10)

            published = asyncio.get_running_loop().time()
            feeds.set_feed("/news.xml", rss([{"title": GENUINE, "link": "https://news.example/luo-fuli",
                                              "guid": "genuine-1", "pubDate": format_datetime(datetime.now(UTC))}],
                                            title="Real news"))
            with contextlib.suppress(WaitTimeout):  # the delays below say how late it was
                await wait_until(lambda: all(shows(api, c, GENUINE) for c in CHATS), timeout=15)
            polled = next(r.time for r in feeds.requests if r.path == "/news.xml" and r.time >= published)
            delays = {c: (shows(api, c, GENUINE) or float("inf")) - polled for c in CHATS}

            # the flood goes on for as long again: it must not add to the chats' queues meanwhile
            queued = await flood_alerts(store)
            seen = feeds.count("/flood.xml")
            await wait_until(lambda: feeds.count("/flood.xml") >= seen + 8, timeout=30)
            queued_later = await flood_alerts(store)
            with contextlib.suppress(WaitTimeout):  # counted below
                await wait_until(lambda: [m for m in api.sent_to(ADMIN) if "FloodFeed" in m.rendered], timeout=5)
            span = asyncio.get_running_loop().time() - started

    messages = {c: len(api.sent_to(c)) for c in CHATS}
    print(f"\nflood polls={feeds.count('/flood.xml')} in {span:.0f} s; genuine alert's delay after its poll: "
          + ", ".join(f"chat {c} {d:.1f} s" for c, d in delays.items())
          + f"; flood alerts queued per chat: {queued} then {queued_later}; messages per chat: {messages}")
    assert all(d <= 10.0 for d in delays.values()), delays
    # the two polls before the flood is recognised (at its third poll with matches) are alerted as usual, no more
    assert all(n <= 2 * PER_POLL for n in queued_later.values()), queued_later
    assert queued_later == queued
    assert all(n <= 2 * PER_POLL for n in messages.values()), messages
    notices = [m.rendered for m in api.sent_to(ADMIN)]
    assert len([n for n in notices if "FloodFeed" in n]) == 1, notices
    assert api.method_calls("sendMessage") and all(r.status == 200 for r in api.method_calls("sendMessage"))


async def flood_alerts(store: StoreAPI) -> dict[int, int]:
    """How many alerts of the flooding feed each chat was given (sent or queued)."""
    rows = await outbox_rows(store)
    return {c: sum(1 for r in rows if r["chat_id"] == c and r["url"] and "spam.example" in r["url"]) for c in CHATS}
