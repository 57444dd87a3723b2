"""Admin notices are outbox rows: durable, in queue order with the chat's alerts, paced and retried like them.
On both backends, through the real python-telegram-bot client against the local fake Bot API."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.delivery import RateLimiter, Sender, TelegramSink
from bot.models import Delivery, NewStory, PollRecord
from bot.pacing import UNLIMITED, Pace
from bot.store import AsyncSqliteStore, StoreAPI
from bot.store.pg import PostgresStore
from support.fake_bot_api import FakeBotApi
from support.store_probe import outbox_rows
from support.wait import wait_until

TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz"
Opener = Callable[[], Awaitable[StoreAPI]]


@pytest.fixture(params=["sqlite", "postgres"])
async def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Opener]:
    """Opens the test's store; call again after closing it for a restart on the same database (the last one
    opened is closed at the end)."""
    where: str = str(tmp_path / "n.sqlite3")
    if request.param == "postgres":
        where = await request.getfixturevalue("pg_server").new_database()
    opened: list[StoreAPI] = []

    async def open_one() -> StoreAPI:
        s: StoreAPI = (AsyncSqliteStore(Path(where)) if request.param == "sqlite"
                       else PostgresStore(where, pace=UNLIMITED))
        await s.open()
        opened[:] = [s]
        return s

    yield open_one
    for s in opened:
        await s.close()


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(token=TOKEN) as fake:
        yield fake


async def send_until(api: FakeBotApi, store: StoreAPI, predicate: Callable[[], bool]) -> None:
    bot = Bot(TOKEN, base_url=api.base_url, request=HTTPXRequest(read_timeout=0.5, connect_timeout=1))
    async with bot:
        sender = Sender(store, TelegramSink(bot, link_preview=False), topic_names=lambda: {"deepseek": "DeepSeek"},
                        limiter=RateLimiter(Pace(per_chat_gap=0.02, group_window=1.0)), retry_base=0.05, retry_max=0.2)
        task = asyncio.create_task(sender.run())
        try:
            await wait_until(predicate, timeout=8.0)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


async def alert(store: StoreAPI, title: str, chat: int, now: float = 0.0) -> None:
    story = NewStory(keys=(f"u:{title}",), title=title, url=f"https://ex.org/{title}", source="Ex", lang="en",
                     published=None, summary="", topics=("deepseek",), terms=(), deliveries=(Delivery(chat),))
    await store.commit_poll(PollRecord(feed_url="https://ex.org/feed", now=now, seen_keys=(), stories=(story,),
                                       title=None, etag=None, last_modified=None, body_hash=None, next_poll_at=None),
                            title_since=0)


async def test_a_queued_notice_survives_a_restart_and_is_sent_once_as_plain_text(api: FakeBotApi,
                                                                                 open_store: Opener) -> None:
    store = await open_store()
    assert await store.queue_notice([5, 6], "feed <x> & co is down", now=0.0) == 2
    await store.close()
    store = await open_store()  # a restart: the notice is in the database, not in memory
    await send_until(api, store, lambda: len(api.sent_to(5)) == 1 and len(api.sent_to(6)) == 1)
    (msg,) = api.sent_to(5)
    assert msg.text == "feed <x> & co is down" and msg.parse_mode is None
    assert (await store.outbox_counts())["sent"] == 2
    await send_until(api, store, lambda: True)  # another sender pass sends nothing again
    assert len(api.method_calls("sendMessage")) == 2


async def test_notices_and_alerts_to_one_chat_go_out_in_queue_order(api: FakeBotApi, open_store: Opener) -> None:
    store = await open_store()
    await alert(store, "first", chat=9)
    await store.queue_notice([9], "admin: in between", now=0.0)
    await alert(store, "last", chat=9)
    await send_until(api, store, lambda: len(api.sent_to(9)) == 3)
    texts = [m.rendered for m in api.sent_to(9)]
    assert "first" in texts[0] and texts[1] == "admin: in between" and "last" in texts[2]


async def test_a_notice_refused_with_429_is_retried(api: FakeBotApi, open_store: Opener) -> None:
    store = await open_store()
    api.fail_next("sendMessage", "retry_after", retry_after=1)
    await store.queue_notice([4], "retry me", now=0.0)
    await send_until(api, store, lambda: len(api.sent_to(4)) == 1)
    calls = api.method_calls("sendMessage")
    assert len(calls) == 2 and calls[1].time - calls[0].time >= 0.9


async def test_a_notice_skips_blocked_chats_and_is_pruned_once_sent(open_store: Opener) -> None:
    store = await open_store()
    await store.block_chat(3, reason="blocked", now=0.0)
    assert await store.queue_notice([3, 4], "hello", now=0.0) == 1
    (row,) = await outbox_rows(store)
    assert (row["chat_id"], row["story_id"], row["notice"]) == (4, None, "hello")
    (claimed,) = await store.claim_due(now=1.0, busy_chats=(), limit=5)
    assert claimed.story is None and claimed.notice == "hello" and claimed.plain
    assert await store.prune(older_than=10.0) == 0  # being sent: kept
    await store.ack_sent(claimed.id, now=2.0, message_id=1)
    assert await store.prune(older_than=10.0) == 1
    assert await outbox_rows(store) == []
