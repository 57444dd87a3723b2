"""Seen items and stories on PostgreSQL: one transaction per poll, serialised across instances."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace

import asyncpg

from ...models import Delivery, PollRecord, Story
from ..records import story_of
from .base import COMMIT_LOCK, PgBase, rowcount
from .feeds import RELEASE, _ensure_feed


class PgStories(PgBase):
    async def known_keys(self, keys: Iterable[str], *, title_since: float) -> set[str]:
        """Which of `keys` were seen before (headline keys, "h:", only count inside the clustering window)."""
        async with self._conn() as con:
            return await _known(con, list(dict.fromkeys(keys)), title_since)

    async def commit_poll(self, rec: PollRecord, *, title_since: float) -> list[tuple[int, str]]:
        """Mark items seen, create stories and queue their alerts in ONE transaction.

        An advisory lock makes these transactions take turns across instances, so the re-check of the keys
        inside sees every story another instance committed: one story per event, as with SQLite.
        """
        created: list[tuple[int, str]] = []
        async with self._tx() as con:
            await con.execute("SELECT pg_advisory_xact_lock($1)", COMMIT_LOCK)
            await _ensure_feed(con, rec.feed_url)
            for story in rec.stories:
                existing = await _story_of(con, story.keys, title_since) if story.keys else None
                if existing is None and story.cluster_of is not None and await con.fetchval(
                        "SELECT 1 FROM stories WHERE id=$1", story.cluster_of):
                    existing = story.cluster_of
                if existing is not None or (story.keys and await _known(con, list(story.keys), title_since)):
                    await _insert_keys(con, story.keys, existing, rec.now)
                    if existing is not None:
                        await _add_source(con, existing, story.source)
                    continue
                story_id = int(await con.fetchval(
                    "INSERT INTO stories(title, url, source, lang, published, summary, topics, terms, feed_url,"
                    " first_seen) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id",
                    story.title, story.url, story.source, story.lang, story.published, story.summary,
                    json.dumps(list(story.topics)), json.dumps(list(story.terms), ensure_ascii=False),
                    rec.feed_url, rec.now))
                created.append((story_id, story.title))
                await _insert_keys(con, story.keys, story_id, rec.now)
                for d in await _deliverable(con, story.deliveries):
                    await con.execute(
                        "INSERT INTO outbox(story_id, chat_id, thread_id, digest, not_before, created_at)"
                        " VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING", story_id, d.chat_id, d.thread_id,
                        int(d.digest_at is not None), d.digest_at or rec.now, rec.now)
            await _insert_keys(con, rec.seen_keys, None, rec.now)
            await con.execute(
                "UPDATE feeds SET title=COALESCE($2, title), first_ok_at=COALESCE(first_ok_at, $3),"
                " etag=$4, last_modified=$5, body_hash=$6, last_poll_at=$3, last_ok_at=$3, failures=0,"
                " last_error=NULL, last_error_kind=NULL, next_poll_at=$7, moved_to=COALESCE($8, moved_to),"
                f" failing_since=NULL, gone=0, seen_items=COALESCE($10, seen_items), {RELEASE} WHERE url=$1",
                rec.feed_url, rec.title, rec.now, rec.etag, rec.last_modified, rec.body_hash, rec.next_poll_at,
                rec.moved_to, self.owner, rec.seen_items)
        return created

    async def recent_stories(self, *, since: float) -> list[tuple[int, str, float, str, tuple[str, ...]]]:
        """(id, title, first_seen, summary, topics) of the stories the clustering window holds."""
        async with self._conn() as con:
            rows = await con.fetch("SELECT id, title, first_seen, summary, topics FROM stories WHERE first_seen >= $1"
                                   " AND url != feed_url", since)
        return [(r[0], r[1], r[2], r[3] or "", tuple(json.loads(r[4] or "[]"))) for r in rows]

    async def story(self, story_id: int) -> Story:
        async with self._conn() as con:
            return story_of(await con.fetchrow("SELECT * FROM stories WHERE id=$1", story_id))

    async def prune(self, *, older_than: float) -> int:
        """Forget items and delivered stories older than the retention; returns rows removed."""
        async with self._tx() as con:
            n = rowcount(await con.execute("DELETE FROM item_keys WHERE seen_at < $1", older_than))
            n += rowcount(await con.execute(
                "DELETE FROM stories WHERE first_seen < $1 AND NOT EXISTS (SELECT 1 FROM outbox o"
                " WHERE o.story_id=stories.id AND o.state IN ('pending','sending'))", older_than))
        return n

    async def mentions_per_day(self, *, since: float) -> list[tuple[str, str, int]]:
        """(day 'YYYY-MM-DD' UTC, topic, stories) for the trend chart."""
        async with self._conn() as con:
            rows = await con.fetch(
                "SELECT to_char(to_timestamp(first_seen) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, j.topic,"
                " COUNT(*) FROM stories, jsonb_array_elements_text(stories.topics::jsonb) AS j(topic)"
                " WHERE first_seen >= $1 AND url != feed_url GROUP BY day, j.topic ORDER BY day", since)
        return [(r[0], r[1], int(r[2])) for r in rows]


async def _known(con: asyncpg.Connection, keys: list[str], title_since: float) -> set[str]:
    rows = await con.fetch("SELECT key, seen_at FROM item_keys WHERE key = ANY($1::text[])", keys)
    return {r[0] for r in rows if not r[0].startswith("h:") or r[1] >= title_since}


async def _insert_keys(con: asyncpg.Connection, keys: Iterable[str], story_id: int | None, now: float) -> None:
    args = [(k, story_id, now) for k in keys]
    if args:
        await con.executemany(
            "INSERT INTO item_keys(key, story_id, seen_at) VALUES ($1,$2,$3) ON CONFLICT(key) DO UPDATE SET"
            " seen_at=excluded.seen_at, story_id=COALESCE(item_keys.story_id, excluded.story_id)", args)


async def _story_of(con: asyncpg.Connection, keys: Sequence[str], title_since: float) -> int | None:
    return await con.fetchval(
        "SELECT story_id FROM item_keys WHERE key = ANY($1::text[]) AND story_id IS NOT NULL"
        " AND (substr(key, 1, 2) != 'h:' OR seen_at >= $2) LIMIT 1", list(keys), title_since)


async def _add_source(con: asyncpg.Connection, story_id: int, source: str) -> None:
    """Another outlet reported the story: remember it and queue edits of the alerts already sent."""
    row = await con.fetchrow("SELECT source, sources FROM stories WHERE id=$1", story_id)
    sources = json.loads(row["sources"])
    if not source or source == row["source"] or source in sources:
        return
    sources.append(source)
    await con.execute("UPDATE stories SET sources=$2 WHERE id=$1", story_id, json.dumps(sources, ensure_ascii=False))
    await con.execute("UPDATE outbox SET edit_pending=1 WHERE story_id=$1 AND state='sent' AND message_id IS NOT NULL",
                      story_id)


async def _deliverable(con: asyncpg.Connection, deliveries: Iterable[Delivery]) -> list[Delivery]:
    """Follow group->supergroup migrations; skip chats known to be undeliverable."""
    out: dict[int, Delivery] = {}
    for d in deliveries:
        row = await con.fetchrow("SELECT blocked, migrated_to FROM chats WHERE chat_id=$1", d.chat_id)
        if row is not None and row["migrated_to"] is not None:
            d = replace(d, chat_id=row["migrated_to"])
            row = await con.fetchrow("SELECT blocked FROM chats WHERE chat_id=$1", d.chat_id)
        if row is not None and row["blocked"]:
            continue
        out.setdefault(d.chat_id, d)
    return list(out.values())
