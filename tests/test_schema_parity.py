"""The two schemas agree: every table's columns (name, type family, NOT NULL, primary key) are the same on SQLite
and PostgreSQL, except the columns and tables listed below, which only the shared database needs.

A migration that adds a column to one backend only fails here: add it to the other, or list it below with why.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import asyncpg

from bot.store import SqliteStore
from bot.store.pg import PostgresStore

Column = tuple[str, bool, bool]  # (type family, NOT NULL, primary key)

PG_ONLY_COLUMNS = {
    ("feeds", "lease_owner"), ("feeds", "lease_until"),  # which instance polls the feed, until when
    ("outbox", "claimed_by"), ("outbox", "claimed_until"),  # which instance sends the row; a dead one's claim expires
}
PG_ONLY_TABLES = {
    "chat_pace",  # per-chat pacing across instances (one SQLite instance paces in memory)
    "roles",  # roles only one instance may play (answering commands)
    "newsbot_schema",  # the schema version (SQLite keeps it in PRAGMA user_version)
}
SQLITE_ONLY_COLUMNS: set[tuple[str, str]] = set()  # none
SQLITE_ONLY_TABLES: set[str] = set()  # none

FAMILIES = {"text": "text", "integer": "integer", "bigint": "integer", "real": "real", "double precision": "real",
            "ARRAY": "array"}  # arrays only in PostgreSQL-only tables (chat_pace.recent)


def sqlite_schema(path: Path) -> dict[str, dict[str, Column]]:
    store = SqliteStore(path)
    store.open_sync()
    store.close_sync()
    db = sqlite3.connect(path)
    try:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'"
                                           " AND name NOT LIKE 'sqlite_%'")]
        return {t: {name: (FAMILIES[kind.lower()], bool(notnull) or bool(pk), bool(pk))
                    for _, name, kind, notnull, _, pk in db.execute(f"PRAGMA table_info({t})")} for t in tables}
    finally:
        db.close()


async def pg_schema(url: str) -> dict[str, dict[str, Column]]:
    store = PostgresStore(url)
    await store.open()
    await store.close()
    con = await asyncpg.connect(url)
    try:
        keys = {(r[0], r[1]) for r in await con.fetch(
            "SELECT k.table_name, k.column_name FROM information_schema.table_constraints c"
            " JOIN information_schema.key_column_usage k USING (constraint_schema, constraint_name)"
            " WHERE c.constraint_type='PRIMARY KEY' AND c.table_schema='public'")}
        out: dict[str, dict[str, Column]] = {}
        for table, name, kind, nullable in await con.fetch(
                "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
                " WHERE table_schema='public'"):
            out.setdefault(table, {})[name] = (FAMILIES[kind], nullable == "NO", (table, name) in keys)
        return out
    finally:
        await con.close()


def without(schema: dict[str, dict[str, Column]], tables: set[str],
            columns: set[tuple[str, str]]) -> dict[str, dict[str, Column]]:
    return {t: {c: v for c, v in cols.items() if (t, c) not in columns}
            for t, cols in schema.items() if t not in tables}


async def test_both_backends_have_the_same_tables_and_columns(tmp_path: Path, pg_url: str) -> None:
    lite = sqlite_schema(tmp_path / "s.sqlite3")
    pg = await pg_schema(pg_url)
    for table, column in PG_ONLY_COLUMNS:  # the exceptions are real: a stale entry would hide a difference
        assert column in pg[table] and column not in lite.get(table, {})
    assert set(pg) >= PG_ONLY_TABLES and not PG_ONLY_TABLES & set(lite)
    assert without(lite, SQLITE_ONLY_TABLES, SQLITE_ONLY_COLUMNS) == without(pg, PG_ONLY_TABLES, PG_ONLY_COLUMNS)


def test_the_parity_check_sees_a_column_added_to_one_backend_only(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    lite = sqlite_schema(path)
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE feeds ADD COLUMN stray TEXT")
    db.commit()
    db.close()
    assert sqlite_schema(path) != lite
