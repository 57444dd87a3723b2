"""Seen items and new stories, both backends: one transaction per poll, so nothing is seen without its alerts."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from ..models import PollRecord
from .chats import deliverable
from .fairqueue import Turns
from .feeds import FeedSteps
from .feedstate import after_success
from .tx import Tx

EDIT_GATHER = 5.0  # seconds an alert's edit waits for more outlets of its story: one edit carries them all
CHUNK = 500  # keys per `IN (...)` (SQLite limits the number of variables in one statement)


class PollSteps(FeedSteps):
    async def known_keys(self, keys: Iterable[str], *, title_since: float) -> set[str]:
        """Which of `keys` were seen before (headline keys, "h:", only count inside the clustering window)."""
        async with self._read() as tx:
            return await _known(tx, list(dict.fromkeys(keys)), title_since)

    async def commit_poll(self, rec: PollRecord, *, title_since: float) -> list[tuple[int, str]]:
        """Mark items seen, create stories and queue their alerts in ONE transaction.

        The transactions take turns (`_serialise_commits`) and keys are checked again inside, so two feeds
        carrying one story at the same moment still make one story. Returns the stories created.
        """
        created: list[tuple[int, str]] = []
        async with self._write() as tx:
            await self._serialise_commits(tx)
            state = await self._locked_feed(tx, rec.feed_url)
            turns = Turns(tx)  # each chat's queue is round-robin between feeds
            for story in rec.stories:
                existing = await _story_of(tx, story.keys, title_since) if story.keys else None
                if existing is None and story.cluster_of is not None and await tx.fetchval(
                        "SELECT 1 FROM stories WHERE id=?", story.cluster_of):
                    existing = story.cluster_of
                if existing is not None or (story.keys and await _known(tx, list(story.keys), title_since)):
                    await _insert_keys(tx, story.keys, existing, rec.now)
                    if existing is not None:
                        await _add_source(tx, existing, story.source, story.lang, rec.now)
                    continue
                story_id = int(await tx.fetchval(
                    "INSERT INTO stories(title, url, source, lang, published, summary, topics, terms, feed_url,"
                    " first_seen) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id",
                    story.title, story.url, story.source, story.lang, story.published, story.summary,
                    json.dumps(list(story.topics)), json.dumps(list(story.terms), ensure_ascii=False),
                    rec.feed_url, rec.now))
                created.append((story_id, story.title))
                await _insert_keys(tx, story.keys, story_id, rec.now)
                for d in await deliverable(tx, story.deliveries):
                    await tx.execute(
                        "INSERT INTO outbox(story_id, chat_id, thread_id, digest, not_before, created_at, feed_url,"
                        " turn) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING", story_id, d.chat_id, d.thread_id,
                        int(d.digest_at is not None), d.digest_at or rec.now, rec.now, rec.feed_url,
                        await turns.next(d.chat_id, rec.feed_url))
            await _insert_keys(tx, rec.seen_keys, None, rec.now)
            await self._write_feed(tx, after_success(state, rec))
        return created


_LANGUAGE_NAMES = {"zh": "中文", "hi": "हिन्दी", "en": "English", "ja": "日本語", "ko": "한국어", "ru": "Русский",
                   "de": "Deutsch", "fr": "Français", "es": "Español"}


def labelled(source: str, lang: str | None, alert_lang: str | None) -> str:
    """An outlet's name, with its language in that language when it is not the alert's."""
    family = (lang or "").split("-")[0].lower()
    if not family or family == (alert_lang or "").split("-")[0].lower():
        return source
    return f"{source} ({_LANGUAGE_NAMES.get(family, family)})"


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


async def _add_source(tx: Tx, story_id: int, source: str, lang: str | None, now: float) -> None:
    """Another outlet reported the story: remember it (with its language when the alert's is another:
    "36Kr (中文)") and queue edits of the alerts already sent."""
    row = await tx.fetchrow("SELECT source, sources, lang FROM stories WHERE id=?", story_id)
    assert row is not None  # found by its keys in this transaction
    sources = json.loads(row["sources"])
    if not source or source == row["source"] or any(s == source or s.startswith(source + " (") for s in sources):
        return
    sources.append(labelled(source, lang, row["lang"]))
    await tx.execute("UPDATE stories SET sources=? WHERE id=?", json.dumps(sources, ensure_ascii=False), story_id)
    await tx.execute("UPDATE outbox SET not_before=CASE WHEN edit_pending=1 THEN not_before ELSE ? END, edit_pending=1"
                     " WHERE story_id=? AND state='sent' AND message_id IS NOT NULL", now + EDIT_GATHER, story_id)
