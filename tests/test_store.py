"""The store on both backends (SQLite file, PostgreSQL when a server is available): one transaction per
poll, the outbox's claim/ack, chat state — the same assertions for each."""

import dataclasses
import json
import os
import sqlite3
from pathlib import Path

import asyncpg
import pytest

from bot.models import Delivery, FeedHealth, NewStory, PollRecord
from bot.pacing import UNLIMITED
from bot.store import MIGRATIONS, AsyncSqliteStore, SqliteStore, StoreAPI, StoreError
from bot.store.fairqueue import next_turn
from bot.store.outlets import EDIT_GATHER
from bot.store.pg import PG_MIGRATIONS, PostgresStore
from bot.store.tx import drive
from support.store_probe import chat_states, outbox_rows, query


@pytest.fixture(params=["sqlite", "postgres"])
async def store(request: pytest.FixtureRequest, tmp_path: Path):
    s: StoreAPI
    if request.param == "sqlite":
        s = AsyncSqliteStore(tmp_path / "s.sqlite3")
    else:  # pacing off: these tests check the queue itself; test_postgres checks the pacing
        s = PostgresStore(await request.getfixturevalue("pg_server").new_database(), pace=UNLIMITED)
    await s.open()
    yield s
    await s.close()


@pytest.fixture
def sqlite_store(tmp_path: Path):
    s = SqliteStore(tmp_path / "s.sqlite3")
    s.open_sync()
    yield s
    s.close_sync()


def new_story(keys, title="DeepSeek ships a model", chats=(1, 2)) -> NewStory:
    return NewStory(keys=tuple(keys), title=title, url="https://ex.org/" + keys[0], source="Ex", lang="en",
                    published=None, summary="", topics=("deepseek",), terms=("DeepSeek",),
                    deliveries=tuple(Delivery(c) for c in chats))


def record(stories=(), seen=(), now=1000.0, url="https://ex.org/feed") -> PollRecord:
    return PollRecord(feed_url=url, now=now, seen_keys=tuple(seen), stories=tuple(stories), title="Ex",
                      etag='"e1"', last_modified=None, body_hash="h1", next_poll_at=now + 300)


def test_the_schema_is_versioned_in_wal_mode_with_private_permissions(sqlite_store: SqliteStore) -> None:
    store = sqlite_store
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert os.stat(store.path).st_mode & 0o777 == 0o600


async def test_a_poll_marks_items_seen_and_queues_alerts_together(store: StoreAPI) -> None:
    committed = await store.commit_poll(record([new_story(["u:1", "g:1"])], seen=["u:2"]), title_since=0)
    assert len(committed.created) == 1 and committed.placed == committed.created
    assert await store.known_keys(["u:1", "g:1", "u:2", "u:3"], title_since=0) == {"u:1", "g:1", "u:2"}
    rows = await outbox_rows(store)
    assert [(r["chat_id"], r["state"]) for r in rows] == [(1, "pending"), (2, "pending")]
    state = await store.feed_state("https://ex.org/feed")
    assert state.first_ok_at == 1000.0 and state.etag == '"e1"' and state.failures == 0


async def test_a_story_that_arrived_meanwhile_through_another_feed_is_not_queued_twice(store: StoreAPI) -> None:
    await store.commit_poll(record([new_story(["u:1"])]), title_since=0)
    # a second feed decided "new" before the first committed: the transaction re-checks
    committed = await store.commit_poll(record([new_story(["g:other", "u:1"])], url="https://other/feed"),
                                        title_since=0)
    assert committed.created == () and committed.placed == (1,)
    assert len(await outbox_rows(store)) == 2
    assert await store.known_keys(["g:other"], title_since=0) == {"g:other"}


