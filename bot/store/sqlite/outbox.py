"""Claiming outbox rows on SQLite: one instance, so a claim needs no owner, expiry or shared pacing."""

from __future__ import annotations

from collections.abc import Iterable

from ...models import OutboxMessage
from ..fairqueue import HEADS
from ..outbox import OutboxSteps, message_of
from ..tx import Tx


class SqliteOutbox(OutboxSteps):
    async def recover_in_flight(self) -> int:
        """After a crash, a message that was being sent may or may not have gone out: send it again."""
        async with self._write() as tx:
            return await tx.execute("UPDATE outbox SET state='pending' WHERE state='sending'")

    async def release_expired_claims(self, *, now: float) -> int:
        """One instance only: every claim belongs to this live process, none can be orphaned."""
        return 0

    async def claim_due(self, *, now: float, busy_chats: Iterable[int], limit: int) -> list[OutboxMessage]:
        """The head of each idle chat's queue, if due; claimed as 'sending'.

        Only the head of each chat's queue is ever claimed, so alerts reach a chat in queue order (fairqueue.py).
        """
        busy = set(busy_chats)
        claimed: list[OutboxMessage] = []
        async with self._write() as tx:
            rows = await tx.fetch(
                f"SELECT o.* FROM outbox o JOIN {HEADS} h ON o.id=h.id"
                " WHERE o.state='pending' AND o.not_before<=? ORDER BY o.not_before, o.id", now)
            for row in rows:
                if row["chat_id"] in busy:
                    continue
                await tx.execute("UPDATE outbox SET state='sending', attempts=attempts+1 WHERE id=?", row["id"])
                claimed.append(await message_of(tx, row))
                if len(claimed) >= limit:
                    break
        return claimed

    async def _claim(self, tx: Tx, ids: list[int], now: float) -> None:
        where, args = tx.in_list("id", ids)
        await tx.execute(f"UPDATE outbox SET state='sending', attempts=attempts+1 WHERE {where}", *args)

    async def next_due_at(self) -> float | None:
        async with self._read() as tx:
            due: float | None = await tx.fetchval(  # an alert, a notice or an edit gathering outlets
                "SELECT MIN(not_before) FROM outbox WHERE state='pending' OR (state='sent' AND edit_pending=1)")
        return due

    async def claim_digests(self, *, now: float, busy_chats: Iterable[int]) -> dict[int, list[OutboxMessage]]:
        """Every chat whose digest is due, with all its collected alerts, claimed as 'sending'."""
        busy = set(busy_chats)
        out: dict[int, list[OutboxMessage]] = {}
        async with self._write() as tx:
            chats = [r[0] for r in await tx.fetch(
                "SELECT DISTINCT chat_id FROM outbox WHERE state='pending' AND digest=1 AND not_before<=?", now)
                if r[0] not in busy]
            for chat in chats:
                rows = await tx.fetch("SELECT * FROM outbox WHERE chat_id=? AND digest=1 AND state='pending'"
                                      " ORDER BY id", chat)
                await tx.execute("UPDATE outbox SET state='sending', attempts=attempts+1 WHERE chat_id=? AND digest=1"
                                 " AND state='pending'", chat)
                out[chat] = [await message_of(tx, r) for r in rows]
        return out

    async def claim_edits(self, *, now: float, busy_chats: Iterable[int], limit: int,
                          max_age: float = 47 * 3600) -> list[OutboxMessage]:
        """Sent alerts whose story gained outlets, one per idle chat (Telegram edits count as messages)."""
        busy = set(busy_chats)
        out: list[OutboxMessage] = []
        async with self._write() as tx:
            rows = await tx.fetch(
                "SELECT * FROM outbox WHERE edit_pending=1 AND state='sent' AND not_before<=? ORDER BY id", now)
            for row in rows:
                stale = row["sent_at"] is not None and row["sent_at"] < now - max_age
                if row["chat_id"] in busy or row["sent_at"] is None or stale:
                    if stale:
                        await tx.execute("UPDATE outbox SET edit_pending=0 WHERE id=?", row["id"])
                    continue
                busy.add(row["chat_id"])
                await tx.execute("UPDATE outbox SET edit_pending=0 WHERE id=?", row["id"])
                out.append(await message_of(tx, row))
                if len(out) >= limit:
                    break
        return out
