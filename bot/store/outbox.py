"""The outbox, both backends: acknowledge after Telegram answered, retry later, fail, count.

Claiming is where the databases differ (claims with an owner and an expiry, per-chat pacing across
instances): sqlite/outbox.py and pg/outbox.py. They build their messages with `message_of`, and both take a
chat's queue in the order fairqueue.py gives it: round-robin between feeds.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence

from ..models import Delivery, OutboxMessage
from .chats import deliverable
from .fairqueue import NOTICES, ORDER, QUEUED, Turns
from .records import story_of
from .tx import Row, Tx, TxStore

ERROR_MAX = 500


async def message_of(tx: Tx, row: Row) -> OutboxMessage:
    """A claimed row as the sender sees it (attempts already counts this one); a notice has no story."""
    story = None
    if row["story_id"] is not None:
        story_row = await tx.fetchrow("SELECT * FROM stories WHERE id=?", row["story_id"])
        assert story_row is not None  # a story is not pruned while its alerts are queued or being sent
        story = story_of(story_row)
    return OutboxMessage(id=row["id"], chat_id=row["chat_id"], attempts=row["attempts"] + 1, plain=bool(row["plain"]),
                         story=story, thread_id=row["thread_id"], message_id=row["message_id"], notice=row["notice"])


class OutboxSteps(TxStore):
    @abstractmethod
    async def _claim(self, tx: Tx, ids: list[int], now: float) -> None:
        """Mark these pending rows as being sent by this instance."""

    async def claim_backlog(self, head: OutboxMessage, *, now: float, more_than: int,
                            limit: int = 100) -> list[OutboxMessage]:
        """The alerts queued behind a claimed head in its chat and thread (due, in queue order, up to the first
        notice), claimed with it when, head included, there are more than `more_than`: the sender then sends them
        all as one combined message instead of making the chat wait for each in turn. A notice is always sent
        alone."""
        if head.story is None:
            return []
        async with self._write() as tx:
            rows = await tx.fetch(f"SELECT * FROM outbox WHERE chat_id=? AND {QUEUED} AND state='pending'"
                                  f" AND (turn, id) > (SELECT turn, id FROM outbox WHERE id=?) ORDER BY {ORDER}"
                                  f" LIMIT ?", head.chat_id, head.id, limit)
            run = []
            for row in rows:
                if row["story_id"] is None or row["thread_id"] != head.thread_id or row["not_before"] > now:
                    break
                run.append(row)
            if len(run) + 1 <= more_than:
                return []
            await self._claim(tx, [r["id"] for r in run], now)
            return [await message_of(tx, r) for r in run]

    async def queue_notice(self, chat_ids: Sequence[int], text: str, *, now: float) -> int:
        """Queue a plain-text notice to each chat (migrated chats followed, blocked ones skipped), sent in its
        turn with the chat's alerts (the notices are a flow of their own beside the feeds), through the same limits
        and retries. Returns the rows queued."""
        async with self._write() as tx:
            chats = await deliverable(tx, [Delivery(c) for c in chat_ids])
            turns = Turns(tx)
            await tx.executemany("INSERT INTO outbox(chat_id, notice, plain, not_before, created_at, feed_url, turn)"
                                 " VALUES (?,?,1,?,?,?,?)",
                                 [(d.chat_id, text, now, now, NOTICES, await turns.next(d.chat_id, NOTICES))
                                  for d in chats])
        return len(chats)

    async def ack_sent(self, outbox_id: int, *, now: float, message_id: int | None) -> None:
        await self.ack_many([outbox_id], now=now, message_id=message_id)

    async def ack_many(self, ids: Sequence[int], *, now: float, message_id: int | None) -> None:
        async with self._write() as tx:
            await tx.executemany("UPDATE outbox SET state='sent', sent_at=?, message_id=?, last_error=NULL WHERE id=?",
                                 [(now, message_id, i) for i in ids])
            await self._sent(tx, ids, now)

    async def retry_many_later(self, ids: Sequence[int], *, not_before: float, error: str) -> None:
        async with self._write() as tx:
            await tx.executemany("UPDATE outbox SET state='pending', not_before=?, last_error=? WHERE id=?",
                                 [(not_before, error[:ERROR_MAX], i) for i in ids])

    async def retry_later(self, outbox_id: int, *, not_before: float, error: str, plain: bool | None = None,
                          count_attempt: bool = True) -> None:
        async with self._write() as tx:
            await tx.execute(
                "UPDATE outbox SET state='pending', not_before=?, last_error=?, plain=COALESCE(?, plain),"
                " attempts=attempts-? WHERE id=?", not_before, error[:ERROR_MAX],
                None if plain is None else int(plain), 0 if count_attempt else 1, outbox_id)

    async def fail(self, outbox_id: int, *, error: str) -> None:
        async with self._write() as tx:
            await tx.execute("UPDATE outbox SET state='failed', last_error=? WHERE id=?", error[:ERROR_MAX], outbox_id)

    async def undigest(self, chat_id: int, *, now: float) -> int:
        """Digest switched off: what was collected goes out now, one by one."""
        async with self._write() as tx:
            return await tx.execute("UPDATE outbox SET digest=0, not_before=? WHERE chat_id=? AND digest=1"
                                    " AND state='pending'", now, chat_id)

    async def edit_later(self, outbox_id: int, *, not_before: float) -> None:
        async with self._write() as tx:
            await tx.execute("UPDATE outbox SET edit_pending=1, not_before=? WHERE id=?", not_before, outbox_id)

    async def outbox_counts(self) -> dict[str, int]:
        async with self._read() as tx:
            rows = await tx.fetch("SELECT state, COUNT(*) FROM outbox GROUP BY state")
        counts = {"pending": 0, "sending": 0, "sent": 0, "failed": 0}
        counts.update({r[0]: int(r[1]) for r in rows})
        return counts

    async def sent_since(self, since: float) -> int:
        async with self._read() as tx:
            return int(await tx.fetchval("SELECT COUNT(*) FROM outbox WHERE state='sent' AND sent_at>=?", since))