async def test_a_report_of_two_waiting_stories_makes_them_one(store: StoreAPI) -> None:
    """Neither alert went out: the second story is folded into the first. Its alert is dropped where the first
    has one and handed over where it has none; its outlet, topics and keys go along; it is no cluster candidate."""
    first = new_story(["u:1"], title="DeepSeek V4 is out", chats=(1, 2))
    second = dataclasses.replace(new_story(["u:2"], title="深度求索发布V4", chats=(2, 3)), source="36Kr", lang="zh",
                                 topics=("luo_fuli",))
    await store.commit_poll(record([first, second]), title_since=0)
    report = dataclasses.replace(new_story(["u:3"], title="DeepSeek releases V4"), source="Reuters", cluster_of=1,
                                 absorbs=(2,))
    committed = await store.commit_poll(record([report], now=1010.0), title_since=0)
    assert committed.placed == (1,) and committed.merged == ((2, 1),) and committed.created == ()
    rows = await outbox_rows(store)
    assert sorted((r["chat_id"], r["story_id"], r["state"]) for r in rows) == [
        (1, 1, "pending"), (2, 1, "pending"), (3, 1, "pending")]
    (story,) = await query(store, "SELECT sources, topics FROM stories WHERE id=1")
    assert json.loads(story["sources"]) == ["36Kr (中文)", "Reuters"]
    assert json.loads(story["topics"]) == ["deepseek", "luo_fuli"]
    assert [s[0] for s in await store.recent_stories(since=0)] == [1]
    # the folded story's keys, and a lookup that still names it (another instance's index), lead to the first
    again = dataclasses.replace(new_story(["u:2", "u:4"]), cluster_of=None)
    stale = dataclasses.replace(new_story(["u:5"]), cluster_of=2)
    assert (await store.commit_poll(record([again, stale], now=1020.0), title_since=0)).placed == (1, 1)
    assert len(await outbox_rows(store)) == 3


async def test_a_story_whose_alert_went_out_is_never_folded(store: StoreAPI) -> None:
    """Only a story none of whose alerts went out (or is going out) is folded; the report joins the one sent."""
    await store.commit_poll(record([new_story(["u:1"], chats=(1,)), new_story(["u:2"], chats=(1,)),
                                    new_story(["u:3"], chats=(2,))]), title_since=0)
    (head,) = await store.claim_due(now=1000.0, busy_chats=(2,), limit=5)
    await store.ack_sent(head.id, now=1001.0, message_id=7)  # story 1's alert in chat 1 went out
    report = dataclasses.replace(new_story(["u:9"]), source="Reuters", cluster_of=2, absorbs=(1, 3))
    committed = await store.commit_poll(record([report], now=1010.0), title_since=0)
    assert committed.placed == (1,) and sorted(committed.merged) == [(2, 1), (3, 1)]
    rows = await outbox_rows(store)
    assert sorted((r["chat_id"], r["story_id"], r["state"]) for r in rows) == [(1, 1, "sent"), (2, 1, "pending")]
    (sent,) = [r for r in rows if r["state"] == "sent"]
    assert sent["edit_pending"] == 1  # the sent alert is edited to name the outlets folded into it
    # two stories sent: each stays
    await store.commit_poll(record([new_story(["u:20"], chats=(1,))], now=1020.0), title_since=0)
    (msg,) = await store.claim_due(now=1020.0, busy_chats=(2,), limit=5)
    assert msg.story is not None
    await store.ack_sent(msg.id, now=1021.0, message_id=8)
    report = dataclasses.replace(new_story(["u:21"]), cluster_of=1, absorbs=(msg.story.id,))
    assert (await store.commit_poll(record([report], now=1030.0), title_since=0)).merged == ()
    # an alert being sent (claimed, not yet acknowledged) is as good as out: the waiting one is folded into it
    made = await store.commit_poll(record([new_story(["u:30"], chats=(3,)), new_story(["u:32"], chats=(3,))],
                                          now=1040.0), title_since=0)
    (claimed,) = await store.claim_due(now=1040.0, busy_chats=(1, 2), limit=5)
    assert claimed.story is not None and claimed.story.id == made.created[0]
    report = dataclasses.replace(new_story(["u:31"]), cluster_of=made.created[1], absorbs=(made.created[0],))
    committed = await store.commit_poll(record([report], now=1050.0), title_since=0)
    assert committed.placed == (made.created[0],) and committed.merged == ((made.created[1], made.created[0]),)


