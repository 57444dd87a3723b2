"""PostgreSQL mode, store level: several instances (stores with their own owner id) on one database.

Each test opens two or more `PostgresStore`s on one fresh database, as several `newsbot run` processes on
different machines would, and checks what they may and may not do to each other.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from bot.config import ConfigError, parse_config
from bot.models import Delivery, NewStory, PollRecord
from bot.pacing import UNLIMITED, Pace
from bot.store import StoreError, make_store
from bot.store.pg import PG_MIGRATIONS, PostgresStore
from support.store_probe import outbox_rows, schema_version

FEED = "https://ex.org/feed"

Opener = Callable[..., Awaitable[PostgresStore]]


@pytest.fixture
async def instances(pg_url: str) -> AsyncIterator[Opener]:
    """Open as many instances on the test's database as a test asks for; all closed at the end."""
    opened: list[PostgresStore] = []

    async def open_one(**kw: object) -> PostgresStore:
        s = PostgresStore(pg_url, **kw)  # type: ignore[arg-type]
        await s.open()
        opened.append(s)
        return s

    yield open_one
    for s in opened:
        await s.close()


def story(key: str, chats: tuple[int, ...] = (1,)) -> NewStory:
    return NewStory(keys=(key,), title=f"story {key}", url=f"https://ex.org/{key}", source="Ex", lang="en",
                    published=None, summary="", topics=("deepseek",), terms=(),
                    deliveries=tuple(Delivery(c) for c in chats))


def poll(stories: list[NewStory], now: float = 1000.0, url: str = FEED) -> PollRecord:
    return PollRecord(feed_url=url, now=now, seen_keys=(), stories=tuple(stories), title=None, etag=None,
                      last_modified=None, body_hash=None, next_poll_at=now + 60)


async def test_a_due_feed_is_leased_by_exactly_one_of_many_instances_at_once(instances: Opener) -> None:
    stores = [await instances() for _ in range(6)]
    results = await asyncio.gather(*(s.lease_feed(FEED, now=100.0, ttl=30) for s in stores))
    assert sum(r is not None for r in results) == 1


async def test_a_lease_ends_with_the_poll_and_the_feed_waits_for_its_next_poll_time(instances: Opener) -> None:
    a, b = await instances(), await instances()
    assert await a.lease_feed(FEED, now=100.0, ttl=30) is not None
    assert await b.lease_feed(FEED, now=101.0, ttl=30) is None  # held by a live instance
    await a.record_not_modified(FEED, now=102.0, next_poll_at=160.0)
    assert await b.lease_feed(FEED, now=150.0, ttl=30) is None  # released, but not due yet
    state = await b.lease_feed(FEED, now=160.0, ttl=30)
    assert state is not None and state.last_ok_at == 102.0
    assert await a.lease_feed(FEED, now=161.0, ttl=30) is None  # now b holds it


async def test_a_dead_instances_lease_runs_out(instances: Opener) -> None:
    a, b = await instances(), await instances()
    assert await a.lease_feed(FEED, now=100.0, ttl=30) is not None  # ...and a is SIGKILLed mid-poll
    assert await b.lease_feed(FEED, now=129.0, ttl=30) is None
    assert await b.lease_feed(FEED, now=130.5, ttl=30) is not None


async def test_every_poll_outcome_releases_the_lease(instances: Opener) -> None:
    a, b = await instances(), await instances()
    await a.lease_feed(FEED, now=100.0, ttl=30)
    await a.record_failure(FEED, now=101.0, kind="http", message="503", next_poll_at=110.0)
    assert await b.lease_feed(FEED, now=110.0, ttl=30) is not None
    await b.commit_poll(poll([], now=111.0), title_since=0)
    assert (await a.feed_state(FEED)).next_poll_at == 171.0
    assert await a.lease_feed(FEED, now=171.0, ttl=30) is not None


