"""Feeds on PostgreSQL: the lease that lets exactly one instance poll a due feed, and its release."""

from __future__ import annotations

from typing import Any

from ...models import FeedState
from ..feeds import FeedSteps
from ..records import FEED_COLUMNS, feed_state_of
from .base import PgBase

# recording a poll's outcome ends this instance's lease (a lease another instance took over is left alone)
RELEASE = ", lease_until=CASE WHEN lease_owner=? THEN NULL ELSE lease_until END, lease_owner=NULLIF(lease_owner, ?)"


class PgFeeds(FeedSteps, PgBase):
    def _feed_release(self) -> tuple[str, tuple[Any, ...]]:
        return RELEASE, (self.owner, self.owner)

    async def lease_feed(self, url: str, *, now: float, ttl: float) -> FeedState | None:
        """Lease the feed until now+ttl if it is due and no other live instance holds it.

        SKIP LOCKED: an instance that finds the row locked does not wait; someone else is deciding about
        this feed at this very moment, so it is not ours. A dead instance's lease simply runs out.
        """
        async with self._write() as tx:
            await tx.execute("INSERT INTO feeds(url) VALUES (?) ON CONFLICT DO NOTHING", url)
            row = await tx.fetchrow(
                f"SELECT {FEED_COLUMNS}, lease_owner, lease_until FROM feeds WHERE url=? FOR UPDATE SKIP LOCKED", url)
            if row is None:
                return None
            held = row["lease_owner"] not in (None, self.owner) and (row["lease_until"] or 0.0) > now
            due = row["next_poll_at"] is None or row["next_poll_at"] <= now
            if held or not due:
                return None
            await tx.execute("UPDATE feeds SET lease_owner=?, lease_until=? WHERE url=?", self.owner, now + ttl, url)
        return feed_state_of(row)
