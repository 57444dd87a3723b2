"""What tests read straight from a store's database (not part of `StoreAPI`): outbox rows, chat marks, the
schema version. A separate small connection each time, to the SQLite file or the PostgreSQL database."""

from __future__ import annotations

import sqlite3
from typing import Any

import asyncpg

from bot.store import AsyncSqliteStore, StoreAPI


async def query(store: StoreAPI | Any, sql: str) -> list[dict[str, Any]]:
    """Rows of one read-only query (no placeholders: the SQL is the same on both backends)."""
    if isinstance(store, AsyncSqliteStore):
        db = sqlite3.connect(store.sync.path)
        db.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in db.execute(sql).fetchall()]
        finally:
            db.close()
    con = await asyncpg.connect(store.url)
    try:
        return [dict(r) for r in await con.fetch(sql)]
    finally:
        await con.close()


async def outbox_rows(store: StoreAPI | Any) -> list[dict[str, Any]]:
    """Every outbox row in queue order, with its story's title and URL (None for a notice)."""
    return await query(store, "SELECT o.*, s.title, s.url FROM outbox o LEFT JOIN stories s ON s.id=o.story_id"
                              " ORDER BY o.id")


async def chat_states(store: StoreAPI | Any) -> dict[int, dict[str, Any]]:
    return {r["chat_id"]: r for r in await query(store, "SELECT * FROM chats")}


async def schema_version(store: StoreAPI | Any) -> int:
    if isinstance(store, AsyncSqliteStore):
        return int((await query(store, "PRAGMA user_version"))[0]["user_version"])
    return int((await query(store, "SELECT version FROM newsbot_schema"))[0]["version"])


async def fill_disk(store: AsyncSqliteStore) -> None:
    """The database may grow no more: SQLite then answers a write that needs a new page with SQLITE_FULL, as on a
    full disk (a connection's `max_page_count`; no real disk is filled)."""
    def cap() -> None:
        db = store.sync.db
        db.execute(f"PRAGMA max_page_count={int(db.execute('PRAGMA page_count').fetchone()[0])}")

    await store.sync.run(cap)


async def free_disk(store: AsyncSqliteStore) -> None:
    """Space is back."""
    await store.sync.run(lambda: store.sync.db.execute("PRAGMA max_page_count=1073741823"))


async def overflow(store: StoreAPI) -> None:
    """A write that needs many new pages (200 KB of notices), through the store's own API."""
    await store.queue_notice(list(range(1, 51)), "x" * 4000, now=0.0)