async def test_headline_keys_only_count_inside_the_window(store: StoreAPI) -> None:
    await store.commit_poll(record([new_story(["u:1", "h:abc"])], now=1000.0), title_since=0)
    assert await store.known_keys(["h:abc"], title_since=999.0) == {"h:abc"}
    assert await store.known_keys(["h:abc"], title_since=1001.0) == set()


async def test_claim_takes_only_the_head_of_each_chat_in_order(store: StoreAPI) -> None:
    await store.commit_poll(record([new_story(["u:1"]), new_story(["u:2"], title="second")]), title_since=0)
    first = await store.claim_due(now=2000, busy_chats=(), limit=10)
    assert sorted(m.chat_id for m in first) == [1, 2]
    assert all(m.story.title == "DeepSeek ships a model" for m in first)
    assert await store.claim_due(now=2000, busy_chats=(), limit=10) == []  # heads are in flight
    await store.ack_sent(first[0].id, now=2001, message_id=7)
    nxt = await store.claim_due(now=2002, busy_chats=(), limit=10)
    assert [(m.chat_id, m.story.title) for m in nxt] == [(first[0].chat_id, "second")]


def test_a_new_feed_joins_the_round_at_the_head_and_a_feed_with_rows_queued_goes_after_its_last() -> None:
    assert next_turn(head=None, flow_last=None) == 0  # an empty queue
    assert next_turn(head=5, flow_last=None) == 5  # the round being sent: right after its rows
    assert next_turn(head=5, flow_last=5) == 6
    assert next_turn(head=5, flow_last=40) == 41  # a backlog of its own: behind it, not before other feeds


async def drain(store: StoreAPI, chat: int, count: int) -> list[str]:
    """Claim and acknowledge the chat's next `count` messages one by one: their titles (a notice's text)."""
    out = []
    for _ in range(count):
        (msg,) = await store.claim_due(now=5000, busy_chats=(), limit=10)
        assert msg.chat_id == chat
        out.append(msg.story.title if msg.story else f"notice: {msg.notice}")
        await store.ack_sent(msg.id, now=5000, message_id=1)
    return out


async def test_a_chats_queue_takes_turns_between_feeds_keeping_each_feeds_order(store: StoreAPI) -> None:
    def poll(feed: str, titles: list[str], now: float) -> PollRecord:
        return record([new_story([f"u:{t}"], title=t, chats=(1,)) for t in titles], url=f"https://{feed}/", now=now)

    await store.commit_poll(poll("a", [f"a{n}" for n in range(5)], 1000), title_since=0)  # a backlog of feed a
    await store.commit_poll(poll("b", ["b0", "b1"], 1001), title_since=0)
    await store.queue_notice([1], "feed x is down", now=1002)
    await store.commit_poll(poll("a", ["a5", "a6"], 1003), title_since=0)
    await store.commit_poll(poll("c", ["c0"], 1004), title_since=0)
    assert await drain(store, 1, 5) == ["a0", "b0", "notice: feed x is down", "c0", "a1"]
    await store.commit_poll(poll("d", ["d0", "d1"], 1005), title_since=0)  # joins the round at the head (b1's)
    assert await drain(store, 1, 8) == ["b1", "d0", "a2", "d1", "a3", "a4", "a5", "a6"]
    assert await store.claim_due(now=5000, busy_chats=(), limit=10) == []


async def test_a_new_row_never_goes_before_the_message_in_flight(store: StoreAPI) -> None:
    await store.commit_poll(record([new_story(["u:1"], title="a0", chats=(1,))], url="https://a/"), title_since=0)
    (head,) = await store.claim_due(now=5000, busy_chats=(), limit=10)
    await store.commit_poll(record([new_story(["u:2"], title="b0", chats=(1,))], url="https://b/"), title_since=0)
    await store.queue_notice([1], "note", now=1001)
    assert await store.claim_due(now=5000, busy_chats=(), limit=10) == []  # the head is still in flight
    assert [m.story.title for m in await store.claim_backlog(head, now=5000, more_than=0)] == ["b0"]


