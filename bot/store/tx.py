"""The small transaction interface the shared store steps are written against, once for both databases.

Why a thin interface of our own and not SQLAlchemy Core: the steps are a few dozen fixed statements, the two
dialects differ only in placeholders (`?` vs `$n`, translated here once per statement and cached) and in
how a list is passed (`IN (?,?)` vs `= ANY($n)`, `Tx.in_list`), and on SQLite the step must stay one thread
hand-off whose Python cost is a few microseconds; Core would add statement compilation (or its cache
lookups) and result wrapping to every call on the poll path. Measured with `python bench/storebench.py`
(2,000 feeds, SQLite temp file, best of 5 rounds x 3 runs; bench/BENCH.md): a 304 poll costs 25 us against
27 us before; a 200 poll with nothing new 172 us against 135 us, the price of reading the feed's row under
the write lock so the shared transition (feedstate.py) decides the new state instead of the SQL.

SQLite runs each store call as one job on its own thread, and its `Tx` never suspends, so a shared
coroutine is driven to completion right there by `drive` (no event loop on that thread).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Coroutine, Iterable, Iterator, Sequence
from contextlib import AbstractAsyncContextManager
from functools import lru_cache
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Row(Protocol):
    """A sqlite3.Row or an asyncpg Record: both index by column name and by position."""

    def __getitem__(self, key: Any, /) -> Any: ...

    def __iter__(self) -> Iterator[Any]: ...

    def keys(self) -> Any: ...


class Tx(Protocol):
    """One open transaction. SQL uses `?` placeholders; `execute` returns the rows it changed."""

    async def execute(self, sql: str, *args: Any) -> int: ...

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    async def fetch(self, sql: str, *args: Any) -> Sequence[Row]: ...

    async def fetchrow(self, sql: str, *args: Any) -> Row | None: ...

    async def fetchval(self, sql: str, *args: Any) -> Any: ...

    def in_list(self, column: str, values: Sequence[Any]) -> tuple[str, tuple[Any, ...]]:
        """`column IN (...)` for this dialect: the SQL fragment and the arguments it takes."""
        ...


_PLACEHOLDER = re.compile(r"'[^']*'|\?")


@lru_cache(maxsize=512)
def numbered(sql: str) -> str:
    """`?` -> `$1..$n` for asyncpg (question marks inside string literals are left alone)."""
    counter: Iterator[int] = iter(range(1, 10_000))

    def sub(m: re.Match[str]) -> str:
        return m.group(0) if m.group(0) != "?" else f"${next(counter)}"

    return _PLACEHOLDER.sub(sub, sql)


def drive(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine that never suspends (a shared step over SQLite's Tx) to its result, synchronously."""
    try:
        coro.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    coro.close()
    raise RuntimeError("a store step suspended on a synchronous connection")


class TxStore(ABC):
    """What the shared steps need of a backend: transactions and the few hooks where the dialects differ.

    Each public step opens `_write()` (one transaction) or `_read()` (autocommit reads) and speaks through
    the `Tx` it gets. The hooks are no-ops for one SQLite instance; PostgreSQL fills them in.
    """

    owner: str
    FOR_UPDATE = ""  # how a step locks a row it rewrites (SQLite's BEGIN IMMEDIATE already locks the file)

    @abstractmethod
    def _write(self) -> AbstractAsyncContextManager[Tx]: ...

    @abstractmethod
    def _read(self) -> AbstractAsyncContextManager[Tx]: ...

    def _feed_release(self) -> tuple[str, tuple[Any, ...]]:
        """Extra `SET` assignments (and their arguments) for a poll's outcome: PostgreSQL ends the lease."""
        return "", ()

    async def _serialise_commits(self, tx: Tx) -> None:  # noqa: B027 - a hook: a no-op unless a dialect needs it
        """Make `commit_poll` transactions take turns (SQLite: they do already, one writer at a time)."""

    async def _sent(self, tx: Tx, ids: Sequence[int], now: float) -> None:  # noqa: B027 - a hook, as above
        """A message just went to these rows' chats (PostgreSQL paces the chat across instances)."""
