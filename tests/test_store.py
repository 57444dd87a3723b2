"""The store on a real SQLite file: one transaction per poll, the outbox's claim/ack, chat state."""

import os
import sqlite3
from pathlib import Path

import pytest

from bot.routing import Delivery
from bot.store import MIGRATIONS, NewStory, PollRecord, SqliteStore, StoreError


@pytest.fixture
def store(tmp_path: Path):
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


def test_the_schema_is_versioned_in_wal_mode_with_private_permissions(store: SqliteStore) -> None:
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert os.stat(store.path).st_mode & 0o777 == 0o600


def test_a_poll_marks_items_seen_and_queues_alerts_together(store: SqliteStore) -> None:
    created = store.commit_poll(record([new_story(["u:1", "g:1"])], seen=["u:2"]), title_since=0)
    assert len(created) == 1
    assert store.known_keys(["u:1", "g:1", "u:2", "u:3"], title_since=0) == {"u:1", "g:1", "u:2"}
    rows = store.outbox_rows()
    assert [(r["chat_id"], r["state"]) for r in rows] == [(1, "pending"), (2, "pending")]
    state = store.feed_state("https://ex.org/feed")
    assert state.first_ok_at == 1000.0 and state.etag == '"e1"' and state.failures == 0


def test_a_story_that_arrived_meanwhile_through_another_feed_is_not_queued_twice(store: SqliteStore) -> None:
    store.commit_poll(record([new_story(["u:1"])]), title_since=0)
    # a second feed decided "new" before the first committed: the transaction re-checks
    created = store.commit_poll(record([new_story(["g:other", "u:1"])], url="https://other/feed"), title_since=0)
    assert created == []
    assert len(store.outbox_rows()) == 2
    assert store.known_keys(["g:other"], title_since=0) == {"g:other"}


def test_headline_keys_only_count_inside_the_window(store: SqliteStore) -> None:
    store.commit_poll(record([new_story(["u:1", "h:abc"])], now=1000.0), title_since=0)
    assert store.known_keys(["h:abc"], title_since=999.0) == {"h:abc"}
    assert store.known_keys(["h:abc"], title_since=1001.0) == set()


def test_claim_takes_only_the_head_of_each_chat_in_order(store: SqliteStore) -> None:
    store.commit_poll(record([new_story(["u:1"]), new_story(["u:2"], title="second")]), title_since=0)
    first = store.claim_due(now=2000, busy_chats=(), limit=10)
    assert sorted(m.chat_id for m in first) == [1, 2]
    assert all(m.story.title == "DeepSeek ships a model" for m in first)
    assert store.claim_due(now=2000, busy_chats=(), limit=10) == []  # heads are in flight
    store.ack_sent(first[0].id, now=2001, message_id=7)
    nxt = store.claim_due(now=2002, busy_chats=(), limit=10)
    assert [(m.chat_id, m.story.title) for m in nxt] == [(first[0].chat_id, "second")]


def test_in_flight_messages_are_sent_again_after_a_crash(store: SqliteStore) -> None:
    store.commit_poll(record([new_story(["u:1"], chats=(1,))]), title_since=0)
    (msg,) = store.claim_due(now=2000, busy_chats=(), limit=10)
    assert store.recover_in_flight() == 1
    (again,) = store.claim_due(now=2000, busy_chats=(), limit=10)
    assert again.id == msg.id and again.attempts == 2


def test_retry_later_respects_not_before(store: SqliteStore) -> None:
    store.commit_poll(record([new_story(["u:1"], chats=(1,))]), title_since=0)
    (msg,) = store.claim_due(now=2000, busy_chats=(), limit=10)
    store.retry_later(msg.id, not_before=2100, error="boom")
    assert store.claim_due(now=2050, busy_chats=(), limit=10) == []
    assert store.next_due_at() == 2100
    assert len(store.claim_due(now=2100, busy_chats=(), limit=10)) == 1


def test_a_blocked_chat_parks_its_queue_and_gets_no_new_alerts(store: SqliteStore) -> None:
    store.commit_poll(record([new_story(["u:1"])]), title_since=0)
    assert store.block_chat(1, reason="Forbidden: bot was blocked by the user", now=1) == 1
    store.commit_poll(record([new_story(["u:2"])]), title_since=0)
    chats = [(r["chat_id"], r["state"]) for r in store.outbox_rows()]
    assert chats == [(1, "failed"), (2, "pending"), (2, "pending")]


def test_a_migrated_chat_moves_its_queue_and_future_alerts(store: SqliteStore) -> None:
    store.commit_poll(record([new_story(["u:1"], chats=(-5,))]), title_since=0)
    store.migrate_chat(-5, -1005, now=1)
    store.commit_poll(record([new_story(["u:2"], chats=(-5,))]), title_since=0)
    assert [r["chat_id"] for r in store.outbox_rows()] == [-1005, -1005]


def test_prune_forgets_old_items_but_keeps_undelivered_stories(store: SqliteStore) -> None:
    store.commit_poll(record([new_story(["u:1"], chats=(1,))], seen=["u:9"], now=100), title_since=0)
    store.prune(older_than=200)
    assert store.known_keys(["u:9", "u:1"], title_since=0) == set()
    assert len(store.outbox_rows()) == 1  # still pending: kept


def test_failures_count_up_and_reset_on_success(store: SqliteStore) -> None:
    url = "https://ex.org/feed"
    assert store.record_failure(url, now=1, kind="timeout", message="slow", next_poll_at=60) == 1
    assert store.record_failure(url, now=2, kind="http", message="503", next_poll_at=120) == 2
    assert store.feed_state(url).last_error_kind == "http"
    store.record_not_modified(url, now=3, next_poll_at=300)
    assert store.feed_state(url).failures == 0


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
        state = store.feed_state("https://ex.org/f")
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


def test_failing_since_is_set_once_and_cleared_by_success(store: SqliteStore) -> None:
    url = "https://ex.org/feed"
    store.record_failure(url, now=10, kind="dns", message="x", next_poll_at=20)
    store.record_failure(url, now=30, kind="dns", message="x", next_poll_at=40)
    assert store.feed_state(url).failing_since == 10
    store.set_down_reported(url, True)
    assert store.feed_state(url).down_reported
    store.record_not_modified(url, now=50, next_poll_at=60)
    assert store.feed_state(url).failing_since is None