async def test_in_flight_messages_are_sent_again_after_a_crash(store: StoreAPI) -> None:
    await store.commit_poll(record([new_story(["u:1"], chats=(1,))]), title_since=0)
    (msg,) = await store.claim_due(now=2000, busy_chats=(), limit=10)
    assert await store.recover_in_flight() == 1
    (again,) = await store.claim_due(now=2000, busy_chats=(), limit=10)
    assert again.id == msg.id and again.attempts == 2


async def test_retry_later_respects_not_before(store: StoreAPI) -> None:
    await store.commit_poll(record([new_story(["u:1"], chats=(1,))]), title_since=0)
    (msg,) = await store.claim_due(now=2000, busy_chats=(), limit=10)
    await store.retry_later(msg.id, not_before=2100, error="boom")
    assert await store.claim_due(now=2050, busy_chats=(), limit=10) == []
    assert await store.next_due_at() == 2100
    assert len(await store.claim_due(now=2100, busy_chats=(), limit=10)) == 1


async def test_a_blocked_chat_parks_its_queue_and_gets_no_new_alerts(store: StoreAPI) -> None:
    await store.commit_poll(record([new_story(["u:1"])]), title_since=0)
    assert await store.block_chat(1, reason="Forbidden: bot was blocked by the user", now=1) == 1
    await store.commit_poll(record([new_story(["u:2"])]), title_since=0)
    chats = [(r["chat_id"], r["state"]) for r in await outbox_rows(store)]
    assert chats == [(1, "failed"), (2, "pending"), (2, "pending")]


async def test_a_migrated_chat_moves_its_queue_and_future_alerts(store: StoreAPI) -> None:
    await store.commit_poll(record([new_story(["u:1"], chats=(-5,))]), title_since=0)
    await store.migrate_chat(-5, -1005, now=1)
    await store.commit_poll(record([new_story(["u:2"], chats=(-5,))]), title_since=0)
    assert [r["chat_id"] for r in await outbox_rows(store)] == [-1005, -1005]


async def test_prune_forgets_old_items_but_keeps_undelivered_stories(store: StoreAPI) -> None:
    await store.commit_poll(record([new_story(["u:1"], chats=(1,))], seen=["u:9"], now=100), title_since=0)
    await store.prune(older_than=200)
    assert await store.known_keys(["u:9", "u:1"], title_since=0) == set()
    assert len(await outbox_rows(store)) == 1  # still pending: kept


async def test_failures_count_up_and_reset_on_success(store: StoreAPI) -> None:
    url = "https://ex.org/feed"
    assert await store.record_failure(url, now=1, kind="timeout", message="slow", next_poll_at=60) == 1
    assert await store.record_failure(url, now=2, kind="http", message="503", next_poll_at=120) == 2
    assert (await store.feed_state(url)).last_error_kind == "http"
    await store.record_not_modified(url, now=3, next_poll_at=300)
    assert (await store.feed_state(url)).failures == 0


async def test_feed_health_is_the_failures_and_last_success_of_every_feed(store: StoreAPI) -> None:
    bad, good = "https://ex.org/bad", "https://ex.org/good"
    await store.record_failure(bad, now=1, kind="timeout", message="slow", next_poll_at=60)
    await store.record_failure(good, now=1, kind="timeout", message="slow", next_poll_at=60)
    await store.record_not_modified(good, now=3, next_poll_at=300)  # the SQLite store batches it: still read
    health = await store.feed_health()
    assert health == {bad: FeedHealth(1, None), good: FeedHealth(0, 3)}
    states = await store.feed_states()
    assert {url: FeedHealth(st.failures, st.last_ok_at) for url, st in states.items()} == health


def test_a_corrupt_file_gives_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as err:
        SqliteStore(path).open_sync()
    assert str(path) in str(err.value)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        SqliteStore(path).open_sync()


def test_an_old_database_is_migrated_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + "; PRAGMA user_version=1;")
    db.execute("INSERT INTO feeds(url, failures) VALUES ('https://ex.org/f', 3)")
    db.commit()
    db.close()
    store = SqliteStore(path)
    store.open_sync()
    try:
        state = drive(store.feed_state("https://ex.org/f"))
        assert state.failures == 3 and state.failing_since is None and not state.down_reported
    finally:
        store.close_sync()


