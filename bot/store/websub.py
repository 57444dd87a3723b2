"""WebSub subscriptions, read by callback token from any instance (the hub may call any of them)."""

from __future__ import annotations

import dataclasses

from .base import StoreBase
from ..models import Subscription

_FIELDS = tuple(f.name for f in dataclasses.fields(Subscription))


class WebSubMixin(StoreBase):
    def subscriptions(self) -> dict[str, Subscription]:
        return {r["feed_url"]: Subscription(**dict(r)) for r in self.db.execute("SELECT * FROM websub").fetchall()}

    def subscription_by_token(self, token: str) -> Subscription | None:
        row = self.db.execute("SELECT * FROM websub WHERE token=?", (token,)).fetchone()
        return Subscription(**dict(row)) if row else None

    def save_subscription(self, sub: Subscription) -> None:
        values = dataclasses.astuple(sub)
        updates = ", ".join(f"{f}=excluded.{f}" for f in _FIELDS[1:])
        with self._tx():
            self.db.execute(f"INSERT INTO websub({', '.join(_FIELDS)}) VALUES ({', '.join('?' * len(_FIELDS))})"
                            f" ON CONFLICT(feed_url) DO UPDATE SET {updates}", values)

    def delete_subscription(self, feed_url: str) -> None:
        with self._tx():
            self.db.execute("DELETE FROM websub WHERE feed_url=?", (feed_url,))
