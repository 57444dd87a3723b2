"""One SQLite connection on one worker thread; every public store method is one atomic step there.

The shared steps speak through `SqliteTx`, whose methods never suspend: each store call is one job on the
store thread that drives its coroutine to the end (`tx.drive`), so a call costs one thread hand-off.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from ..errors import StoreError
from ..tx import Row, TxStore
from .schema import MIGRATIONS

T = TypeVar("T")


class SqliteTx:
    """`Tx` over the store thread's connection: SQL runs as written (`?` placeholders), synchronously."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    async def execute(self, sql: str, *args: Any) -> int:
        return self.db.execute(sql, args).rowcount

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.db.executemany(sql, rows)

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        return self.db.execute(sql, args).fetchall()

    async def fetchrow(self, sql: str, *args: Any) -> Row | None:
        cur = self.db.execute(sql, args)
        row: Row | None = cur.fetchone()
        cur.close()  # ends an INSERT ... RETURNING statement now
        return row

    async def fetchval(self, sql: str, *args: Any) -> Any:
        row = await self.fetchrow(sql, *args)
        return None if row is None else row[0]

    def in_list(self, column: str, values: Sequence[Any]) -> tuple[str, tuple[Any, ...]]:
        return f"{column} IN ({','.join('?' * len(values))})", tuple(values)


class _Write:
    """BEGIN IMMEDIATE ... COMMIT/ROLLBACK; nested use joins the outer transaction. Usable with `with` and
    `async with` (the latter never suspends)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.outer = False

    def __enter__(self) -> SqliteTx:
        self.outer = not self.db.in_transaction
        if self.outer:
            self.db.execute("BEGIN IMMEDIATE")
        return SqliteTx(self.db)

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if not self.outer:
            return
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")

    async def __aenter__(self) -> SqliteTx:
        return self.__enter__()

    async def __aexit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self.__exit__(exc_type, exc, tb)


class _Read:
    """Autocommit reads (WAL: they never wait for the writer)."""

    def __init__(self, db: sqlite3.Connection):
        self.tx = SqliteTx(db)

    async def __aenter__(self) -> SqliteTx:
        return self.tx

    async def __aexit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        return None


class StoreBase(TxStore):
    def __init__(self, path: Path, *, busy_timeout_ms: int = 10_000, owner: str = ""):
        self.path = Path(path)
        self.owner = owner
        self._busy_timeout_ms = busy_timeout_ms
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._db: sqlite3.Connection | None = None

    def open_sync(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fresh = not self.path.exists()
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            if fresh:
                os.chmod(self.path, 0o600)
            db.row_factory = sqlite3.Row
            db.execute(f"PRAGMA busy_timeout={int(self._busy_timeout_ms)}")
            mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError(f"{self.path}: cannot switch to WAL mode (got {mode})")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            self._db = db
            self._migrate()
            with self._write():  # fail now, naming the file, if it is read-only or locked for good
                db.execute("UPDATE feeds SET url=url WHERE 0")
            for suffix in ("-wal", "-shm"):
                extra = self.path.with_name(self.path.name + suffix)
                if extra.exists():
                    os.chmod(extra, 0o600)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: {exc.strerror or exc}") from exc

    async def open(self) -> None:
        await self.run(self.open_sync)

    def close_sync(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("PRAGMA optimize")
            self._db.close()
            self._db = None

    async def close(self) -> None:
        await self.run(self.close_sync)
        self._executor.shutdown(wait=True)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run one store job on the store thread; a database failure names the file."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, self._guarded, fn, args)

    def _guarded(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        try:
            return fn(*args)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise StoreError(f"{self.path}: the store is not open")
        return self._db

    def _write(self) -> _Write:
        return _Write(self.db)

    def _read(self) -> _Read:
        return _Read(self.db)

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path}: schema version {version} is newer than this program "
                             f"({len(MIGRATIONS)}); upgrade newsbot")
        for number in range(version, len(MIGRATIONS)):
            with self._write():
                for statement in _split_sql(MIGRATIONS[number]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={number + 1}")


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