async def test_instances_claiming_at_once_take_each_head_once_and_keep_chat_order(instances: Opener) -> None:
    stores = [await instances(pace=UNLIMITED) for _ in range(3)]
    chats = tuple(range(1, 9))
    await stores[0].commit_poll(poll([story(f"u:{i}", chats) for i in range(3)]), title_since=0)
    seen: list[tuple[int, str]] = []
    for _ in range(3):  # three rounds: every chat's head, then the next, then the last
        claimed = await asyncio.gather(*(s.claim_due(now=2000, busy_chats=(), limit=100) for s in stores))
        msgs = [m for batch in claimed for m in batch]
        assert sorted(m.chat_id for m in msgs) == list(chats)  # one head per chat, across all instances
        seen += [(m.chat_id, m.story.title) for m in msgs]
        for store, batch in zip(stores, claimed, strict=True):
            for m in batch:
                await store.ack_sent(m.id, now=2000, message_id=1)
    for chat in chats:
        assert [t for c, t in seen if c == chat] == ["story u:0", "story u:1", "story u:2"]


async def test_a_live_instances_claims_survive_another_instances_restart(instances: Opener) -> None:
    a = await instances(claim_ttl=30.0)
    await a.commit_poll(poll([story("u:1", (1,)), story("u:2", (2,))]), title_since=0)
    now = time.time()  # recover_in_flight judges expiry by the wall clock
    (m1,) = await a.claim_due(now=now, busy_chats=(2,), limit=1)
    b = await instances(claim_ttl=30.0)  # started (or restarted) while a is sending m1
    assert await b.recover_in_flight() == 0
    assert await b.release_expired_claims(now=now + 29) == 0
    assert [m.chat_id for m in await b.claim_due(now=now + 29, busy_chats=(), limit=10)] == [2]  # 1 is busy
    assert await b.release_expired_claims(now=now + 31) == 1  # a died: m1 goes back to the queue
    (again,) = await b.claim_due(now=now + 31, busy_chats=(), limit=10)
    assert again.id == m1.id and again.attempts == 2


async def test_one_chat_is_paced_across_instances(instances: Opener) -> None:
    a, b = await instances(pace=Pace()), await instances(pace=Pace())
    await a.commit_poll(poll([story("u:1", (5, -7)), story("u:2", (5, -7))]), title_since=0)
    first = await a.claim_due(now=2000, busy_chats=(), limit=10)
    for m in first:
        await a.ack_sent(m.id, now=2000.5, message_id=1)
    assert await b.claim_due(now=2001.4, busy_chats=(), limit=10) == []  # within a's gap for both chats
    assert await b.next_due_at() == 2001.5
    assert sorted(m.chat_id for m in await b.claim_due(now=2001.5, busy_chats=(), limit=10)) == [-7, 5]


async def test_a_groups_rolling_minute_is_shared_across_instances(instances: Opener) -> None:
    a, b = await instances(pace=Pace()), await instances(pace=Pace())
    await a.commit_poll(poll([story(f"u:{i}", (-7,)) for i in range(25)]), title_since=0)
    sent: list[float] = []
    for i in range(21):
        store = (a, b)[i % 2]  # the instances take turns: only the shared window paces them
        at = max(3000.0, await store.next_due_at() or 0.0)
        (m,) = await store.claim_due(now=at, busy_chats=(), limit=10)
        await store.ack_sent(m.id, now=at, message_id=i)
        sent.append(at)
    gaps = [round(y - x, 6) for x, y in itertools.pairwise(sent)]
    assert gaps[:9] == [1.0] * 9  # half the window at once a second ...
    assert set(gaps[9:19]) == {3.0}  # ... the rest at the window's own rate: room stays for later news
    assert sent[20] == sent[0] + 60.0  # never 21 in a rolling minute


async def test_one_story_from_two_instances_at_once_is_one_story(instances: Opener) -> None:
    a, b = await instances(), await instances()
    created = await asyncio.gather(a.commit_poll(poll([story("u:same")], url="https://a/feed"), title_since=0),
                                   b.commit_poll(poll([story("u:same")], url="https://b/feed"), title_since=0))
    assert sorted(len(c.created) for c in created) == [0, 1]
    assert len(await outbox_rows(a)) == 1


async def test_several_instances_starting_at_once_migrate_once(pg_url: str) -> None:
    stores = [PostgresStore(pg_url) for _ in range(4)]
    await asyncio.gather(*(s.open() for s in stores))
    try:
        assert {await schema_version(s) for s in stores} == {len(PG_MIGRATIONS)}
    finally:
        for s in stores:
            await s.close()


