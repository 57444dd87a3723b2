"""SQLite: the shared steps over one connection, plus what only one instance on one file does."""

from __future__ import annotations

from collections.abc import Sequence

from ...models import FeedState
from ..chats import ChatSteps
from ..polls import PollSteps
from ..stories import StorySteps
from ..websub import WebSubSteps
from .base import StoreBase
from .outbox import SqliteOutbox


class SqliteStore(PollSteps, StorySteps, SqliteOutbox, ChatSteps, WebSubSteps, StoreBase):
    """SQLite in WAL mode. Its methods are coroutines that never suspend: `AsyncSqliteStore` drives each to
    the end on the store thread (`tx.drive`)."""

    async def lease_feed(self, url: str, *, now: float, ttl: float) -> FeedState | None:
        """One instance only: the scheduler is the sole poller, so the lease is always granted."""
        return await self.feed_state(url)

    async def lease_role(self, name: str, *, now: float, ttl: float) -> bool:
        """One instance only: it plays every role."""
        return True

    async def write_cached_states(self, states: Sequence[FeedState]) -> None:
        """States the cache already moved on (polls that found nothing new), in one transaction; the item
        digests, which the cache does not hold, are left as they are."""
        async with self._write() as tx:
            await tx.executemany("INSERT INTO feeds(url) VALUES (?) ON CONFLICT DO NOTHING", [(s.url,) for s in states])
            await self._write_feeds(tx, states, cached=True)

    async def mentions_per_day(self, *, since: float) -> list[tuple[str, str, int]]:
        """(day 'YYYY-MM-DD' UTC, topic, stories) for the trend chart."""
        async with self._read() as tx:
            rows = await tx.fetch(
                "SELECT date(first_seen, 'unixepoch') AS day, j.value AS topic, COUNT(*) FROM stories,"
                " json_each(stories.topics) AS j WHERE first_seen >= ? AND url != feed_url AND merged_into IS NULL"
                " GROUP BY day, topic ORDER BY day", since)
        return [(r[0], r[1], r[2]) for r in rows]
