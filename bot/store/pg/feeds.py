"""Feed state on PostgreSQL, and the lease that lets exactly one instance poll a due feed."""

from __future__ import annotations

import asyncpg

from ...models import FeedState
from ..records import feed_state_of
from .base import PgBase

# recording a poll's outcome ends this instance's lease (a lease another instance took over is left alone)
RELEASE = "lease_until=CASE WHEN lease_owner=$9 THEN NULL ELSE lease_until END, lease_owner=NULLIF(lease_owner, $9)"


class PgFeeds(PgBase):
    async def feed_state(self, url: str) -> FeedState:
        async with self._conn() as con:
            row = await con.fetchrow("SELECT * FROM feeds WHERE url=$1", url)
        return FeedState(url=url) if row is None else feed_state_of(row)

    async def feed_states(self) -> dict[str, FeedState]:
        async with self._conn() as con:
            rows = await con.fetch("SELECT * FROM feeds")
        return {r["url"]: feed_state_of(r) for r in rows}

    async def lease_feed(self, url: str, *, now: float, ttl: float) -> FeedState | None:
        """Lease the feed until now+ttl if it is due and no other live instance holds it.

        SKIP LOCKED: an instance that finds the row locked does not wait; someone else is deciding about
        this feed at this very moment, so it is not ours. A dead instance's lease simply runs out.
        """
        async with self._tx() as con:
            await _ensure_feed(con, url)
            row = await con.fetchrow("SELECT * FROM feeds WHERE url=$1 FOR UPDATE SKIP LOCKED", url)
            if row is None:
                return None
            held = row["lease_owner"] not in (None, self.owner) and (row["lease_until"] or 0.0) > now
            due = row["next_poll_at"] is None or row["next_poll_at"] <= now
            if held or not due:
                return None
            await con.execute("UPDATE feeds SET lease_owner=$2, lease_until=$3 WHERE url=$1", url, self.owner,
                              now + ttl)
        return feed_state_of(row)

    async def record_failure(self, url: str, *, now: float, kind: str, message: str, next_poll_at: float,
                             gone: bool = False) -> int:
        """Count one more consecutive failure; returns the new count."""
        async with self._tx() as con:
            await _ensure_feed(con, url)
            return int(await con.fetchval(
                "UPDATE feeds SET failures=failures+1, last_error=$2, last_error_kind=$3, last_poll_at=$4,"
                " next_poll_at=$5, gone=GREATEST(gone, $6), failing_since=COALESCE(failing_since, $4),"
                f" {RELEASE.replace('$9', '$7')} WHERE url=$1 RETURNING failures",
                url, message[:500], kind, now, next_poll_at, int(gone), self.owner))

    async def record_not_modified(self, url: str, *, now: float, next_poll_at: float) -> None:
        async with self._tx() as con:
            await _ensure_feed(con, url)
            await con.execute(
                "UPDATE feeds SET last_poll_at=$2, last_ok_at=$2, failures=0, last_error=NULL,"
                " last_error_kind=NULL, next_poll_at=$3, failing_since=NULL, gone=0,"
                f" {RELEASE.replace('$9', '$4')} WHERE url=$1", url, now, next_poll_at, self.owner)

    async def set_down_reported(self, url: str, reported: bool) -> None:
        async with self._tx() as con:
            await con.execute("UPDATE feeds SET down_reported=$2 WHERE url=$1", url, int(reported))


async def _ensure_feed(con: asyncpg.Connection, url: str) -> None:
    await con.execute("INSERT INTO feeds(url) VALUES ($1) ON CONFLICT DO NOTHING", url)