def test_a_read_only_database_fails_at_start_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    s = SqliteStore(path)
    s.open_sync()
    s.close_sync()
    os.chmod(path, 0o400)
    os.chmod(tmp_path, 0o500)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as a user who can write read-only files (root)")
        with pytest.raises(StoreError) as err:
            SqliteStore(path).open_sync()
        assert str(path) in str(err.value)
    finally:
        os.chmod(tmp_path, 0o700)


async def test_errors_at_run_time_name_the_file(tmp_path: Path) -> None:
    s = SqliteStore(tmp_path / "x.sqlite3")
    await s.open()
    try:
        with pytest.raises(StoreError) as err:
            await s.run(lambda: s.db.execute("SELECT * FROM no_such_table"))
        assert "x.sqlite3" in str(err.value) and "no_such_table" in str(err.value)
    finally:
        await s.close()


async def test_failing_since_is_set_once_and_cleared_by_success(store: StoreAPI) -> None:
    url = "https://ex.org/feed"
    await store.record_failure(url, now=10, kind="dns", message="x", next_poll_at=20)
    await store.record_failure(url, now=30, kind="dns", message="x", next_poll_at=40)
    assert (await store.feed_state(url)).failing_since == 10
    await store.set_down_reported(url, True)
    assert (await store.feed_state(url)).down_reported
    await store.record_not_modified(url, now=50, next_poll_at=60)
    assert (await store.feed_state(url)).failing_since is None


async def test_chat_settings_round_trip(store: StoreAPI) -> None:
    from bot.models import ChatSettings
    s = ChatSettings(chat_id=-100, subscribed=frozenset({"a"}), unsubscribed=frozenset({"b"}), muted={"c": 99.5},
                     digest_at="08:00")
    await store.save_chat_settings(s, now=1)
    await store.save_chat_settings(s, now=2)  # an upsert, not a second row
    assert await store.chat_settings() == {-100: s}


async def test_a_digest_is_claimed_whole_and_acknowledged_together(store: StoreAPI) -> None:
    stories = [NewStory(keys=(f"u:{i}",), title=f"t{i}", url=f"https://ex.org/{i}", source="Ex", lang=None,
                        published=None, summary="", topics=("deepseek",), terms=(),
                        deliveries=(Delivery(7, digest_at=1500.0),)) for i in range(3)]
    await store.commit_poll(record(stories), title_since=0)
    assert await store.claim_due(now=2000, busy_chats=(), limit=10) == []  # digest rows are not sent one by one
    assert await store.claim_digests(now=1400, busy_chats=()) == {}
    claimed = await store.claim_digests(now=2000, busy_chats=())
    assert [m.story.title for m in claimed[7]] == ["t0", "t1", "t2"]
    assert await store.claim_digests(now=2000, busy_chats=()) == {}
    await store.ack_many([m.id for m in claimed[7]], now=2001, message_id=5)
    assert await store.sent_since(2000) == 3 and (await store.outbox_counts())["sent"] == 3


async def test_a_second_outlet_queues_an_edit_of_the_sent_alert(store: StoreAPI) -> None:
    await store.commit_poll(record([new_story(["u:1"], chats=(1,))]), title_since=0)
    (msg,) = await store.claim_due(now=2000, busy_chats=(), limit=10)
    await store.ack_sent(msg.id, now=2000, message_id=77)
    other = NewStory(keys=("u:1",), title="DeepSeek ships a model", url="https://other.org/x", source="Other",
                     lang="en", published=None, summary="", topics=("deepseek",), terms=(), deliveries=())
    await store.commit_poll(record([other], url="https://other.org/feed", now=2100), title_since=0)
    (edit,) = await store.claim_edits(now=2100 + EDIT_GATHER, busy_chats=(), limit=5)
    assert edit.message_id == 77 and edit.story.sources == ("Other",)
    assert await store.claim_edits(now=2200, busy_chats=(), limit=5) == []


