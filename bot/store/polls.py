"""Seen items and new stories, both backends: one transaction per poll, so nothing is seen without its alerts."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from ..models import Committed, PollRecord
from .chats import deliverable
from .fairqueue import Turns
from .feeds import FeedSteps
from .feedstate import after_success
from .merges import live_story, merge
from .outlets import add_outlets
from .tx import Tx

CHUNK = 500  # keys per `IN (...)` (SQLite limits the number of variables in one statement)


class PollSteps(FeedSteps):
    async def known_keys(self, keys: Iterable[str], *, title_since: float) -> set[str]:
        """Which of `keys` were seen before (headline keys, "h:", only count inside the clustering window)."""
        async with self._read() as tx:
            return await _known(tx, list(dict.fromkeys(keys)), title_since)

    async def commit_poll(self, rec: PollRecord, *, title_since: float) -> Committed:
        """Mark items seen, create stories, merge the stories a report shows to be one event (merges.py) and
        queue their alerts in ONE transaction.

        The transactions take turns (`_serialise_commits`) and keys are checked again inside, so two feeds
        carrying one story at the same moment still make one story.
        """
        placed: list[int | None] = []
        created: list[int] = []
        merged: list[tuple[int, int]] = []
        provisional: dict[int, int] = {}  # a new story's `local` id -> the story it became

        async with self._write() as tx:
            await self._serialise_commits(tx)
            state = await self._locked_feed(tx, rec.feed_url)
            turns = Turns(tx)  # each chat's queue is round-robin between feeds
            for story in rec.stories:
                existing = await _story_of(tx, story.keys, title_since) if story.keys else None
                existing = await _live(tx, existing if existing is not None else story.cluster_of, provisional)
                if existing is not None and story.absorbs:
                    others = [o for o in [await _live(tx, a, provisional) for a in story.absorbs] if o is not None]
                    existing, made = await merge(tx, existing, others, now=rec.now, lock=self.FOR_UPDATE)
                    merged.extend(made)
                if existing is not None or (story.keys and await _known(tx, list(story.keys), title_since)):
                    await _insert_keys(tx, story.keys, existing, rec.now)
                    if existing is not None:
                        await add_outlets(tx, existing, [(story.source, story.lang)], rec.now)
                        if story.local is not None:
                            provisional[story.local] = existing
                    placed.append(existing)
                    continue
                story_id = int(await tx.fetchval(
                    "INSERT INTO stories(title, url, source, lang, published, summary, topics, terms, feed_url,"
                    " first_seen) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id",
                    story.title, story.url, story.source, story.lang, story.published, story.summary,
                    json.dumps(list(story.topics)), json.dumps(list(story.terms), ensure_ascii=False),
                    rec.feed_url, rec.now))
                created.append(story_id)
                placed.append(story_id)
                if story.local is not None:
                    provisional[story.local] = story_id
                await _insert_keys(tx, story.keys, story_id, rec.now)
                for d in await deliverable(tx, story.deliveries):
                    await tx.execute(
                        "INSERT INTO outbox(story_id, chat_id, thread_id, digest, not_before, created_at, feed_url,"
                        " turn) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING", story_id, d.chat_id, d.thread_id,
                        int(d.digest_at is not None), d.digest_at or rec.now, rec.now, rec.feed_url,
                        await turns.next(d.chat_id, rec.feed_url))
            await _insert_keys(tx, rec.seen_keys, None, rec.now)
            await self._write_feed(tx, after_success(state, rec))
        return Committed(tuple(placed), tuple(created), tuple(merged))


async def _live(tx: Tx, story_id: int | None, provisional: dict[int, int]) -> int | None:
    """The story an id names now: a story of this poll by its provisional id, or a stored one (the story it
    was merged into, if it was)."""
    if story_id is None:
        return None
    if story_id < 0:
        return provisional.get(story_id)
    return await live_story(tx, story_id)


async def _known(tx: Tx, keys: Sequence[str], title_since: float) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(keys), CHUNK):
        where, args = tx.in_list("key", keys[i:i + CHUNK])
        rows = await tx.fetch(f"SELECT key, seen_at FROM item_keys WHERE {where}", *args)
        found.update(r[0] for r in rows if not r[0].startswith("h:") or r[1] >= title_since)
    return found


async def _insert_keys(tx: Tx, keys: Iterable[str], story_id: int | None, now: float) -> None:
    await tx.executemany(
        "INSERT INTO item_keys(key, story_id, seen_at) VALUES (?,?,?) ON CONFLICT(key) DO UPDATE SET"
        " seen_at=excluded.seen_at, story_id=COALESCE(item_keys.story_id, excluded.story_id)",
        [(k, story_id, now) for k in keys])


async def _story_of(tx: Tx, keys: Sequence[str], title_since: float) -> int | None:
    where, args = tx.in_list("key", keys)
    story_id: int | None = await tx.fetchval(
        f"SELECT story_id FROM item_keys WHERE {where} AND story_id IS NOT NULL"
        " AND (substr(key, 1, 2) != 'h:' OR seen_at >= ?) LIMIT 1", *args, title_since)
    return story_id
