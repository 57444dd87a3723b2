"""Stories on PostgreSQL: the one query whose date and JSON functions differ from SQLite's."""

from __future__ import annotations

from .base import PgBase


class PgStories(PgBase):
    async def mentions_per_day(self, *, since: float) -> list[tuple[str, str, int]]:
        """(day 'YYYY-MM-DD' UTC, topic, stories) for the trend chart."""
        async with self._read() as tx:
            rows = await tx.fetch(
                "SELECT to_char(to_timestamp(first_seen) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, j.topic,"
                " COUNT(*) FROM stories, jsonb_array_elements_text(stories.topics::jsonb) AS j(topic)"
                " WHERE first_seen >= ? AND url != feed_url AND merged_into IS NULL GROUP BY day, j.topic ORDER BY day",
                since)
        return [(r[0], r[1], int(r[2])) for r in rows]