async def test_outlets_arriving_together_make_one_edit_after_a_short_gathering(store: StoreAPI) -> None:
    await store.commit_poll(record([new_story(["u:1"], chats=(1,))]), title_since=0)
    (msg,) = await store.claim_due(now=2000, busy_chats=(), limit=10)
    await store.ack_sent(msg.id, now=2000, message_id=77)
    for n, (source, lang) in enumerate((("Reuters", "en-US"), ("36Kr", "zh-CN"), ("Aaj Tak", "hi"))):
        other = NewStory(keys=("u:1",), title="DeepSeek ships a model", url=f"https://o{n}.org/x", source=source,
                         lang=lang, published=None, summary="", topics=("deepseek",), terms=(), deliveries=())
        await store.commit_poll(record([other], url=f"https://o{n}.org/feed", now=2100 + n), title_since=0)
    assert await store.claim_edits(now=2100 + EDIT_GATHER - 0.1, busy_chats=(), limit=5) == []  # still gathering
    assert await store.next_due_at() == 2100 + EDIT_GATHER  # the sender wakes for the gathered edit
    (edit,) = await store.claim_edits(now=2100 + EDIT_GATHER, busy_chats=(), limit=5)
    assert edit.story.sources == ("Reuters", "36Kr (中文)", "Aaj Tak (हिन्दी)")  # languages other than the alert's


async def test_a_backlog_behind_the_head_is_claimed_with_it_only_when_longer_than_the_limits_allow(
        store: StoreAPI) -> None:
    await store.commit_poll(record([new_story([f"u:{n}"], title=f"story {n}", chats=(-5,)) for n in range(4)]),
                            title_since=0)
    await store.commit_poll(record([new_story(["o:1"], title="other feed", chats=(-5,))], url="https://o.org/feed",
                                   now=1001), title_since=0)
    await store.queue_notice([-5], "a notice", now=1002)
    (head,) = await store.claim_due(now=2000, busy_chats=(), limit=10)
    assert head.story.title == "story 0"
    assert await store.claim_backlog(head, now=2000, more_than=2) == []  # 2 alerts up to the notice: send singly
    rest = await store.claim_backlog(head, now=2000, more_than=1)
    assert [m.story.title for m in rest] == ["other feed"]  # in queue order (round-robin), up to the notice
    await store.ack_many([head.id, *(m.id for m in rest)], now=2001, message_id=None)
    (notice,) = await store.claim_due(now=2002, busy_chats=(), limit=10)
    assert notice.notice == "a notice"
    assert await store.claim_backlog(notice, now=2002, more_than=0) == []  # notices are never combined
    await store.ack_sent(notice.id, now=2003, message_id=1)
    (head,) = await store.claim_due(now=2004, busy_chats=(), limit=10)
    rest = await store.claim_backlog(head, now=2004, more_than=0)
    assert [m.story.title for m in [head, *rest]] == ["story 1", "story 2", "story 3"]


async def test_mentions_per_day_counts_stories_per_topic(store: StoreAPI) -> None:
    day = 86400 * 20000.0  # 2024-10-04 00:00 UTC
    await store.commit_poll(record([new_story(["u:1"]), new_story(["u:2"])], now=day + 10), title_since=0)
    assert await store.mentions_per_day(since=day) == [("2024-10-04", "deepseek", 2)]


async def test_an_unblocked_chat_is_deliverable_again(store: StoreAPI) -> None:
    await store.block_chat(3, reason="kicked", now=1)
    assert (await chat_states(store))[3]["blocked"] == 1
    await store.unblock_chat(3, now=2)
    await store.commit_poll(record([new_story(["u:1"], chats=(3,))]), title_since=0)
    assert [r["state"] for r in await outbox_rows(store)] == ["pending"]


async def test_websub_subscriptions_round_trip(store) -> None:
    from bot.models import Subscription
    sub = Subscription(feed_url="https://site/feed", hub="https://hub/", topic="https://site/feed", token="tok",
                       secret="s3cret", state="requested", requested_at=1.0)
    await store.save_subscription(sub)
    assert await store.subscription_by_token("tok") == sub
    active = Subscription(**{**sub.__dict__, "state": "active", "lease_until": 100.0, "verified_at": 2.0})
    await store.save_subscription(active)
    assert await store.subscriptions() == {"https://site/feed": active}
    assert active.live(50.0) and not active.live(100.0)
    await store.delete_subscription("https://site/feed")
    assert await store.subscription_by_token("tok") is None and await store.subscriptions() == {}


