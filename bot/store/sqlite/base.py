"""One SQLite connection on one worker thread; every public store method is one atomic step there.

The shared steps speak through `SqliteTx`, whose methods never suspend: each store call is one job on the
store thread that drives its coroutine to the end (`tx.drive`), so a call costs one thread hand-off.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from ..errors import DiskFullError, StoreError, StoreLostError
from ..faults import Faults
from ..tx import Row, TxStore
from .fileguard import FileGuard
from .lineage import lost_before
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
    `async with` (the latter never suspends). `wrote` is called after a commit that changed rows."""

    def __init__(self, db: sqlite3.Connection, wrote: Callable[[], None]):
        self.db = db
        self.wrote = wrote
        self.outer = False
        self.changes = 0

    def __enter__(self) -> SqliteTx:
        self.outer = not self.db.in_transaction
        if self.outer:
            self.db.execute("BEGIN IMMEDIATE")
            self.changes = self.db.total_changes
        return SqliteTx(self.db)

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if not self.outer:
            return
        if exc_type is not None:
            self._rollback()
            return
        try:
            self.db.execute("COMMIT")
        except BaseException:
            self._rollback()  # never leave it open: the next write would join it and never commit
            raise
        if self.db.total_changes != self.changes:
            self.wrote()

    def _rollback(self) -> None:
        """SQLite may have rolled back already (it does on a full disk): a ROLLBACK then would fail and hide why."""
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

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
        self.faults = Faults()
        self.file = FileGuard(self.path)
        self.replaces_lost: str | None = None  # why this new database is thought to replace a lost one

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
            created = self._migrate() == 0
            with self._write():  # fail now, naming the file, if it is read-only or locked for good
                db.execute("UPDATE feeds SET url=url WHERE 0")
            for suffix in ("-wal", "-shm"):
                extra = self.path.with_name(self.path.name + suffix)
                if extra.exists():
                    os.chmod(extra, 0o600)
            self.file.open()
            self.replaces_lost = lost_before(self.path, created_now=created)
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
        self.file.close()

    async def close(self) -> None:
        await self.run(self.close_sync)
        self._executor.shutdown(wait=True)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run one store job on the store thread; a database failure names the file, and a full disk or a lost
        file becomes the store's fault."""
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, self._guarded, fn, args)
        except StoreError as exc:
            self.faults.note(exc)
            raise

    def _guarded(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        try:
            return fn(*args)
        except sqlite3.Error as exc:
            raise self.classify(exc) from exc
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
            raise DiskFullError(f"{self.path}: the disk is full ({exc.strerror or exc})") from exc

    def classify(self, exc: sqlite3.Error) -> StoreError:
        """SQLite's error as ours: a full disk, a damaged file, or anything else."""
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # the primary result code
        if code == sqlite3.SQLITE_FULL:
            return DiskFullError(f"{self.path}: the disk is full ({exc})")
        if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return StoreLostError(f"{self.path}: {exc}: restart newsbot (the database file is damaged)")
        return StoreError(f"{self.path}: {exc}")

    async def check(self) -> None:
        """Is the open file still the database at the path (see fileguard.py)? If not, the store is lost: no
        more writes go to it, and what it held is saved beside the path while that is still possible."""
        problem = None if self.faults.lost or self._db is None else self.file.problem()
        if problem is None:
            return
        saved = self._save_ghost() if not problem.startswith("was truncated") else None
        keep = (f"its last state is saved in {saved} (to keep it, stop newsbot and move that file to "
                f"{self.path}); ") if saved else ""
        self.faults.note(StoreLostError(f"the database file {self.path} {problem} while newsbot was running; "
                                        f"nothing more is written to it; {keep}restart newsbot"))

    def _save_ghost(self) -> Path | None:
        """A copy of the open database (SQLite still reads the unlinked file) next to its path; None if it fails."""
        target = self.path.with_name(f"{self.path.name}.lost-{int(time.time())}")
        try:
            copy = sqlite3.connect(target)
            try:
                self.db.backup(copy)
            finally:
                copy.close()
            os.chmod(target, 0o600)
        except (sqlite3.Error, OSError):
            with contextlib.suppress(OSError):
                target.unlink()
            return None
        return target

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise StoreError(f"{self.path}: the store is not open")
        return self._db

    def _write(self) -> _Write:
        if self.faults.lost:  # the file is gone: what would be written now is lost at the next start
            raise StoreLostError(f"{self.path}: not written: the database file was lost (restart newsbot)")
        return _Write(self.db, self.faults.wrote)

    def _read(self) -> _Read:
        return _Read(self.db)

    def _migrate(self) -> int:
        """Bring the schema up to date; returns the version found (0: the database was just created)."""
        version: int = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path}: schema version {version} is newer than this program "
                             f"({len(MIGRATIONS)}); upgrade newsbot")
        for number in range(version, len(MIGRATIONS)):
            with self._write():
                for statement in _split_sql(MIGRATIONS[number]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={number + 1}")
        return version


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