async def test_an_unreachable_server_names_host_and_database_but_not_the_password() -> None:
    store = PostgresStore("postgresql://bot:s3cret-pw@127.0.0.1:9/newsdb")
    with pytest.raises(StoreError) as err:
        await store.open()
    text = str(err.value)
    assert "127.0.0.1:9/newsdb" in text and "bot@" in text and "s3cret-pw" not in text


async def test_a_wrong_password_is_not_echoed(pg_server) -> None:
    from urllib.parse import urlsplit
    parts = urlsplit(pg_server.admin_url)
    store = PostgresStore(f"postgresql://nosuchuser:pw-XYZ@{parts.hostname}:{parts.port}/nosuchdb")
    with pytest.raises(StoreError) as err:
        await store.open()
    assert "pw-XYZ" not in str(err.value) and "nosuchdb" in str(err.value)


def test_the_storage_url_selects_postgresql_and_is_checked() -> None:
    cfg = parse_config('[storage]\nurl = "postgresql://u:p@db.example/news"\n', env={})
    assert cfg.storage.url == "postgresql://u:p@db.example/news"
    assert make_store(cfg.storage).describe == "postgresql://u@db.example/news"
    assert parse_config("", env={"NEWSBOT_STORAGE_URL": "postgres://h/db"}).storage.url == "postgres://h/db"
    assert make_store(parse_config("", env={}).storage).describe.endswith("newsbot.sqlite3")
    with pytest.raises(ConfigError) as err:
        parse_config('[storage]\nurl = "mysql://u:p@h/db"\n', env={})
    assert "storage.url" in str(err.value) and ":p@" not in str(err.value)


async def test_one_instance_at_a_time_plays_a_role_and_a_dead_ones_term_lapses(instances: Opener) -> None:
    a, b = await instances(), await instances()
    assert await a.lease_role("commands", now=100.0, ttl=30) is True
    assert await b.lease_role("commands", now=101.0, ttl=30) is False
    assert await a.lease_role("commands", now=120.0, ttl=30) is True  # renewed: now until 150
    assert await b.lease_role("commands", now=149.0, ttl=30) is False
    assert await b.lease_role("commands", now=151.0, ttl=30) is True  # a stopped renewing
    assert await a.lease_role("commands", now=152.0, ttl=30) is False


async def test_a_story_another_instance_created_is_a_cluster_candidate(instances: Opener) -> None:
    """Each instance's near-duplicate index picks up the stories the others commit (store.shared)."""
    from datetime import UTC, datetime

    from bot.matcher import Matcher
    from bot.pipeline import Pipeline
    from bot.routing import ChatRoute, Routing
    from bot.watchlist import load_watchlist
    from watchers.items import FeedSpec, Item, PollOutcome

    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    matcher = Matcher(load_watchlist(None))
    routing = Routing(chats=(ChatRoute(1),), backfill_hours=24, max_age_hours=720)
    a, b = await instances(), await instances()
    pa, pb = (Pipeline(s, matcher=matcher, routing=lambda: routing, refresh_every=5.0) for s in (a, b))
    await pa.load_index(now.timestamp() - 60)
    await pb.load_index(now.timestamp() - 60)  # both start empty

    async def poll_with(p: Pipeline, store: PostgresStore, feed: str, n: int, title: str, at: float) -> tuple[int, ...]:
        spec = FeedSpec(feed, name=feed)
        it = Item(id=f"u:{n}", keys=(f"u:{n}",), url=f"https://{n}.example/x", title=title, summary="",
                  published=now, source=feed, lang="en", feed_url=feed)
        state = await store.lease_feed(feed, now=at, ttl=30)
        assert state is not None
        result = await p.process(spec, PollOutcome(feed, now, items=(it,)), state=state, now=at, next_poll_at=at + 60)
        return result.stories

    first = "Italy's privacy watchdog blocks DeepSeek over data concerns"
    (created,) = await poll_with(pa, a, "https://a/feed", 1, first, now.timestamp())
    assert await poll_with(pb, b, "https://b/feed", 2, "Italian regulator blocks DeepSeek app over privacy concerns",
                           now.timestamp() + 6) == ()  # b clustered it with a's story: no second story
    assert created in pb.index
    assert len(await outbox_rows(a)) == 1
