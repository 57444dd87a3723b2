"""Seen items and stories: one transaction per poll, so nothing is seen without its alerts queued."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..models import Delivery, PollRecord, Story
from .base import StoreBase, chunks
from .records import story_of


class StoriesMixin(StoreBase):
    def known_keys(self, keys: Iterable[str], *, title_since: float) -> set[str]:
        """Which of `keys` were seen before (headline keys, "h:", only count inside the clustering window)."""
        found: set[str] = set()
        keys = list(dict.fromkeys(keys))
        for chunk in chunks(keys, 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT key, seen_at FROM item_keys WHERE key IN ({marks})", chunk).fetchall()
            found.update(r[0] for r in rows if not r[0].startswith("h:") or r[1] >= title_since)
        return found

    def commit_poll(self, rec: PollRecord, *, title_since: float) -> list[tuple[int, str]]:
        """Mark items seen, create stories and queue their alerts in ONE transaction.

        Keys are checked again inside the transaction, so two feeds carrying one story at the same
        moment still make one story. Returns the ids of the stories created.
        """
        created: list[tuple[int, str]] = []
        with self._tx():
            self._ensure_feed(rec.feed_url)
            for story in rec.stories:
                existing = self._story_of(story.keys, title_since) if story.keys else None
                if existing is None and story.cluster_of is not None and self.db.execute(
                        "SELECT 1 FROM stories WHERE id=?", (story.cluster_of,)).fetchone():
                    existing = story.cluster_of
                if existing is not None or (story.keys and self.known_keys(story.keys, title_since=title_since)):
                    self._insert_keys(story.keys, existing, rec.now)
                    if existing is not None:
                        self._add_source(existing, story.source)
                    continue
                cur = self.db.execute(
                    "INSERT INTO stories(title, url, source, lang, published, summary, topics, terms,"
                    " feed_url, first_seen) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (story.title, story.url, story.source, story.lang, story.published, story.summary,
                     json.dumps(list(story.topics)), json.dumps(list(story.terms), ensure_ascii=False),
                     rec.feed_url, rec.now))
                story_id = int(cur.lastrowid)
                created.append((story_id, story.title))
                self._insert_keys(story.keys, story_id, rec.now)
                for d in self._deliverable(story.deliveries):
                    self.db.execute(
                        "INSERT OR IGNORE INTO outbox(story_id, chat_id, thread_id, digest, not_before, created_at)"
                        " VALUES (?,?,?,?,?,?)", (story_id, d.chat_id, d.thread_id, int(d.digest_at is not None),
                                                  d.digest_at or rec.now, rec.now))
            self._insert_keys(rec.seen_keys, None, rec.now)
            self.db.execute(
                "UPDATE feeds SET title=COALESCE(?, title), first_ok_at=COALESCE(first_ok_at, ?),"
                " etag=?, last_modified=?, body_hash=?, last_poll_at=?, last_ok_at=?, failures=0,"
                " last_error=NULL, last_error_kind=NULL, next_poll_at=?, moved_to=COALESCE(?, moved_to),"
                " failing_since=NULL, gone=0, seen_items=COALESCE(?, seen_items)"
                " WHERE url=?",
                (rec.title, rec.now, rec.etag, rec.last_modified, rec.body_hash, rec.now, rec.now,
                 rec.next_poll_at, rec.moved_to, rec.seen_items, rec.feed_url))
        return created

    def _insert_keys(self, keys: Iterable[str], story_id: int | None, now: float) -> None:
        self.db.executemany(
            "INSERT INTO item_keys(key, story_id, seen_at) VALUES (?,?,?)"
            " ON CONFLICT(key) DO UPDATE SET seen_at=excluded.seen_at,"
            " story_id=COALESCE(item_keys.story_id, excluded.story_id)",
            [(k, story_id, now) for k in keys])

    def _story_of(self, keys: Sequence[str], title_since: float) -> int | None:
        marks = ",".join("?" * len(keys))
        row = self.db.execute(
            f"SELECT story_id FROM item_keys WHERE key IN ({marks}) AND story_id IS NOT NULL"
            " AND (substr(key, 1, 2) != 'h:' OR seen_at >= ?) LIMIT 1", [*keys, title_since]).fetchone()
        return row[0] if row else None

    def _add_source(self, story_id: int, source: str) -> None:
        """Another outlet reported the story: remember it and queue edits of the alerts already sent."""
        row = self.db.execute("SELECT source, sources FROM stories WHERE id=?", (story_id,)).fetchone()
        sources = json.loads(row["sources"])
        if not source or source == row["source"] or source in sources:
            return
        sources.append(source)
        self.db.execute("UPDATE stories SET sources=? WHERE id=?", (json.dumps(sources, ensure_ascii=False), story_id))
        self.db.execute("UPDATE outbox SET edit_pending=1 WHERE story_id=? AND state='sent' AND message_id IS NOT NULL",
                        (story_id,))

    def recent_stories(self, *, since: float) -> list[tuple[int, str, float, str, tuple[str, ...]]]:
        """(id, title, first_seen, summary, topics) of the stories the clustering window holds."""
        return [(r[0], r[1], r[2], r[3] or "", tuple(json.loads(r[4] or "[]"))) for r in self.db.execute(
            "SELECT id, title, first_seen, summary, topics FROM stories WHERE first_seen >= ? AND url != feed_url",
            (since,))]

    def _deliverable(self, deliveries: Iterable[Delivery]) -> list[Delivery]:
        """Follow group->supergroup migrations; skip chats known to be undeliverable."""
        out: dict[int, Delivery] = {}
        for d in deliveries:
            row = self.db.execute("SELECT blocked, migrated_to FROM chats WHERE chat_id=?", (d.chat_id,)).fetchone()
            if row is not None and row["migrated_to"] is not None:
                d = replace(d, chat_id=row["migrated_to"])
                row = self.db.execute("SELECT blocked FROM chats WHERE chat_id=?", (d.chat_id,)).fetchone()
            if row is not None and row["blocked"]:
                continue
            out.setdefault(d.chat_id, d)
        return list(out.values())

    def story(self, story_id: int) -> Story:
        row = self.db.execute("SELECT * FROM stories WHERE id=?", (story_id,)).fetchone()
        return story_of(row)

    def prune(self, *, older_than: float) -> int:
        """Forget items and delivered stories older than the retention; returns rows removed."""
        with self._tx():
            n = self.db.execute("DELETE FROM item_keys WHERE seen_at < ?", (older_than,)).rowcount
            n += self.db.execute(
                "DELETE FROM stories WHERE first_seen < ? AND NOT EXISTS (SELECT 1 FROM outbox o"
                " WHERE o.story_id=stories.id AND o.state IN ('pending','sending'))", (older_than,)).rowcount
        return n

    def mentions_per_day(self, *, since: float) -> list[tuple[str, str, int]]:
        """(day 'YYYY-MM-DD' UTC, topic, stories) for the trend chart."""
        rows = self.db.execute(
            "SELECT date(first_seen, 'unixepoch') AS day, j.value AS topic, COUNT(*) FROM stories,"
            " json_each(stories.topics) AS j WHERE first_seen >= ? AND url != feed_url GROUP BY day, topic"
            " ORDER BY day", (since,)).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]
