"""Claiming outbox rows on PostgreSQL: claims with an owner and an expiry, and per-chat pacing shared by instances.

Claims take turns under an advisory lock (and lock their rows FOR UPDATE SKIP LOCKED), so the head of a
chat's queue is held by one instance at a time and alerts still reach a chat in queue order (round-robin
between feeds, fairqueue.py, the same rule as on SQLite). A chat is not
claimed before `chat_pace.next_send_at`, which every send moves on by the chat's gap, so N instances
together never message one chat faster than one instance would.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence

from ...models import OutboxMessage
from ..fairqueue import HEADS
from ..outbox import OutboxSteps, message_of
from ..tx import Tx
from .base import CLAIM_LOCK, PgBase


class PgOutbox(OutboxSteps, PgBase):
    async def recover_in_flight(self) -> int:
        """At start-up: claims of this owner, and expired claims of anyone, go back to 'pending'."""
        async with self._write() as tx:
            return await tx.execute(
                "UPDATE outbox SET state='pending', claimed_by=NULL, claimed_until=NULL WHERE state='sending'"
                " AND (claimed_by=? OR claimed_until IS NULL OR claimed_until < ?)", self.owner, time.time())

    async def release_expired_claims(self, *, now: float) -> int:
        """Claims held past their expiry belong to an instance that died: send those alerts again."""
        async with self._write() as tx:
            return await tx.execute("UPDATE outbox SET state='pending', claimed_by=NULL, claimed_until=NULL"
                                    " WHERE state='sending' AND claimed_until < ?", now)

    async def claim_due(self, *, now: float, busy_chats: Iterable[int], limit: int) -> list[OutboxMessage]:
        """The head of each idle, paced-out chat's queue, if due; claimed as 'sending' by this owner."""
        async with self._write() as tx:
            await tx.execute("SELECT pg_advisory_xact_lock(?)", CLAIM_LOCK)
            rows = await tx.fetch(
                f"SELECT o.* FROM outbox o JOIN {HEADS} h ON o.id=h.id LEFT JOIN chat_pace p ON p.chat_id=o.chat_id"
                " WHERE o.state='pending' AND o.not_before<=? AND COALESCE(p.next_send_at, 0)<=?"
                " AND o.chat_id <> ALL(?::bigint[]) ORDER BY o.not_before, o.id LIMIT ?"
                " FOR UPDATE OF o SKIP LOCKED", now, now, list(set(busy_chats)), limit)
            await self._claim(tx, [r["id"] for r in rows], now)
            return [await message_of(tx, r) for r in rows]

    async def _claim(self, tx: Tx, ids: list[int], now: float) -> None:
        if ids:
            await tx.execute("UPDATE outbox SET state='sending', attempts=attempts+1, claimed_by=?,"
                             " claimed_until=? WHERE id = ANY(?::bigint[])", self.owner, now + self.claim_ttl, ids)

    async def next_due_at(self) -> float | None:
        """When a claim might succeed next: a head's due time (pacing included) or a foreign claim's expiry."""
        async with self._read() as tx:
            due: float | None = await tx.fetchval(
                "SELECT MIN(t) FROM (SELECT CASE WHEN o.state='sending' THEN o.claimed_until"
                " ELSE GREATEST(o.not_before, COALESCE(p.next_send_at, 0)) END AS t"
                f" FROM outbox o JOIN {HEADS} h ON o.id=h.id LEFT JOIN chat_pace p ON p.chat_id=o.chat_id"
                " UNION ALL SELECT MIN(not_before) FROM outbox WHERE state='pending' AND digest=1"
                " UNION ALL SELECT MIN(not_before) FROM outbox WHERE state='sent' AND edit_pending=1) due")
        return due

    async def claim_digests(self, *, now: float, busy_chats: Iterable[int]) -> dict[int, list[OutboxMessage]]:
        """Every chat whose digest is due, with all its collected alerts, claimed as 'sending'."""
        busy = set(busy_chats)
        out: dict[int, list[OutboxMessage]] = {}
        async with self._write() as tx:
            await tx.execute("SELECT pg_advisory_xact_lock(?)", CLAIM_LOCK)
            chats = [r[0] for r in await tx.fetch(
                "SELECT DISTINCT o.chat_id FROM outbox o LEFT JOIN chat_pace p ON p.chat_id=o.chat_id"
                " WHERE o.state='pending' AND o.digest=1 AND o.not_before<=? AND COALESCE(p.next_send_at, 0)<=?",
                now, now) if r[0] not in busy]
            for chat in chats:
                rows = await tx.fetch("SELECT * FROM outbox WHERE chat_id=? AND digest=1 AND state='pending'"
                                      " ORDER BY id FOR UPDATE SKIP LOCKED", chat)
                await self._claim(tx, [r["id"] for r in rows], now)
                out[chat] = [await message_of(tx, r) for r in rows]
        return out

    async def claim_edits(self, *, now: float, busy_chats: Iterable[int], limit: int,
                          max_age: float = 47 * 3600) -> list[OutboxMessage]:
        """Sent alerts whose story gained outlets, one per idle chat (Telegram edits count as messages)."""
        busy = set(busy_chats)
        out: list[OutboxMessage] = []
        async with self._write() as tx:
            await tx.execute("SELECT pg_advisory_xact_lock(?)", CLAIM_LOCK)
            rows = await tx.fetch(
                "SELECT o.* FROM outbox o LEFT JOIN chat_pace p ON p.chat_id=o.chat_id WHERE o.edit_pending=1"
                " AND o.state='sent' AND o.not_before<=? AND COALESCE(p.next_send_at, 0)<=? AND NOT EXISTS"
                " (SELECT 1 FROM outbox s WHERE s.chat_id=o.chat_id AND s.state='sending')"
                " ORDER BY o.id FOR UPDATE OF o SKIP LOCKED", now, now)
            for row in rows:
                stale = row["sent_at"] is None or row["sent_at"] < now - max_age
                if row["chat_id"] in busy or stale:
                    if row["sent_at"] is not None and stale:
                        await tx.execute("UPDATE outbox SET edit_pending=0 WHERE id=?", row["id"])
                    continue
                busy.add(row["chat_id"])
                await tx.execute("UPDATE outbox SET edit_pending=0 WHERE id=?", row["id"])
                await self._sent(tx, [row["id"]], now)
                out.append(await message_of(tx, row))
                if len(out) >= limit:
                    break
        return out

    async def _sent(self, tx: Tx, ids: Sequence[int], now: float) -> None:
        """A message just went to these rows' chats: add it to each chat's shared send window, so that all
        instances together keep Telegram's per-chat and per-group limits (`Pace`).

        Taken at the acknowledgement, after Telegram answered, so the window is measured conservatively; one
        chat's messages are sent by one instance at a time (its queue's head is claimed), so this never races."""
        for row in await tx.fetch("SELECT DISTINCT o.chat_id, p.recent FROM outbox o LEFT JOIN chat_pace p"
                                  " ON p.chat_id=o.chat_id WHERE o.id = ANY(?::bigint[])", list(ids)):
            chat = row["chat_id"]
            recent = self.pace.recent(chat, [*(row["recent"] or ()), now], now)
            await tx.execute("INSERT INTO chat_pace(chat_id, next_send_at, recent) VALUES (?,?,?) ON CONFLICT(chat_id)"
                             " DO UPDATE SET next_send_at=excluded.next_send_at, recent=excluded.recent",
                             chat, self.pace.next_send(chat, recent), recent)
