"""The store under a full disk and with its file lost: it says which, keeps what it could not write for later,
writes nothing more to a lost file, and a new database where one lived is known for what it is.

The disk is "full" through SQLite's `max_page_count` (support/store_probe.py) or a PostgreSQL trigger raising
SQLSTATE 53100; files are deleted, replaced and truncated under the open store. No real disk is filled."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import asyncpg
import pytest
from test_refresh import STORY, Rig, rig  # noqa: F401 - `rig` is the fixture the refresh tests use

from bot.models import FeedState
from bot.store import AsyncSqliteStore, SqliteStore
from bot.store.errors import DiskFullError, StoreLostError
from bot.store.pg import PostgresStore
from bot.store.sqlite.fileguard import header_problem
from bot.store.sqlite.lineage import note_path
from bot.store.tx import drive
from support.feed_server import rss
from support.store_probe import fill_disk, free_disk, outbox_rows, overflow, query

T0 = 1_760_000_000.0


def weather(n: int) -> dict[str, str]:
    """A non-matching item: recorded as seen, never alerted; many of them need new pages of item keys."""
    return {"title": f"Weather report number {n}", "link": f"https://ex.org/weather/{n}", "guid": f"weather-{n:04d}-" +
            "g" * 40, "pubDate": STORY["pubDate"]}


def files(folder: Path, pattern: str) -> list[Path]:
    return sorted(folder.glob(pattern))


# -- a full disk ---------------------------------------------------------------------------------------------

async def test_a_poll_the_full_disk_did_not_record_is_read_again_whole_and_loses_no_story(rig: Rig) -> None:  # noqa: F811
    rig.server.set_feed("/a", rss([STORY, *(weather(n) for n in range(300))]), etag=True)
    spec = rig.spec("/a")
    await fill_disk(rig.store)
    with pytest.raises(DiskFullError, match="disk is full"):
        await rig.refresher.refresh(spec)
    assert rig.store.fault is not None and rig.store.fault.kind == "disk_full"
    state = await rig.store.feed_state(spec.url)
    assert (state.first_ok_at, state.etag, state.body_hash, state.seen_items) == (None, None, None, None)
    assert await outbox_rows(rig.store) == []

    await free_disk(rig.store)
    rig.clock.now += 30
    done = await rig.refresher.refresh(spec)
    assert "If-None-Match" not in rig.server.last_headers("/a")  # the unrecorded answer's validators were not kept
    assert done.new_stories and sorted(r["chat_id"] for r in await outbox_rows(rig.store)) == [1, 2]
    assert len(await query(rig.store, "SELECT key FROM item_keys")) > 300  # every item recorded, none skipped
    assert rig.store.fault is None  # the write that needed room went through


async def test_polls_that_found_nothing_wait_in_memory_while_reads_still_answer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = AsyncSqliteStore(tmp_path / "s.sqlite3")
    await store.open()
    url = "https://ex.org/feed"
    await store.record_failure(url, now=T0, kind="timeout", message="slow", next_poll_at=T0 + 60)
    await store.record_not_modified(url, now=T0 + 60, next_poll_at=T0 + 360)  # ends the failure: written at once
    assert (await store.lease_feed(url, now=T0 + 360, ttl=60)) is not None
    await store.record_not_modified(url, now=T0 + 360, next_poll_at=T0 + 660)  # batched in memory

    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    real = store.sync.write_cached_states

    async def no_room(states: list[FeedState]) -> None:
        raise full

    monkeypatch.setattr(store.sync, "write_cached_states", no_room)
    states = await store.feed_states()  # a read still answers; the batch is kept for later
    assert states[url].last_poll_at == T0 + 60
    assert store.fault is not None and store.fault.kind == "disk_full"

    monkeypatch.setattr(store.sync, "write_cached_states", real)
    await store.record_failure("https://other.example/feed", now=T0 + 400, kind="timeout", message="x",
                               next_poll_at=T0 + 460)  # the next call writes the kept batch first
    rows = {r["url"]: r for r in await query(store, "SELECT url, last_poll_at FROM feeds")}
    assert rows[url]["last_poll_at"] == T0 + 360
    assert store.fault is None
    await store.close()


def test_a_failed_write_keeps_its_own_error_and_leaves_no_transaction_open(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.sqlite3")
    store.open_sync()
    db = store.db

    def step_that_fails() -> None:
        with store._write():
            db.execute("ROLLBACK")  # what SQLite does by itself on a full disk
            raise ValueError("the step's own error")  # was hidden by "cannot rollback - no transaction is active"

    with pytest.raises(ValueError, match="the step's own"):
        step_that_fails()
    db.execute("CREATE TEMP TABLE parent(id INTEGER PRIMARY KEY)")
    db.execute("CREATE TEMP TABLE child(pid INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError), store._write():  # COMMIT itself fails, the transaction stays open
        db.execute("INSERT INTO child VALUES (1)")
    assert not db.in_transaction  # or the next write would join it and never commit
    drive(store.queue_notice([1], "kept", now=T0))
    store.close_sync()
    other = sqlite3.connect(tmp_path / "s.sqlite3")
    assert [r[0] for r in other.execute("SELECT notice FROM outbox")] == ["kept"]
    other.close()


async def test_postgres_disk_full_is_the_store_fault_until_a_write_gets_through(pg_url: str) -> None:
    store = PostgresStore(pg_url)
    await store.open()
    con = await asyncpg.connect(pg_url)
    try:
        await con.execute(
            "CREATE FUNCTION no_room() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION"
            " 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$;"
            " CREATE TRIGGER no_room BEFORE INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION no_room()")
        with pytest.raises(DiskFullError, match="disk is full"):
            await overflow(store)
        assert store.fault is not None and store.fault.kind == "disk_full" and "53100" not in store.fault.message
        await store.outbox_counts()  # a read changes nothing
        assert store.fault is not None
        await con.execute("DROP TRIGGER no_room ON outbox")
        await overflow(store)
        assert store.fault is None
    finally:
        await con.close()
        await store.close()


# -- a lost database file ------------------------------------------------------------------------------------

def _replace(path: Path) -> None:
    other = path.with_name("other.sqlite3")
    sqlite3.connect(other).execute("CREATE TABLE x(y)").connection.close()
    os.replace(other, path)


@pytest.mark.parametrize(("how", "said"), [
    (lambda p: p.unlink(), "was deleted"),
    (_replace, "was replaced"),
    (lambda p: os.truncate(p, 0), "was truncated"),
])
async def test_a_database_file_lost_under_the_running_store_is_noticed_and_written_no_more(
        tmp_path: Path, how, said: str) -> None:
    path = tmp_path / "s.sqlite3"
    store = AsyncSqliteStore(path)
    await store.open()
    await store.queue_notice([1], "before", now=T0)
    await store.check()
    assert store.fault is None
    how(path)
    await store.check()
    assert store.fault is not None and store.fault.kind == "lost"
    assert said in store.fault.message and "restart newsbot" in store.fault.message
    with pytest.raises(StoreLostError):
        await store.queue_notice([1], "after", now=T0)  # not written to a file that is gone
    saved = files(tmp_path, "s.sqlite3.lost-*")
    if said == "was truncated":  # nothing left to save: the open file is the truncated one
        assert saved == []
    else:
        assert len(saved) == 1 and str(saved[0]) in store.fault.message
        copy = sqlite3.connect(saved[0])
        assert [r[0] for r in copy.execute("SELECT notice FROM outbox")] == ["before"]
        copy.close()
    await store.close()


def test_a_file_shorter_than_its_header_says_was_truncated(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE t(x)")
    db.executemany("INSERT INTO t VALUES (?)", [("x" * 1000,)] * 100)
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    header, size = path.read_bytes()[:100], path.stat().st_size
    db.close()
    assert header_problem(header, size) is None
    assert "was truncated" in (header_problem(header, size // 2) or "")
    assert "no SQLite header" in (header_problem(b"\0" * 100, size) or "")


async def test_a_new_database_where_one_lived_is_known_to_replace_a_lost_one(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"

    async def opened() -> str | None:
        store = AsyncSqliteStore(path)
        await store.open()
        await store.close()
        return store.replaces_lost

    assert await opened() is None  # a first install
    assert note_path(path).exists()
    assert await opened() is None  # the same database again
    for extra in files(tmp_path, "s.sqlite3*"):
        if extra != note_path(path):
            extra.unlink()
    lost = await opened()
    assert lost is not None and str(path) in lost and note_path(path).name in lost
    assert await opened() is None  # from now on it is the database that lives here
    for extra in files(tmp_path, "s.sqlite3*"):  # the whole lineage removed: a fresh start on purpose
        extra.unlink()
    assert await opened() is None
