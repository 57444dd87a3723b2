"""Stories, both backends: the clustering window's stories, one story by id, and forgetting old ones."""

from __future__ import annotations

import json

from .tx import TxStore


class StorySteps(TxStore):
    async def recent_stories(self, *, since: float,
                             after_id: int = 0) -> list[tuple[int, str, float, str, tuple[str, ...]]]:
        """(id, title, first_seen, summary, topics) of the clustering window's stories with an id above
        `after_id`, by id. Stories become visible in id order (commit_poll transactions take turns), so a
        reader that asks for the ids above the last it saw misses none."""
        async with self._read() as tx:
            rows = await tx.fetch("SELECT id, title, first_seen, summary, topics FROM stories WHERE first_seen >= ?"
                                  " AND id > ? AND url != feed_url AND merged_into IS NULL ORDER BY id",
                                  since, after_id)
        return [(r[0], r[1], r[2], r[3] or "", tuple(json.loads(r[4] or "[]"))) for r in rows]

    async def prune(self, *, older_than: float) -> int:
        """Forget items, delivered stories and notices older than the retention; returns rows removed."""
        async with self._write() as tx:
            n = await tx.execute("DELETE FROM item_keys WHERE seen_at < ?", older_than)
            n += await tx.execute(
                "DELETE FROM stories WHERE first_seen < ? AND NOT EXISTS (SELECT 1 FROM outbox o"
                " WHERE o.story_id=stories.id AND o.state IN ('pending','sending'))", older_than)
            n += await tx.execute("DELETE FROM outbox WHERE story_id IS NULL AND created_at < ?"
                                  " AND state IN ('sent','failed')", older_than)
        return n
