"""Stories found to be one event are made one, written once for both backends.

A later report can show that two stories are one event told in words too different to have met (a headline
that names no one, another language). While none of a story's alerts has gone out, it is folded into the
other: its waiting alerts are dropped in the chats where the other has one and handed to the other where it
has none, and its outlets and topics go along, so each chat gets one alert for the event. A story whose alert
went out (or is being sent) stays: its chats have seen it. The folded story's row stays, pointing at the one
it became (`merged_into`), so its item keys and another instance's stale lookups still lead there.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from .outlets import add_outlets
from .tx import Tx

_OUT = ("sent", "sending")


async def live_story(tx: Tx, story_id: int) -> int | None:
    """The story `story_id` is now: itself, or the story it was merged into; None when it is gone."""
    row = await tx.fetchrow("SELECT id, merged_into FROM stories WHERE id=?", story_id)
    if row is None:
        return None
    return int(row["merged_into"] if row["merged_into"] is not None else row["id"])


async def merge(tx: Tx, target: int, others: Sequence[int], *, now: float,
                lock: str = "") -> tuple[int, list[tuple[int, int]]]:
    """Make `target` and `others` (live story ids) one story where their alerts allow: returns the story the
    report joins (`target`, unless only another's alert went out) and the (absorbed, survivor) merges made.
    `lock` ("FOR UPDATE" on PostgreSQL) keeps a sender on another instance from claiming a row meanwhile."""
    group = [target] + [o for o in dict.fromkeys(others) if o != target]
    if len(group) == 1:
        return target, []
    where, args = tx.in_list("story_id", group)
    rows = await tx.fetch(f"SELECT id, story_id, chat_id, state FROM outbox WHERE {where} ORDER BY id{lock}", *args)
    out = {r["story_id"] for r in rows if r["state"] in _OUT}
    survivor = target if target in out or not out else min(out)
    absorbed = [g for g in group if g != survivor and g not in out]
    if not absorbed:
        return survivor, []
    chats = {r["chat_id"] for r in rows if r["story_id"] == survivor}
    dropped: list[tuple[int]] = []
    moved: list[tuple[int]] = []
    for r in rows:
        if r["story_id"] in absorbed:
            (dropped if r["chat_id"] in chats else moved).append((r["id"],))
            chats.add(r["chat_id"])
    await tx.executemany("DELETE FROM outbox WHERE id=?", dropped)
    await tx.executemany("UPDATE outbox SET story_id=? WHERE id=?", [(survivor, i) for i, in moved])
    topics = set(json.loads(await tx.fetchval("SELECT topics FROM stories WHERE id=?", survivor)))
    for story_id in absorbed:
        row = await tx.fetchrow("SELECT source, lang, sources, topics FROM stories WHERE id=?", story_id)
        assert row is not None  # a live story, read in this transaction
        topics.update(json.loads(row["topics"]))
        outlets: list[tuple[str, str | None]] = [(row["source"], row["lang"])]
        await add_outlets(tx, survivor, outlets + [(s, None) for s in json.loads(row["sources"])], now)
        await tx.execute("UPDATE stories SET merged_into=? WHERE id=? OR merged_into=?", survivor, story_id, story_id)
    await tx.execute("UPDATE stories SET topics=? WHERE id=?", json.dumps(sorted(topics)), survivor)
    return survivor, [(a, survivor) for a in absorbed]