async def test_sqlite_batches_unchanged_polls_and_loses_none_of_them(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = AsyncSqliteStore(path)
    await store.open()
    urls = [f"https://feed/{i}" for i in range(5)]
    for url in urls:
        await store.commit_poll(PollRecord(feed_url=url, now=10.0, seen_keys=(), stories=(), title=None, etag="e",
                                           last_modified=None, body_hash="h", next_poll_at=20.0), title_since=0)
        assert (await store.lease_feed(url, now=20.0, ttl=30)).next_poll_at == 20.0  # now cached
    for url in urls:
        await store.record_not_modified(url, now=20.0, next_poll_at=50.0)
    assert (await store.lease_feed(urls[0], now=50.0, ttl=30)).last_ok_at == 20.0  # the cache saw the write
    assert sqlite3.connect(path).execute("SELECT COUNT(*) FROM feeds WHERE next_poll_at=50").fetchone()[0] == 0
    assert (await store.feed_state(urls[1])).next_poll_at == 50.0  # any store call writes the batch first
    await store.record_not_modified(urls[2], now=50.0, next_poll_at=80.0)
    await store.record_failure(urls[3], now=50.0, kind="http", message="HTTP 500", next_poll_at=60.0)
    failing = await store.lease_feed(urls[3], now=60.0, ttl=30)
    assert failing.failures == 1 and failing.next_poll_at == 60.0
    await store.record_not_modified(urls[3], now=60.0, next_poll_at=90.0)  # a recovery is written at once
    assert sqlite3.connect(path).execute("SELECT failures FROM feeds WHERE url=?", (urls[3],)).fetchone()[0] == 0
    await store.close()  # the last batch too
    rows = dict(sqlite3.connect(path).execute("SELECT url, next_poll_at FROM feeds").fetchall())
    assert rows == {urls[0]: 50.0, urls[1]: 50.0, urls[2]: 80.0, urls[3]: 90.0, urls[4]: 50.0}


async def test_sqlite_unchanged_batch_is_written_within_a_second_without_other_calls(tmp_path: Path) -> None:
    from support.wait import wait_until
    path = tmp_path / "s.sqlite3"
    store = AsyncSqliteStore(path)
    await store.open()
    await store.lease_feed("https://feed/x", now=1.0, ttl=30)
    await store.record_not_modified("https://feed/x", now=1.0, next_poll_at=99.0)

    def written() -> bool:
        row = sqlite3.connect(path).execute("SELECT next_poll_at FROM feeds WHERE url='https://feed/x'").fetchone()
        return row is not None and row[0] == 99.0
    await wait_until(written, timeout=3 * AsyncSqliteStore.FLUSH_AFTER + 2)
    await store.close()


async def test_sqlite_cached_feed_state_matches_the_file_after_every_kind_of_write(tmp_path: Path) -> None:
    store = AsyncSqliteStore(tmp_path / "s.sqlite3")
    await store.open()
    url = "https://feed/c"

    async def same() -> None:  # the item digests are handed out once, then kept by the caller
        cached = await store.lease_feed(url, now=0, ttl=30)
        assert dataclasses.replace(cached, seen_items=None) == dataclasses.replace(drive(store.sync.feed_state(url)),
                                                                                     seen_items=None)
    await store.feed_states()
    await store.lease_feed(url, now=0, ttl=30)
    await store.commit_poll(PollRecord(feed_url=url, now=5.0, seen_keys=("g:1",), stories=(), title="T", etag="e1",
                                       last_modified="lm", body_hash="h1", next_poll_at=9.0, seen_items="[]"),
                            title_since=0)
    await same()
    await store.record_not_modified(url, now=9.0, next_poll_at=12.0)
    await store.feed_state(url)  # writes the batch
    await same()
    await store.record_failure(url, now=12.0, kind="timeout", message="slow", next_poll_at=20.0)
    await same()
    await store.set_down_reported(url, True)
    await same()
    await store.record_not_modified(url, now=20.0, next_poll_at=30.0)
    await same()
    await store.close()


def test_the_notice_migration_rebuilds_the_outbox_keeping_rows_ids_and_indexes(tmp_path: Path) -> None:
    path = tmp_path / "v6.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(";".join(MIGRATIONS[:6]) + "; PRAGMA user_version=6;")
    db.execute("INSERT INTO stories(id, title, url, topics, feed_url, first_seen) VALUES (7, 't', 'u', '[]', 'f', 1)")
    db.execute("INSERT INTO outbox(id, story_id, chat_id, state, not_before, created_at, thread_id, digest)"
               " VALUES (42, 7, 5, 'sent', 1, 1, 3, 1)")
    db.commit()
    db.close()
    store = SqliteStore(path)
    store.open_sync()
    try:
        row = dict(store.db.execute("SELECT * FROM outbox").fetchone())
        assert (row["id"], row["story_id"], row["chat_id"], row["state"], row["thread_id"], row["digest"],
                row["notice"]) == (42, 7, 5, "sent", 3, 1, None)
        indexes = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE tbl_name='outbox'"
                                                  " AND type='index' AND sql IS NOT NULL")}
        assert indexes == {"outbox_due", "outbox_edits", "outbox_queue"}  # outbox_queue: migration 8
        with pytest.raises(sqlite3.IntegrityError):  # a row is an alert or a notice, never neither
            store.db.execute("INSERT INTO outbox(chat_id, not_before, created_at) VALUES (1, 1, 1)")
    finally:
        store.close_sync()


