"""SQLite: the synchronous store on its own thread, and the async facade the rest of newsbot uses."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from pathlib import Path
from dataclasses import replace
from typing import Any

from .api import API_METHODS, instance_id
from .base import StoreBase
from .chats import ChatsMixin
from .feeds import FeedsMixin
from .outbox import OutboxMixin
from ..models import FeedState, PollRecord
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
    """`StoreAPI` over `SqliteStore`: each API method runs its synchronous twin on the store thread.

    One instance owns the file, so feed states are also kept here and polls that found nothing new
    (most polls) are written in batches: such a poll costs no hand-off to the store thread. A batch
    waits at most `FLUSH_AFTER` seconds and goes first in the next store call, so reads and later
    writes see it; a crash loses at most one batch of "polled, nothing new" marks, which only makes
    those feeds be polled a little early after the restart.
    """

    FLUSH_AFTER = 1.0

    def __init__(self, path: Path):
        self.sync = SqliteStore(path)
        self.owner = instance_id()
        self._states: dict[str, FeedState] = {}
        self._unchanged: dict[str, tuple[str, float, float]] = {}  # url -> (url, now, next_poll_at), unwritten
        self._flush_timer: asyncio.TimerHandle | None = None
        self._flushes: set[asyncio.Task[None]] = set()

    shared = False

    @property
    def describe(self) -> str:
        return str(self.sync.path)

    async def open(self) -> None:
        await self.sync.open()

    async def close(self) -> None:
        if self._flush_timer is not None:
            self._flush_timer.cancel()
        await self._run(lambda: None)  # the last batch
        await self.sync.close()

    async def _run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        batch = list(self._unchanged.values())
        self._unchanged.clear()

        def job() -> Any:
            if batch:
                self.sync.record_not_modified_many(batch)
            return fn(*args, **kwargs)

        return await self.sync.run(job)

    async def feed_states(self) -> dict[str, FeedState]:
        states = await self._run(self.sync.feed_states)
        for url, state in states.items():  # read them all anyway; a write in flight drops its feed's again
            self._states.setdefault(url, replace(state, seen_items=None))
        return states

    async def lease_feed(self, url: str, *, now: float, ttl: float) -> FeedState | None:
        state = self._states.get(url)
        if state is None:
            state = await self._run(self.sync.lease_feed, url, now=now, ttl=ttl)
            if state is not None:  # the item digests are the caller's to keep from here on
                self._states[url] = replace(state, seen_items=None)
        return state

    async def record_not_modified(self, url: str, *, now: float, next_poll_at: float) -> None:
        state = self._states.get(url)
        if state is None or state.failures or state.gone or state.failing_since is not None:
            # a recovery: written now, and read back when next needed
            await self._write_feed(url, self.sync.record_not_modified, url, now=now, next_poll_at=next_poll_at)
            return
        self._states[url] = replace(state, last_poll_at=now, last_ok_at=now, next_poll_at=next_poll_at)
        self._unchanged[url] = (url, now, next_poll_at)
        if self._flush_timer is None:
            self._flush_timer = asyncio.get_running_loop().call_later(self.FLUSH_AFTER, self._flush_soon)

    def _flush_soon(self) -> None:
        self._flush_timer = None
        if self._unchanged:
            task = asyncio.create_task(self._run(lambda: None), name="store-flush")
            self._flushes.add(task)
            task.add_done_callback(self._flushes.discard)

    async def _write_feed(self, url: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """A write the cache does not mirror: the feed is read back from the file when next needed
        (dropped before, and after, in case a read in flight meanwhile cached the old row)."""
        self._states.pop(url, None)
        try:
            return await self._run(fn, *args, **kwargs)
        finally:
            self._states.pop(url, None)

    async def record_failure(self, url: str, **kwargs: Any) -> int:
        return await self._write_feed(url, self.sync.record_failure, url, **kwargs)

    async def set_down_reported(self, url: str, reported: bool) -> None:
        await self._write_feed(url, self.sync.set_down_reported, url, reported)

    async def commit_poll(self, rec: PollRecord, *, title_since: float) -> list[tuple[int, str]]:
        state = self._states.pop(rec.feed_url, None)
        try:
            created = await self._run(self.sync.commit_poll, rec, title_since=title_since)
        finally:
            self._states.pop(rec.feed_url, None)
        if state is not None:  # what commit_poll wrote to the feed's row, without reading it back
            self._states[rec.feed_url] = replace(
                state, title=rec.title or state.title, first_ok_at=state.first_ok_at or rec.now, etag=rec.etag,
                last_modified=rec.last_modified, body_hash=rec.body_hash, last_poll_at=rec.now, last_ok_at=rec.now,
                failures=0, last_error=None, last_error_kind=None, next_poll_at=rec.next_poll_at,
                moved_to=rec.moved_to or state.moved_to, failing_since=None, gone=False)
        return created


def _on_store_thread(name: str) -> Callable[..., Coroutine[Any, Any, Any]]:
    async def call(self: AsyncSqliteStore, *args: Any, **kwargs: Any) -> Any:
        return await self._run(getattr(self.sync, name), *args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = getattr(SqliteStore, name).__doc__
    return call


for _name in API_METHODS:  # one delegate per StoreAPI method; a method SqliteStore lacks fails here, at import
    getattr(SqliteStore, _name)
    if _name not in vars(AsyncSqliteStore):  # the feed methods above keep the cache and the batch
        setattr(AsyncSqliteStore, _name, _on_store_thread(_name))
