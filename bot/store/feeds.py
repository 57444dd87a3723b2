"""Feed state, both backends: read the row, apply a pure transition (feedstate.py), write back what it returned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from operator import attrgetter

from ..models import FeedHealth, FeedState
from .feedstate import after_failure, after_not_modified
from .records import FEED_COLUMNS, feed_state_of
from .tx import Tx, TxStore

# every column of the record but the key, in one fixed order: the one UPDATE that writes a feed's state.
# A state held by the SQLite cache lacks the item digests (the poller keeps them): its write leaves them be.
_COLUMNS = tuple(f.name for f in fields(FeedState) if f.name != "url")
_CACHED = tuple(c for c in _COLUMNS if c != "seen_items")
_WRITES = {cols: (", ".join(f"{c}=?" for c in cols), attrgetter(*cols, "url")) for cols in (_COLUMNS, _CACHED)}


class FeedSteps(TxStore):
    async def feed_state(self, url: str) -> FeedState:
        async with self._read() as tx:
            row = await tx.fetchrow(f"SELECT {FEED_COLUMNS} FROM feeds WHERE url=?", url)
        return FeedState(url=url) if row is None else feed_state_of(row)

    async def feed_states(self) -> dict[str, FeedState]:
        async with self._read() as tx:
            rows = await tx.fetch(f"SELECT {FEED_COLUMNS} FROM feeds")
        return {r["url"]: feed_state_of(r) for r in rows}

    async def feed_health(self) -> dict[str, FeedHealth]:
        async with self._read() as tx:
            rows = await tx.fetch("SELECT url, failures, last_ok_at FROM feeds")
        return {r[0]: FeedHealth(r[1], r[2]) for r in rows}

    async def record_failure(self, url: str, *, now: float, kind: str, message: str, next_poll_at: float,
                             gone: bool = False) -> int:
        """Count one more consecutive failure; returns the new count."""
        async with self._write() as tx:
            state = after_failure(await self._locked_feed(tx, url), now=now, kind=kind, message=message,
                                  next_poll_at=next_poll_at, gone=gone)
            await self._write_feed(tx, state)
        return state.failures

    async def record_not_modified(self, url: str, *, now: float, next_poll_at: float) -> None:
        async with self._write() as tx:
            await self._write_feed(tx, after_not_modified(await self._locked_feed(tx, url), now=now,
                                                          next_poll_at=next_poll_at))

    async def set_down_reported(self, url: str, reported: bool) -> None:
        async with self._write() as tx:
            await tx.execute("UPDATE feeds SET down_reported=? WHERE url=?", int(reported), url)

    async def _locked_feed(self, tx: Tx, url: str) -> FeedState:
        """The feed's row, created if new, locked until the transaction ends (it is about to be rewritten)."""
        select = f"SELECT {FEED_COLUMNS} FROM feeds WHERE url=?{self.FOR_UPDATE}"
        row = await tx.fetchrow(select, url)
        if row is None:
            await tx.execute("INSERT INTO feeds(url) VALUES (?) ON CONFLICT DO NOTHING", url)
            row = await tx.fetchrow(select, url)
        assert row is not None  # inserted just above, inside this transaction
        return feed_state_of(row)

    async def _write_feed(self, tx: Tx, state: FeedState) -> None:
        """Write the whole state a transition returned: one UPDATE for every outcome of a poll."""
        release, args = self._feed_release()
        assignments, get = _WRITES[_COLUMNS]
        await tx.execute(f"UPDATE feeds SET {assignments}{release} WHERE url=?", *_with(get(state), args))

    async def _write_feeds(self, tx: Tx, states: Sequence[FeedState], *, cached: bool = False) -> None:
        release, args = self._feed_release()
        assignments, get = _WRITES[_CACHED if cached else _COLUMNS]
        sql = f"UPDATE feeds SET {assignments}{release} WHERE url=?"
        await tx.executemany(sql, [_with(get(s), args) for s in states])


def _with(values: tuple[object, ...], args: tuple[object, ...]) -> tuple[object, ...]:
    """The release's arguments go between the columns and the key."""
    if not args:
        return values
    return (*values[:-1], *args, values[-1])
