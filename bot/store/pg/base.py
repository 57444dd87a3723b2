"""One asyncpg pool; every public method is one transaction, and every failure names the server, not the password."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

import asyncpg

from ...models import StoreFault
from ...pacing import Pace
from ..api import instance_id
from ..errors import DiskFullError, StoreError, redact_url
from ..faults import Faults
from ..tx import Row, Tx, TxStore, numbered
from .schema import PG_MIGRATIONS

# pg_advisory_xact_lock keys: serialise the few steps that must not interleave across instances
MIGRATE_LOCK = 0x6E62_0001  # schema changes while several instances start at once
COMMIT_LOCK = 0x6E62_0002  # commit_poll: two feeds carrying one story at once still make one story
CLAIM_LOCK = 0x6E62_0003  # outbox claims: the head of a chat's queue is taken by one instance only

# what a pool hands out (a proxy) and a plain connection: both run queries alike
Connection = asyncpg.Connection | asyncpg.pool.PoolConnectionProxy

DB_ERRORS = (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, asyncio.TimeoutError)
DISK_FULL = "53100"  # SQLSTATE disk_full: the server could not extend a file or write its WAL


class PgTx:
    """`Tx` over one pooled asyncpg connection: `?` placeholders become `$n` (translated once, cached)."""

    def __init__(self, con: Connection):
        self.con = con
        self.changed = 0  # rows written by execute/executemany: a commit that needed room (see faults.py)

    async def execute(self, sql: str, *args: Any) -> int:
        count = rowcount(await self.con.execute(numbered(sql), *args))
        self.changed += count
        return count

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        args = list(rows)
        if args:
            await self.con.executemany(numbered(sql), args)
            self.changed += len(args)

    async def fetch(self, sql: str, *args: Any) -> Sequence[Row]:
        rows: Sequence[Row] = await self.con.fetch(numbered(sql), *args)
        return rows

    async def fetchrow(self, sql: str, *args: Any) -> Row | None:
        row: Row | None = await self.con.fetchrow(numbered(sql), *args)
        return row

    async def fetchval(self, sql: str, *args: Any) -> Any:
        return await self.con.fetchval(numbered(sql), *args)

    def in_list(self, column: str, values: Sequence[Any]) -> tuple[str, tuple[Any, ...]]:
        return f"{column} = ANY(?)", (list(values),)


class PgBase(TxStore):
    FOR_UPDATE = " FOR UPDATE"  # the feed is leased anyway; this also orders a stray second writer

    def __init__(self, url: str, *, claim_ttl: float = 60.0, pace: Pace | None = None, pool_size: int = 10,
                 owner: str | None = None):
        self.url = url
        self.claim_ttl = claim_ttl
        self.pace = pace or Pace()
        self.pool_size = pool_size
        self.owner = owner or instance_id()
        self._pool: asyncpg.Pool | None = None
        self.faults = Faults()

    shared = True
    replaces_lost = None  # a server's database has no file beside it to remember a lost one by

    @property
    def fault(self) -> StoreFault | None:
        return self.faults.current

    async def check(self) -> None:
        """The server keeps its own files; a full disk shows in the answers (SQLSTATE 53100)."""

    @property
    def describe(self) -> str:
        return redact_url(self.url)

    def _error(self, exc: BaseException, doing: str = "") -> StoreError:
        """A StoreError naming the server and database; the password is scrubbed from any echo of the URL."""
        text = str(exc) or type(exc).__name__
        try:
            password = urlsplit(self.url).password
        except ValueError:
            password = None
        if password:
            text = text.replace(password, "***")
        text = text.replace(self.url, self.describe)
        if getattr(exc, "sqlstate", None) == DISK_FULL:
            return DiskFullError(f"{self.describe}: the server's disk is full ({doing}{text})")
        return StoreError(f"{self.describe}: {doing}{text}")

    async def open(self) -> None:
        try:
            self._pool = await asyncpg.create_pool(self.url, min_size=1, max_size=self.pool_size, timeout=10,
                                                   command_timeout=60)
        except (*DB_ERRORS, ValueError) as exc:  # ValueError: asyncpg could not parse the URL
            raise self._error(exc, "cannot connect: ") from None
        await self._migrate()

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    @asynccontextmanager
    async def _conn(self) -> AsyncIterator[Connection]:
        """A pooled connection for one read (autocommit)."""
        if self._pool is None:
            raise StoreError(f"{self.describe}: the store is not open")
        try:
            async with self._pool.acquire() as con:
                yield con
        except DB_ERRORS as exc:
            error = self._error(exc)
            self.faults.note(error)
            raise error from exc

    @asynccontextmanager
    async def _tx(self) -> AsyncIterator[Connection]:
        """One transaction (READ COMMITTED: each statement sees what other instances committed before it)."""
        async with self._conn() as con, con.transaction():
            yield con

    @asynccontextmanager
    async def _write(self) -> AsyncIterator[Tx]:
        async with self._tx() as con:
            tx = PgTx(con)
            yield tx
        if tx.changed:
            self.faults.wrote()

    @asynccontextmanager
    async def _read(self) -> AsyncIterator[Tx]:
        async with self._conn() as con:
            yield PgTx(con)

    async def _serialise_commits(self, tx: Tx) -> None:
        """Commits take turns across instances, so the re-check of keys sees every story committed before."""
        await tx.execute("SELECT pg_advisory_xact_lock(?)", COMMIT_LOCK)

    async def _migrate(self) -> None:
        async with self._tx() as con:
            await con.execute("SELECT pg_advisory_xact_lock($1)", MIGRATE_LOCK)
            await con.execute("CREATE TABLE IF NOT EXISTS newsbot_schema(version INTEGER NOT NULL)")
            version = await con.fetchval("SELECT version FROM newsbot_schema")
            if version is None:
                version = 0
                await con.execute("INSERT INTO newsbot_schema(version) VALUES (0)")
            if version > len(PG_MIGRATIONS):
                raise StoreError(f"{self.describe}: schema version {version} is newer than this program "
                                 f"({len(PG_MIGRATIONS)}); upgrade newsbot")
            for number in range(version, len(PG_MIGRATIONS)):
                await con.execute(PG_MIGRATIONS[number])
            await con.execute("UPDATE newsbot_schema SET version=$1", len(PG_MIGRATIONS))

    async def lease_role(self, name: str, *, now: float, ttl: float) -> bool:
        """Take the role if it is free or its holder's term ran out; renew it if this instance holds it."""
        async with self._tx() as con:
            return await con.fetchval(
                "INSERT INTO roles(name, owner, until) VALUES ($1,$2,$3) ON CONFLICT(name) DO UPDATE"
                " SET owner=excluded.owner, until=excluded.until WHERE roles.owner=excluded.owner OR roles.until<$4"
                " RETURNING owner", name, self.owner, now + ttl, now) is not None


def rowcount(status: str) -> int:
    """asyncpg answers 'UPDATE 3'; the number of rows is its last word."""
    return int(status.rsplit(" ", 1)[-1])
