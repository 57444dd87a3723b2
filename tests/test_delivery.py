"""The sender through the real python-telegram-bot client against the local fake Bot API."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.delivery import ConsoleSink, RateLimiter, Sender, TelegramSink
from bot.models import Delivery, NewStory, PollRecord
from bot.pacing import UNLIMITED, Pace
from bot.store import AsyncSqliteStore, StoreAPI
from bot.store.errors import DiskFullError
from support.fake_bot_api import FakeBotApi
from support.store_probe import chat_states, outbox_rows
from support.wait import wait_until

TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz"
NAMES = {"deepseek": "DeepSeek"}


async def queue(store: StoreAPI, titles: list[str], chats: tuple[int, ...], now: float = 0.0) -> None:
    stories = [NewStory(keys=(f"u:{t}",), title=t, url=f"https://ex.org/{i}?a=1&b=2", source="Ex", lang="en",
                        published=None, summary=f"{t} about DeepSeek", topics=("deepseek",), terms=("DeepSeek",),
                        deliveries=tuple(Delivery(c) for c in chats)) for i, t in enumerate(titles)]
    await store.commit_poll(PollRecord(feed_url="https://ex.org/feed", now=now, seen_keys=(), stories=tuple(stories),
                                 title=None, etag=None, last_modified=None, body_hash=None, next_poll_at=None),
                      title_since=0)


@pytest.fixture
async def api():
    async with FakeBotApi(token=TOKEN) as fake:
        yield fake


@pytest.fixture
async def store(tmp_path: Path):
    s = AsyncSqliteStore(tmp_path / "d.sqlite3")
    await s.open()
    yield s
    await s.close()


@pytest.fixture
async def sender(api: FakeBotApi, store: StoreAPI):
    bot = Bot(TOKEN, base_url=api.base_url, request=HTTPXRequest(read_timeout=0.5, connect_timeout=1))
    async with bot:
        s = Sender(store, TelegramSink(bot, link_preview=False), topic_names=lambda: NAMES,
                   limiter=RateLimiter(Pace(per_chat_gap=0.02, group_window=1.0)), retry_base=0.05, retry_max=0.2)
        yield s


async def run_until(sender: Sender, predicate, timeout: float = 5.0) -> None:
    import asyncio
    task = asyncio.create_task(sender.run())
    try:
        await wait_until(predicate, timeout=timeout)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_alerts_arrive_once_each_in_order_as_valid_html(api: FakeBotApi, store: StoreAPI, sender: Sender) -> None:
    await queue(store, ["one", "two", "three"], chats=(1, -100))
    await run_until(sender, lambda: len(api.messages) == 6)
    for chat in (1, -100):
        msgs = api.sent_to(chat)
        assert [m.rendered.split("\n")[1] for m in msgs] == ["one", "two", "three"]
        assert all(m.parse_mode == "HTML" for m in msgs)
        assert 'href="https://ex.org/0?a=1&amp;b=2"' in msgs[0].text
    assert (await store.outbox_counts())["sent"] == 6


async def test_retry_after_is_waited_out_and_nothing_is_doubled(api: FakeBotApi, store: StoreAPI,
                                                                 sender: Sender) -> None:
    api.fail_next("sendMessage", "retry_after", retry_after=1)
    await queue(store, ["a", "b"], chats=(7,))
    await run_until(sender, lambda: len(api.sent_to(7)) == 2)
    calls = api.method_calls("sendMessage")
    assert len(calls) == 3  # one refused, two delivered
    assert calls[1].time - calls[0].time >= 0.9
    assert [m.rendered.split("\n")[1] for m in api.sent_to(7)] == ["a", "b"]


async def test_network_errors_are_retried_until_delivered(api: FakeBotApi, store: StoreAPI, sender: Sender) -> None:
    api.fail_next("sendMessage", "server_error", count=2, status=502)
    api.fail_next("sendMessage", "reset")
    api.fail_next("sendMessage", "timeout", hold=1.0)
    await queue(store, ["x"], chats=(9,))
    await run_until(sender, lambda: len(api.sent_to(9)) == 1, timeout=10)
    assert sender.stats.retried >= 4
    assert (await store.outbox_counts())["sent"] == 1


async def test_a_blocked_chat_is_marked_and_the_others_go_on(api: FakeBotApi, store: StoreAPI, sender: Sender) -> None:
    api.block_chat(5)
    reported: list[int] = []
    sender.on_undeliverable = lambda chat, reason: reported.append(chat)
    await queue(store, ["a", "b"], chats=(5, 6))
    await run_until(sender, lambda: len(api.sent_to(6)) == 2 and reported)
    assert reported == [5]
    assert api.sent_to(5) == []
    states = await chat_states(store)
    assert states[5]["blocked"] == 1
    assert len(api.method_calls("sendMessage")) == 3  # one refusal, no endless retries


async def test_rejected_html_is_retried_once_as_plain_text(api: FakeBotApi, store: StoreAPI, sender: Sender) -> None:
    api.fail_next("sendMessage", "bad_request", description="Bad Request: can't parse entities: oops")
    await queue(store, ["plain one"], chats=(3,))
    await run_until(sender, lambda: len(api.sent_to(3)) == 1)
    (msg,) = api.sent_to(3)
    assert msg.parse_mode is None and "plain one" in msg.text and "https://ex.org/0" in msg.text


async def test_a_message_rejected_twice_fails_without_looping(api: FakeBotApi, store: StoreAPI, sender: Sender) -> None:
    api.fail_next("sendMessage", "bad_request", count=2, description="Bad Request: something odd")
    await queue(store, ["bad", "good"], chats=(4,))
    await run_until(sender, lambda: len(api.sent_to(4)) == 1)
    counts = await store.outbox_counts()
    assert counts["failed"] == 1 and counts["sent"] == 1
    assert len(api.method_calls("sendMessage")) == 3


async def test_a_migrated_group_gets_the_alert_at_its_new_id(api: FakeBotApi, store: StoreAPI, sender: Sender) -> None:
    api.migrate_chat(-55, -1000055)
    await queue(store, ["moved"], chats=(-55,))
    await run_until(sender, lambda: len(api.sent_to(-1000055)) == 1)
    await queue(store, ["later"], chats=(-55,), now=1.0)
    rows = await outbox_rows(store)
    assert [r["chat_id"] for r in rows] == [-1000055, -1000055]


async def test_the_sender_respects_per_chat_pacing(api: FakeBotApi, store: StoreAPI) -> None:
    bot = Bot(TOKEN, base_url=api.base_url)
    async with bot:
        s = Sender(store, TelegramSink(bot, link_preview=False), topic_names=lambda: NAMES,
                   limiter=RateLimiter(Pace(per_chat_gap=0.2)))
        await queue(store, [f"m{i}" for i in range(4)], chats=(11,))
        await run_until(s, lambda: len(api.sent_to(11)) == 4)
    times = [m.time for m in api.sent_to(11)]
    assert all(b - a >= 0.15 for a, b in itertools.pairwise(times))  # 0.2 s pacing, less network jitter


async def test_without_a_token_alerts_are_printed(store: StoreAPI) -> None:
    out = io.StringIO()
    s = Sender(store, ConsoleSink(out), topic_names=lambda: NAMES, limiter=RateLimiter(UNLIMITED))
    await queue(store, ["printed story"], chats=(0,))
    import time
    assert await s.send_all(deadline=time.time() + 5)
    assert "printed story" in out.getvalue() and "https://ex.org/0?a=1&b=2" in out.getvalue()


async def test_a_due_digest_goes_out_as_one_message(api: FakeBotApi, store: StoreAPI, sender: Sender) -> None:
    stories = [NewStory(keys=(f"u:{i}",), title=f"DeepSeek story {i} <b>", url=f"https://ex.org/{i}", source="Ex",
                        lang="en", published=None, summary="", topics=("deepseek",), terms=(),
                        deliveries=(Delivery(21, digest_at=1.0),)) for i in range(40)]
    await store.commit_poll(PollRecord(
        feed_url="https://ex.org/feed", now=0, seen_keys=(), stories=tuple(stories), title=None, etag=None,
        last_modified=None, body_hash=None, next_poll_at=None), title_since=0)
    await run_until(sender, lambda: (len(api.sent_to(21)) >= 1 and not sender.in_flight))
    msgs = api.sent_to(21)
    assert len(msgs) == 1 and "Daily digest" in msgs[0].rendered
    assert all(f"DeepSeek story {i} <b>" in msgs[0].rendered for i in range(40))
    assert (await store.outbox_counts())["sent"] == 40


async def test_a_sent_alert_is_acknowledged_once_the_store_has_room_and_never_sent_twice(
        api: FakeBotApi, store: StoreAPI, sender: Sender, monkeypatch: pytest.MonkeyPatch) -> None:
    await queue(store, ["one", "two"], chats=(3,))
    room = False
    real = store.ack_sent

    async def ack_sent(outbox_id: int, *, now: float, message_id: int | None) -> None:
        if not room:
            raise DiskFullError("s.sqlite3: the disk is full (database or disk is full)")
        await real(outbox_id, now=now, message_id=message_id)

    monkeypatch.setattr(store, "ack_sent", ack_sent)
    await sender.step()
    await sender.drain_in_flight()
    assert len(api.sent_to(3)) == 1
    with pytest.raises(DiskFullError):  # still no room: nothing else is claimed meanwhile
        await sender.step()
    await sender.drain_in_flight()
    room = True
    await run_until(sender, lambda: len(api.sent_to(3)) == 2)
    assert [m.rendered.split("\n")[1] for m in api.sent_to(3)] == ["one", "two"]  # "one" once, in order
    assert (await store.outbox_counts())["sent"] == 2


async def test_a_direct_notice_goes_past_the_outbox(api: FakeBotApi, store: StoreAPI, sender: Sender) -> None:
    api.block_chat(8)
    assert not await sender.send_now([7, 8], "the disk is full")
    assert api.texts(7) == ["the disk is full"]
    assert await outbox_rows(store) == []
