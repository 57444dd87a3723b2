"""WebSub subscriptions on PostgreSQL: read by callback token from whichever instance the hub calls."""

from __future__ import annotations

import dataclasses

from ...models import Subscription
from .base import PgBase

_FIELDS = tuple(f.name for f in dataclasses.fields(Subscription))


class PgWebSub(PgBase):
    async def subscriptions(self) -> dict[str, Subscription]:
        async with self._conn() as con:
            rows = await con.fetch("SELECT * FROM websub")
        return {r["feed_url"]: Subscription(**dict(r)) for r in rows}

    async def subscription_by_token(self, token: str) -> Subscription | None:
        async with self._conn() as con:
            row = await con.fetchrow("SELECT * FROM websub WHERE token=$1", token)
        return Subscription(**dict(row)) if row else None

    async def save_subscription(self, sub: Subscription) -> None:
        marks = ", ".join(f"${i}" for i in range(1, len(_FIELDS) + 1))
        updates = ", ".join(f"{f}=excluded.{f}" for f in _FIELDS[1:])
        async with self._tx() as con:
            await con.execute(f"INSERT INTO websub({', '.join(_FIELDS)}) VALUES ({marks})"
                              f" ON CONFLICT(feed_url) DO UPDATE SET {updates}", *dataclasses.astuple(sub))

    async def delete_subscription(self, feed_url: str) -> None:
        async with self._tx() as con:
            await con.execute("DELETE FROM websub WHERE feed_url=$1", feed_url)
