"""SQLite: the synchronous store on its own thread, and the async facade the rest of newsbot uses."""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from .api import API_METHODS, instance_id
from .base import StoreBase
from .chats import ChatsMixin
from .feeds import FeedsMixin
from .outbox import OutboxMixin
from .stories import StoriesMixin
from .websub import WebSubMixin


class SqliteStore(FeedsMixin, StoriesMixin, OutboxMixin, ChatsMixin, WebSubMixin, StoreBase):
    """SQLite in WAL mode; synchronous methods, each run on the store's own thread via `run`."""

    def release_expired_claims(self, *, now: float) -> int:
        """One instance only: every claim belongs to this live process, none can be orphaned."""
        return 0

    def lease_role(self, name: str, *, now: float, ttl: float) -> bool:
        """One instance only: it plays every role."""
        return True


class AsyncSqliteStore:
    """`StoreAPI` over `SqliteStore`: each API method runs its synchronous twin on the store thread."""

    def __init__(self, path: Path):
        self.sync = SqliteStore(path)
        self.owner = instance_id()

    shared = False

    @property
    def describe(self) -> str:
        return str(self.sync.path)

    async def open(self) -> None:
        await self.sync.open()

    async def close(self) -> None:
        await self.sync.close()


def _on_store_thread(name: str) -> Callable[..., Coroutine[Any, Any, Any]]:
    async def call(self: AsyncSqliteStore, *args: Any, **kwargs: Any) -> Any:
        return await self.sync.run(functools.partial(getattr(self.sync, name), *args, **kwargs))

    call.__name__ = call.__qualname__ = name
    call.__doc__ = getattr(SqliteStore, name).__doc__
    return call


for _name in API_METHODS:  # one delegate per StoreAPI method; a method SqliteStore lacks fails here, at import
    setattr(AsyncSqliteStore, _name, _on_store_thread(_name))
