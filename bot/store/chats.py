"""Chats: undeliverable and migrated chats, and the settings chats change by command."""

from __future__ import annotations

import json
from typing import Any

from ..models import ChatSettings
from .base import StoreBase


class ChatsMixin(StoreBase):
    def chat_settings(self) -> dict[int, ChatSettings]:
        out: dict[int, ChatSettings] = {}
        for r in self.db.execute("SELECT * FROM chat_settings").fetchall():
            out[r["chat_id"]] = ChatSettings(
                chat_id=r["chat_id"], subscribed=frozenset(json.loads(r["subscribed"])),
                unsubscribed=frozenset(json.loads(r["unsubscribed"])),
                muted={k: float(v) for k, v in json.loads(r["muted"]).items()}, digest_at=r["digest_at"])
        return out

    def save_chat_settings(self, s: ChatSettings, *, now: float) -> None:
        with self._tx():
            self.db.execute(
                "INSERT INTO chat_settings(chat_id, subscribed, unsubscribed, muted, digest_at, updated_at)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT(chat_id) DO UPDATE SET subscribed=excluded.subscribed,"
                " unsubscribed=excluded.unsubscribed, muted=excluded.muted, digest_at=excluded.digest_at,"
                " updated_at=excluded.updated_at",
                (s.chat_id, json.dumps(sorted(s.subscribed)), json.dumps(sorted(s.unsubscribed)),
                 json.dumps(dict(s.muted)), s.digest_at, now))

    def block_chat(self, chat_id: int, *, reason: str, now: float) -> int:
        """Mark a chat undeliverable and fail its queue; returns how many alerts that dropped."""
        with self._tx():
            self.db.execute(
                "INSERT INTO chats(chat_id, blocked, reason, updated_at) VALUES (?,1,?,?)"
                " ON CONFLICT(chat_id) DO UPDATE SET blocked=1, reason=excluded.reason,"
                " updated_at=excluded.updated_at", (chat_id, reason, now))
            return self.db.execute(
                "UPDATE outbox SET state='failed', last_error=? WHERE chat_id=? AND state IN ('pending','sending')",
                (f"chat undeliverable: {reason}"[:500], chat_id)).rowcount

    def unblock_chat(self, chat_id: int, *, now: float) -> None:
        with self._tx():
            self.db.execute("UPDATE chats SET blocked=0, reason=NULL, updated_at=? WHERE chat_id=?", (now, chat_id))

    def migrate_chat(self, old: int, new: int, *, now: float) -> None:
        """A group became a supergroup: move its queue and remember the new id."""
        with self._tx():
            self.db.execute(
                "INSERT INTO chats(chat_id, migrated_to, updated_at) VALUES (?,?,?)"
                " ON CONFLICT(chat_id) DO UPDATE SET migrated_to=excluded.migrated_to,"
                " updated_at=excluded.updated_at", (old, new, now))
            self.db.execute(
                "UPDATE OR IGNORE outbox SET chat_id=?, state='pending', not_before=? "
                "WHERE chat_id=? AND state IN ('pending','sending')", (new, now, old))

    def chat_states(self) -> dict[int, dict[str, Any]]:
        return {r["chat_id"]: dict(r) for r in self.db.execute("SELECT * FROM chats").fetchall()}
