"""WebSub subscriptions, both backends, read by callback token from any instance (the hub may call any)."""

from __future__ import annotations

import dataclasses

from ..models import Subscription
from .tx import TxStore

_FIELDS = tuple(f.name for f in dataclasses.fields(Subscription))
_UPSERT = (f"INSERT INTO websub({', '.join(_FIELDS)}) VALUES ({', '.join('?' * len(_FIELDS))})"
           f" ON CONFLICT(feed_url) DO UPDATE SET {', '.join(f'{f}=excluded.{f}' for f in _FIELDS[1:])}")


class WebSubSteps(TxStore):
    async def subscriptions(self) -> dict[str, Subscription]:
        async with self._read() as tx:
            rows = await tx.fetch("SELECT * FROM websub")
        return {r["feed_url"]: Subscription(**dict(r)) for r in rows}

    async def subscription_by_token(self, token: str) -> Subscription | None:
        async with self._read() as tx:
            row = await tx.fetchrow("SELECT * FROM websub WHERE token=?", token)
        return Subscription(**dict(row)) if row else None

    async def save_subscription(self, sub: Subscription) -> None:
        async with self._write() as tx:
            await tx.execute(_UPSERT, *dataclasses.astuple(sub))

    async def delete_subscription(self, feed_url: str) -> None:
        async with self._write() as tx:
            await tx.execute("DELETE FROM websub WHERE feed_url=?", feed_url)
