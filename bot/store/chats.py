"""Chats, both backends: undeliverable and migrated chats, and the settings chats change by command."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace

from ..models import ChatSettings, Delivery
from .tx import Tx, TxStore


class ChatSteps(TxStore):
    async def chat_settings(self) -> dict[int, ChatSettings]:
        async with self._read() as tx:
            rows = await tx.fetch("SELECT * FROM chat_settings")
        return {r["chat_id"]: ChatSettings(
            chat_id=r["chat_id"], subscribed=frozenset(json.loads(r["subscribed"])),
            unsubscribed=frozenset(json.loads(r["unsubscribed"])),
            muted={k: float(v) for k, v in json.loads(r["muted"]).items()}, digest_at=r["digest_at"]) for r in rows}

    async def save_chat_settings(self, s: ChatSettings, *, now: float) -> None:
        async with self._write() as tx:
            await tx.execute(
                "INSERT INTO chat_settings(chat_id, subscribed, unsubscribed, muted, digest_at, updated_at)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT(chat_id) DO UPDATE SET subscribed=excluded.subscribed,"
                " unsubscribed=excluded.unsubscribed, muted=excluded.muted, digest_at=excluded.digest_at,"
                " updated_at=excluded.updated_at",
                s.chat_id, json.dumps(sorted(s.subscribed)), json.dumps(sorted(s.unsubscribed)),
                json.dumps(dict(s.muted)), s.digest_at, now)

    async def block_chat(self, chat_id: int, *, reason: str, now: float) -> int:
        """Mark a chat undeliverable and fail its queue; returns how many alerts that dropped."""
        async with self._write() as tx:
            await tx.execute(
                "INSERT INTO chats(chat_id, blocked, reason, updated_at) VALUES (?,1,?,?)"
                " ON CONFLICT(chat_id) DO UPDATE SET blocked=1, reason=excluded.reason,"
                " updated_at=excluded.updated_at", chat_id, reason, now)
            return await tx.execute(
                "UPDATE outbox SET state='failed', last_error=? WHERE chat_id=? AND state IN ('pending','sending')",
                f"chat undeliverable: {reason}"[:500], chat_id)

    async def unblock_chat(self, chat_id: int, *, now: float) -> None:
        async with self._write() as tx:
            await tx.execute("UPDATE chats SET blocked=0, reason=NULL, updated_at=? WHERE chat_id=?", now, chat_id)

    async def migrate_chat(self, old: int, new: int, *, now: float) -> None:
        """A group became a supergroup: move its queue (minus alerts the new id already has) and remember it."""
        async with self._write() as tx:
            await tx.execute(
                "INSERT INTO chats(chat_id, migrated_to, updated_at) VALUES (?,?,?)"
                " ON CONFLICT(chat_id) DO UPDATE SET migrated_to=excluded.migrated_to,"
                " updated_at=excluded.updated_at", old, new, now)
            await tx.execute(
                "UPDATE outbox SET chat_id=?, state='pending', not_before=? WHERE chat_id=?"
                " AND state IN ('pending','sending') AND NOT EXISTS"
                " (SELECT 1 FROM outbox n WHERE n.story_id=outbox.story_id AND n.chat_id=?)", new, now, old, new)


async def deliverable(tx: Tx, deliveries: Iterable[Delivery]) -> list[Delivery]:
    """Follow group->supergroup migrations; skip chats known to be undeliverable."""
    out: dict[int, Delivery] = {}
    for wanted in deliveries:
        d = wanted
        row = await tx.fetchrow("SELECT blocked, migrated_to FROM chats WHERE chat_id=?", d.chat_id)
        if row is not None and row["migrated_to"] is not None:
            d = replace(d, chat_id=row["migrated_to"])
            row = await tx.fetchrow("SELECT blocked FROM chats WHERE chat_id=?", d.chat_id)
        if row is not None and row["blocked"]:
            continue
        out.setdefault(d.chat_id, d)
    return list(out.values())
