"""Chats on PostgreSQL: undeliverable and migrated chats, and the settings chats change by command."""

from __future__ import annotations

import json
from typing import Any

from ...models import ChatSettings
from .base import PgBase, rowcount


class PgChats(PgBase):
    async def chat_settings(self) -> dict[int, ChatSettings]:
        async with self._conn() as con:
            rows = await con.fetch("SELECT * FROM chat_settings")
        return {r["chat_id"]: ChatSettings(
            chat_id=r["chat_id"], subscribed=frozenset(json.loads(r["subscribed"])),
            unsubscribed=frozenset(json.loads(r["unsubscribed"])),
            muted={k: float(v) for k, v in json.loads(r["muted"]).items()}, digest_at=r["digest_at"]) for r in rows}

    async def save_chat_settings(self, s: ChatSettings, *, now: float) -> None:
        async with self._tx() as con:
            await con.execute(
                "INSERT INTO chat_settings(chat_id, subscribed, unsubscribed, muted, digest_at, updated_at)"
                " VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT(chat_id) DO UPDATE SET subscribed=excluded.subscribed,"
                " unsubscribed=excluded.unsubscribed, muted=excluded.muted, digest_at=excluded.digest_at,"
                " updated_at=excluded.updated_at",
                s.chat_id, json.dumps(sorted(s.subscribed)), json.dumps(sorted(s.unsubscribed)),
                json.dumps(dict(s.muted)), s.digest_at, now)

    async def block_chat(self, chat_id: int, *, reason: str, now: float) -> int:
        """Mark a chat undeliverable and fail its queue; returns how many alerts that dropped."""
        async with self._tx() as con:
            await con.execute(
                "INSERT INTO chats(chat_id, blocked, reason, updated_at) VALUES ($1,1,$2,$3)"
                " ON CONFLICT(chat_id) DO UPDATE SET blocked=1, reason=excluded.reason,"
                " updated_at=excluded.updated_at", chat_id, reason, now)
            return rowcount(await con.execute(
                "UPDATE outbox SET state='failed', last_error=$2 WHERE chat_id=$1 AND state IN ('pending','sending')",
                chat_id, f"chat undeliverable: {reason}"[:500]))

    async def unblock_chat(self, chat_id: int, *, now: float) -> None:
        async with self._tx() as con:
            await con.execute("UPDATE chats SET blocked=0, reason=NULL, updated_at=$2 WHERE chat_id=$1", chat_id, now)

    async def migrate_chat(self, old: int, new: int, *, now: float) -> None:
        """A group became a supergroup: move its queue (minus alerts the new id already has) and remember it."""
        async with self._tx() as con:
            await con.execute(
                "INSERT INTO chats(chat_id, migrated_to, updated_at) VALUES ($1,$2,$3)"
                " ON CONFLICT(chat_id) DO UPDATE SET migrated_to=excluded.migrated_to,"
                " updated_at=excluded.updated_at", old, new, now)
            await con.execute(
                "UPDATE outbox o SET chat_id=$2, state='pending', not_before=$3 WHERE o.chat_id=$1"
                " AND o.state IN ('pending','sending') AND NOT EXISTS"
                " (SELECT 1 FROM outbox n WHERE n.story_id=o.story_id AND n.chat_id=$2)", old, new, now)

    async def chat_states(self) -> dict[int, dict[str, Any]]:
        async with self._conn() as con:
            return {r["chat_id"]: dict(r) for r in await con.fetch("SELECT * FROM chats")}
