"""The alert outbox: claim the head of each chat's queue, acknowledge after Telegram answered."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from .base import StoreBase
from ..models import OutboxMessage


class OutboxMixin(StoreBase):
    def recover_in_flight(self) -> int:
        """After a crash, a message that was being sent may or may not have gone out: send it again."""
        with self._tx():
            return self.db.execute("UPDATE outbox SET state='pending' WHERE state='sending'").rowcount

    def claim_due(self, *, now: float, busy_chats: Iterable[int], limit: int) -> list[OutboxMessage]:
        """The oldest pending message of each idle chat, if due; claimed as 'sending'.

        Only the head of each chat's queue is ever claimed, so alerts reach a chat in order.
        """
        busy = set(busy_chats)
        with self._tx():
            rows = self.db.execute(
                "SELECT o.* FROM outbox o JOIN (SELECT chat_id, MIN(id) AS id FROM outbox"
                " WHERE state IN ('pending','sending') AND digest=0 GROUP BY chat_id) h ON o.id=h.id"
                " WHERE o.state='pending' AND o.not_before<=? ORDER BY o.not_before, o.id", (now,)).fetchall()
            claimed: list[OutboxMessage] = []
            for row in rows:
                if row["chat_id"] in busy:
                    continue
                self.db.execute("UPDATE outbox SET state='sending', attempts=attempts+1 WHERE id=?", (row["id"],))
                claimed.append(self._message(row))
                if len(claimed) >= limit:
                    break
        return claimed

    def _message(self, row: sqlite3.Row) -> OutboxMessage:
        return OutboxMessage(id=row["id"], chat_id=row["chat_id"], attempts=row["attempts"] + 1,
                             plain=bool(row["plain"]), story=self.story(row["story_id"]), thread_id=row["thread_id"],
                             message_id=row["message_id"])

    def next_due_at(self) -> float | None:
        row = self.db.execute("SELECT MIN(not_before) FROM outbox WHERE state='pending'").fetchone()
        return row[0]

    def claim_digests(self, *, now: float, busy_chats: Iterable[int]) -> dict[int, list[OutboxMessage]]:
        """Every chat whose digest is due, with all its collected alerts, claimed as 'sending'."""
        busy = set(busy_chats)
        out: dict[int, list[OutboxMessage]] = {}
        with self._tx():
            chats = [r[0] for r in self.db.execute(
                "SELECT DISTINCT chat_id FROM outbox WHERE state='pending' AND digest=1 AND not_before<=?",
                (now,)).fetchall() if r[0] not in busy]
            for chat in chats:
                rows = self.db.execute("SELECT * FROM outbox WHERE chat_id=? AND digest=1 AND state='pending'"
                                       " ORDER BY id", (chat,)).fetchall()
                self.db.execute("UPDATE outbox SET state='sending', attempts=attempts+1 WHERE chat_id=? AND digest=1"
                                " AND state='pending'", (chat,))
                out[chat] = [self._message(r) for r in rows]
        return out

    def ack_many(self, ids: Sequence[int], *, now: float, message_id: int | None) -> None:
        with self._tx():
            self.db.executemany("UPDATE outbox SET state='sent', sent_at=?, message_id=?, last_error=NULL WHERE id=?",
                                [(now, message_id, i) for i in ids])

    def retry_many_later(self, ids: Sequence[int], *, not_before: float, error: str) -> None:
        with self._tx():
            self.db.executemany("UPDATE outbox SET state='pending', not_before=?, last_error=? WHERE id=?",
                                [(not_before, error[:500], i) for i in ids])

    def undigest(self, chat_id: int, *, now: float) -> int:
        """Digest switched off: what was collected goes out now, one by one."""
        with self._tx():
            return self.db.execute("UPDATE outbox SET digest=0, not_before=? WHERE chat_id=? AND digest=1"
                                   " AND state='pending'", (now, chat_id)).rowcount

    def claim_edits(self, *, now: float, busy_chats: Iterable[int], limit: int,
                    max_age: float = 47 * 3600) -> list[OutboxMessage]:
        """Sent alerts whose story gained outlets, one per idle chat (Telegram edits count as messages)."""
        busy = set(busy_chats)
        out: list[OutboxMessage] = []
        with self._tx():
            rows = self.db.execute(
                "SELECT * FROM outbox WHERE edit_pending=1 AND state='sent' AND not_before<=? ORDER BY id",
                (now,)).fetchall()
            for row in rows:
                if row["chat_id"] in busy or row["sent_at"] is None or row["sent_at"] < now - max_age:
                    if row["sent_at"] is not None and row["sent_at"] < now - max_age:
                        self.db.execute("UPDATE outbox SET edit_pending=0 WHERE id=?", (row["id"],))
                    continue
                busy.add(row["chat_id"])
                self.db.execute("UPDATE outbox SET edit_pending=0 WHERE id=?", (row["id"],))
                out.append(self._message(row))
                if len(out) >= limit:
                    break
        return out

    def edit_later(self, outbox_id: int, *, not_before: float) -> None:
        with self._tx():
            self.db.execute("UPDATE outbox SET edit_pending=1, not_before=? WHERE id=?", (not_before, outbox_id))

    def ack_sent(self, outbox_id: int, *, now: float, message_id: int | None) -> None:
        with self._tx():
            self.db.execute("UPDATE outbox SET state='sent', sent_at=?, message_id=?, last_error=NULL"
                            " WHERE id=?", (now, message_id, outbox_id))

    def retry_later(self, outbox_id: int, *, not_before: float, error: str, plain: bool | None = None,
                    count_attempt: bool = True) -> None:
        with self._tx():
            self.db.execute(
                "UPDATE outbox SET state='pending', not_before=?, last_error=?, plain=COALESCE(?, plain),"
                " attempts=attempts-? WHERE id=?",
                (not_before, error[:500], None if plain is None else int(plain), 0 if count_attempt else 1,
                 outbox_id))

    def fail(self, outbox_id: int, *, error: str) -> None:
        with self._tx():
            self.db.execute("UPDATE outbox SET state='failed', last_error=? WHERE id=?", (error[:500], outbox_id))

    def outbox_counts(self) -> dict[str, int]:
        rows = self.db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall()
        counts = {"pending": 0, "sending": 0, "sent": 0, "failed": 0}
        counts.update({r[0]: r[1] for r in rows})
        return counts

    def sent_since(self, since: float) -> int:
        return self.db.execute("SELECT COUNT(*) FROM outbox WHERE state='sent' AND sent_at>=?",
                               (since,)).fetchone()[0]

    def outbox_rows(self) -> list[dict[str, Any]]:
        """For tests and status: every outbox row with its story title."""
        rows = self.db.execute(
            "SELECT o.*, s.title, s.url FROM outbox o JOIN stories s ON s.id=o.story_id ORDER BY o.id").fetchall()
        return [dict(r) for r in rows]
