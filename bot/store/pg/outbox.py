"""The alert outbox on PostgreSQL: claims with an owner and an expiry, and per-chat pacing shared by instances.

Claims take turns under an advisory lock (and lock their rows FOR UPDATE SKIP LOCKED), so the head of a
chat's queue is held by one instance at a time and alerts still reach a chat in order. A chat is not
claimed before `chat_pace.next_send_at`, which every send moves on by the chat's gap, so N instances
together never message one chat faster than one instance would.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import Any

import asyncpg

from ...models import OutboxMessage
from ..records import story_of
from .base import CLAIM_LOCK, PgBase, rowcount

# the oldest pending-or-sending message of each chat: only a pending head may be claimed
HEADS = ("(SELECT DISTINCT ON (chat_id) id FROM outbox WHERE state IN ('pending','sending') AND digest=0"
         " ORDER BY chat_id, id)")


class PgOutbox(PgBase):
    async def recover_in_flight(self) -> int:
        """At start-up: claims of this owner, and expired claims of anyone, go back to 'pending'."""
        async with self._tx() as con:
            return rowcount(await con.execute(
                "UPDATE outbox SET state='pending', claimed_by=NULL, claimed_until=NULL WHERE state='sending'"
                " AND (claimed_by=$1 OR claimed_until IS NULL OR claimed_until < $2)", self.owner, time.time()))

    async def release_expired_claims(self, *, now: float) -> int:
        """Claims held past their expiry belong to an instance that died: send those alerts again."""
        async with self._tx() as con:
            return rowcount(await con.execute(
                "UPDATE outbox SET state='pending', claimed_by=NULL, claimed_until=NULL"
                " WHERE state='sending' AND claimed_until < $1", now))

    async def claim_due(self, *, now: float, busy_chats: Iterable[int], limit: int) -> list[OutboxMessage]:
        """The oldest pending message of each idle, paced-out chat, if due; claimed as 'sending' by this owner."""
        async with self._tx() as con:
            await con.execute("SELECT pg_advisory_xact_lock($1)", CLAIM_LOCK)
            rows = await con.fetch(
                f"SELECT o.* FROM outbox o JOIN {HEADS} h ON o.id=h.id LEFT JOIN chat_pace p ON p.chat_id=o.chat_id"
                " WHERE o.state='pending' AND o.not_before<=$1 AND COALESCE(p.next_send_at, 0)<=$1"
                " AND o.chat_id <> ALL($2::bigint[]) ORDER BY o.not_before, o.id LIMIT $3"
                " FOR UPDATE OF o SKIP LOCKED", now, list(set(busy_chats)), limit)
            await self._claim(con, [r["id"] for r in rows], now)
            return [await _message(con, r) for r in rows]

    async def _claim(self, con: asyncpg.Connection, ids: list[int], now: float) -> None:
        if ids:
            await con.execute("UPDATE outbox SET state='sending', attempts=attempts+1, claimed_by=$2,"
                              " claimed_until=$3 WHERE id = ANY($1::bigint[])", ids, self.owner, now + self.claim_ttl)

    async def next_due_at(self) -> float | None:
        """When a claim might succeed next: a head's due time (pacing included) or a foreign claim's expiry."""
        async with self._conn() as con:
            return await con.fetchval(
                "SELECT MIN(t) FROM (SELECT CASE WHEN o.state='sending' THEN o.claimed_until"
                " ELSE GREATEST(o.not_before, COALESCE(p.next_send_at, 0)) END AS t"
                f" FROM outbox o JOIN {HEADS} h ON o.id=h.id LEFT JOIN chat_pace p ON p.chat_id=o.chat_id"
                " UNION ALL SELECT MIN(not_before) FROM outbox WHERE state='pending' AND digest=1) due")

    async def claim_digests(self, *, now: float, busy_chats: Iterable[int]) -> dict[int, list[OutboxMessage]]:
        """Every chat whose digest is due, with all its collected alerts, claimed as 'sending'."""
        busy = set(busy_chats)
        out: dict[int, list[OutboxMessage]] = {}
        async with self._tx() as con:
            await con.execute("SELECT pg_advisory_xact_lock($1)", CLAIM_LOCK)
            chats = [r[0] for r in await con.fetch(
                "SELECT DISTINCT o.chat_id FROM outbox o LEFT JOIN chat_pace p ON p.chat_id=o.chat_id"
                " WHERE o.state='pending' AND o.digest=1 AND o.not_before<=$1 AND COALESCE(p.next_send_at, 0)<=$1",
                now) if r[0] not in busy]
            for chat in chats:
                rows = await con.fetch("SELECT * FROM outbox WHERE chat_id=$1 AND digest=1 AND state='pending'"
                                       " ORDER BY id FOR UPDATE SKIP LOCKED", chat)
                await self._claim(con, [r["id"] for r in rows], now)
                out[chat] = [await _message(con, r) for r in rows]
        return out

    async def ack_many(self, ids: Sequence[int], *, now: float, message_id: int | None) -> None:
        async with self._tx() as con:
            await con.execute("UPDATE outbox SET state='sent', sent_at=$2, message_id=$3, last_error=NULL"
                              " WHERE id = ANY($1::bigint[])", list(ids), now, message_id)
            await self._pace(con, list(ids), now)

    async def retry_many_later(self, ids: Sequence[int], *, not_before: float, error: str) -> None:
        async with self._tx() as con:
            await con.execute("UPDATE outbox SET state='pending', not_before=$2, last_error=$3"
                              " WHERE id = ANY($1::bigint[])", list(ids), not_before, error[:500])

    async def undigest(self, chat_id: int, *, now: float) -> int:
        """Digest switched off: what was collected goes out now, one by one."""
        async with self._tx() as con:
            return rowcount(await con.execute("UPDATE outbox SET digest=0, not_before=$2 WHERE chat_id=$1"
                                              " AND digest=1 AND state='pending'", chat_id, now))

    async def claim_edits(self, *, now: float, busy_chats: Iterable[int], limit: int,
                          max_age: float = 47 * 3600) -> list[OutboxMessage]:
        """Sent alerts whose story gained outlets, one per idle chat (Telegram edits count as messages)."""
        busy = set(busy_chats)
        out: list[OutboxMessage] = []
        async with self._tx() as con:
            await con.execute("SELECT pg_advisory_xact_lock($1)", CLAIM_LOCK)
            rows = await con.fetch(
                "SELECT o.* FROM outbox o LEFT JOIN chat_pace p ON p.chat_id=o.chat_id WHERE o.edit_pending=1"
                " AND o.state='sent' AND o.not_before<=$1 AND COALESCE(p.next_send_at, 0)<=$1 AND NOT EXISTS"
                " (SELECT 1 FROM outbox s WHERE s.chat_id=o.chat_id AND s.state='sending')"
                " ORDER BY o.id FOR UPDATE OF o SKIP LOCKED", now)
            for row in rows:
                stale = row["sent_at"] is None or row["sent_at"] < now - max_age
                if row["chat_id"] in busy or stale:
                    if row["sent_at"] is not None and stale:
                        await con.execute("UPDATE outbox SET edit_pending=0 WHERE id=$1", row["id"])
                    continue
                busy.add(row["chat_id"])
                await con.execute("UPDATE outbox SET edit_pending=0 WHERE id=$1", row["id"])
                await self._pace(con, [row["id"]], now)
                out.append(await _message(con, row))
                if len(out) >= limit:
                    break
        return out

    async def edit_later(self, outbox_id: int, *, not_before: float) -> None:
        async with self._tx() as con:
            await con.execute("UPDATE outbox SET edit_pending=1, not_before=$2 WHERE id=$1", outbox_id, not_before)

    async def ack_sent(self, outbox_id: int, *, now: float, message_id: int | None) -> None:
        async with self._tx() as con:
            await con.execute("UPDATE outbox SET state='sent', sent_at=$2, message_id=$3, last_error=NULL"
                              " WHERE id=$1", outbox_id, now, message_id)
            await self._pace(con, [outbox_id], now)

    async def _pace(self, con: asyncpg.Connection, ids: list[int], now: float) -> None:
        """A message just went to these rows' chats: none of them gets the next before its gap has passed.

        Taken at the acknowledgement, after Telegram answered, so the gap is measured conservatively."""
        await con.execute(
            f"INSERT INTO chat_pace(chat_id, next_send_at) SELECT DISTINCT chat_id, $2 + {self._gap_sql('chat_id')}"
            " FROM outbox WHERE id = ANY($1::bigint[]) ON CONFLICT(chat_id) DO UPDATE"
            " SET next_send_at=GREATEST(chat_pace.next_send_at, excluded.next_send_at)", ids, now)

    async def retry_later(self, outbox_id: int, *, not_before: float, error: str, plain: bool | None = None,
                          count_attempt: bool = True) -> None:
        async with self._tx() as con:
            await con.execute(
                "UPDATE outbox SET state='pending', not_before=$2, last_error=$3, plain=COALESCE($4, plain),"
                " attempts=attempts-$5 WHERE id=$1", outbox_id, not_before, error[:500],
                None if plain is None else int(plain), 0 if count_attempt else 1)

    async def fail(self, outbox_id: int, *, error: str) -> None:
        async with self._tx() as con:
            await con.execute("UPDATE outbox SET state='failed', last_error=$2 WHERE id=$1", outbox_id, error[:500])

    async def outbox_counts(self) -> dict[str, int]:
        async with self._conn() as con:
            rows = await con.fetch("SELECT state, COUNT(*) FROM outbox GROUP BY state")
        counts = {"pending": 0, "sending": 0, "sent": 0, "failed": 0}
        counts.update({r[0]: int(r[1]) for r in rows})
        return counts

    async def sent_since(self, since: float) -> int:
        async with self._conn() as con:
            return int(await con.fetchval("SELECT COUNT(*) FROM outbox WHERE state='sent' AND sent_at>=$1", since))

    async def outbox_rows(self) -> list[dict[str, Any]]:
        """For tests and status: every outbox row with its story title."""
        async with self._conn() as con:
            rows = await con.fetch("SELECT o.*, s.title, s.url FROM outbox o JOIN stories s ON s.id=o.story_id"
                                   " ORDER BY o.id")
        return [dict(r) for r in rows]


async def _message(con: asyncpg.Connection, row: asyncpg.Record) -> OutboxMessage:
    story = story_of(await con.fetchrow("SELECT * FROM stories WHERE id=$1", row["story_id"]))
    return OutboxMessage(id=row["id"], chat_id=row["chat_id"], attempts=row["attempts"] + 1, plain=bool(row["plain"]),
                         story=story, thread_id=row["thread_id"], message_id=row["message_id"])