# an outbox queued before migration 8 (SQLite) / 6 (PostgreSQL), the same rows on either backend: a backlog of
# feed a (its first row sent), feed b's rows behind it, and a notice
BACKLOG = (
    ("INSERT INTO stories(id, title, url, topics, feed_url, first_seen) VALUES (1, 't', 'u', '[]', 'a', 1),"
     " (2, 't', 'u', '[]', 'a', 1), (3, 't', 'u', '[]', 'a', 1), (4, 't', 'u', '[]', 'b', 1),"
     " (5, 't', 'u', '[]', 'a', 1), (6, 't', 'u', '[]', 'b', 1)"),
    ("INSERT INTO outbox(id, story_id, chat_id, state, not_before, created_at) VALUES (1, 1, 5, 'sent', 1, 1),"
     " (2, 2, 5, 'pending', 1, 1), (3, 3, 5, 'pending', 1, 1), (4, 4, 5, 'pending', 1, 1),"
     " (5, 5, 5, 'pending', 1, 1), (6, 6, 5, 'pending', 1, 1)"),
    "INSERT INTO outbox(id, chat_id, notice, not_before, created_at) VALUES (9, 5, 'n', 1, 1)",
)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
async def test_the_fair_queue_migration_numbers_what_is_queued_per_chat_and_feed(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    store: StoreAPI
    if backend == "sqlite":
        path = tmp_path / "v7.sqlite3"
        db = sqlite3.connect(path)
        db.executescript(";".join([*MIGRATIONS[:7], *BACKLOG]) + "; PRAGMA user_version=7;")
        db.close()
        store = AsyncSqliteStore(path)
    else:
        url = await request.getfixturevalue("pg_server").new_database()
        con = await asyncpg.connect(url)
        try:
            await con.execute(";".join(["CREATE TABLE newsbot_schema(version INTEGER NOT NULL)",
                                        "INSERT INTO newsbot_schema VALUES (5)", *PG_MIGRATIONS[:5], *BACKLOG]))
        finally:
            await con.close()
        store = PostgresStore(url, pace=UNLIMITED)
    await store.open()
    try:
        rows = await query(store, "SELECT id, feed_url, turn FROM outbox WHERE state='pending' ORDER BY turn, id")
        assert [(r["id"], r["feed_url"], r["turn"]) for r in rows] == [
            (2, "a", 0), (4, "b", 0), (9, "", 0), (3, "a", 1), (6, "b", 1), (5, "a", 2)]
        assert [m.id for m in await store.claim_due(now=2, busy_chats=(), limit=5)] == [2]
    finally:
        await store.close()
