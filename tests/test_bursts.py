"""Bursts to one chat through the real python-telegram-bot client against the fake Bot API enforcing Telegram's
limits, scaled ten times faster (a minute is 6 s) so the suite stays quick: what waits is combined, nothing is
refused, the order holds, and a combined message is acknowledged as a whole."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.delivery import RateLimiter, Sender, TelegramSink
from bot.models import Delivery, NewStory, PollRecord
from bot.pacing import Pace
from bot.store import AsyncSqliteStore
from support.fake_bot_api import FakeBotApi
from support.store_probe import outbox_rows
from support.telegram_limits import RateLimits
from support.wait import wait_until

TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz"
GROUP = -1001234
SCALE = 10.0  # Telegram's limits, ten times faster
PACE = Pace(per_chat_gap=1.0 / SCALE, group_window=60.0 / SCALE, global_per_second=int(30 * SCALE),
            backlog_horizon=10.0 / SCALE)
LIMITS = RateLimits(private_per_second=SCALE, group_per_minute=20 * SCALE, global_per_second=30 * SCALE,
                    global_burst=30, tolerance=0.005, enforce=True)


def story(n: int, title: str = "DeepSeek story number {n}") -> NewStory:
    return NewStory(keys=(f"u:{n}",), title=title.format(n=n), url=f"https://ex.org/{n}", source="Ex",
                    lang="en", published=None, summary="", topics=("deepseek",), terms=("DeepSeek",),
                    deliveries=(Delivery(GROUP),))


class Rig:
    def __init__(self, api: FakeBotApi, store: AsyncSqliteStore, sender: Sender):
        self.api, self.store, self.sender = api, store, sender

    async def queue(self, *stories: int | NewStory, feed: str = "https://ex.org/feed") -> None:
        await self.store.commit_poll(PollRecord(
            feed_url=feed, now=0.0, seen_keys=(), stories=tuple(story(s) if isinstance(s, int) else s for s in stories),
            title=None, etag=None, last_modified=None, body_hash=None, next_poll_at=None), title_since=0)
        self.sender.kick()

    def delivered(self) -> list[str]:
        return [line for m in self.api.sent_to(GROUP) for line in m.rendered.splitlines() if "story number" in line]


@pytest.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    store = AsyncSqliteStore(tmp_path / "b.sqlite3")
    await store.open()
    async with FakeBotApi(token=TOKEN, rate_limits=LIMITS) as api:
        bot = Bot(TOKEN, base_url=api.base_url, request=HTTPXRequest(read_timeout=2, connect_timeout=1))
        async with bot:
            sender = Sender(store, TelegramSink(bot, link_preview=False), topic_names=lambda: {"deepseek": "DeepSeek"},
                            limiter=RateLimiter(PACE), retry_base=0.05, retry_max=0.2)
            task = asyncio.create_task(sender.run())
            try:
                yield Rig(api, store, sender)
            finally:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
    await store.close()


async def test_a_burst_to_a_group_arrives_within_the_burst_plus_its_length_with_no_429(rig: Rig) -> None:
    burst = 2.0  # 30 stories in 20 s, scaled
    loop = asyncio.get_running_loop()
    start = loop.time()
    for n in range(30):  # the news arrives at its own pace: this paces the input, it waits for no result
        await asyncio.sleep(max(0.0, start + n * burst / 29 - loop.time()))
        await rig.queue(n)
    await wait_until(lambda: len(rig.delivered()) >= 30, timeout=burst, message="not all within 20 s (scaled)")
    titles = [int(line.split("number ")[1].split()[0]) for line in rig.delivered()]
    assert titles == list(range(30))  # each once, in order
    assert [r.status for r in rig.api.method_calls("sendMessage") if r.status != 200] == []  # no 429, ever
    assert len(rig.api.sent_to(GROUP)) < 30  # what waited went out combined

    async def acknowledged() -> bool:  # the last message is shown before its rows are acknowledged
        return {r["state"] for r in await outbox_rows(rig.store)} == {"sent"}

    await wait_until(acknowledged, timeout=2, message="a combined message's rows were not all acknowledged")


async def test_a_short_queue_is_sent_one_alert_each(rig: Rig) -> None:
    for n in range(3):
        await rig.queue(n)
    await wait_until(lambda: len(rig.delivered()) >= 3, timeout=2)
    assert len(rig.api.sent_to(GROUP)) == 3
    assert all("🗞" not in m.rendered for m in rig.api.sent_to(GROUP))


async def test_one_feeds_backlog_does_not_delay_another_feeds_alert(rig: Rig) -> None:
    await rig.queue(*range(400), feed="https://flood.example/feed")  # four combined messages' worth, at least
    await rig.queue(story(1000, "Xiaomi hires Luo Fuli"), feed="https://news.example/feed")
    await wait_until(lambda: any("Luo Fuli" in m.rendered for m in rig.api.sent_to(GROUP)), timeout=3)
    place = next(i for i, m in enumerate(rig.api.sent_to(GROUP)) if "Luo Fuli" in m.rendered)
    assert place <= 1  # with the first message's backlog, or the message after the one in flight
    assert "number 0" in rig.api.sent_to(GROUP)[0].rendered  # the flood's own order holds
