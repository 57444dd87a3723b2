"""`StoreAPI` on SQLite: each call is one job on the store thread, and polls that found nothing are batched."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Callable, Coroutine
from dataclasses import replace
from pathlib import Path
from typing import Any

from ...models import Committed, FeedState, PollRecord, StoreFault
from ..api import API_METHODS, instance_id
from ..errors import StoreError
from ..feedstate import after_failure, after_not_modified, after_success, needs_write_now
from ..tx import drive
from .store import SqliteStore

Step = Callable[..., Coroutine[Any, Any, Any]]


async def _nothing() -> None:
    """A job that only writes the pending batch."""


class AsyncSqliteStore:
    """`StoreAPI` over `SqliteStore`: each API method runs its twin to the end on the store thread.

    One instance owns the file, so feed states are also kept here, changed by the same transitions
    (feedstate.py) the file's rows are, and polls that found nothing new (most polls) are written in
    batches: such a poll costs no hand-off to the store thread. A batch waits at most `FLUSH_AFTER`
    seconds and goes first in the next store call, so reads and later writes see it; a crash loses at
    most one batch of "polled, nothing new" marks, which only makes those feeds be polled a little early
    after the restart.
    """

    FLUSH_AFTER = 1.0

    def __init__(self, path: Path):
        self.owner = instance_id()
        self.sync = SqliteStore(path, owner=self.owner)
        self._states: dict[str, FeedState] = {}
        self._unchanged: dict[str, FeedState] = {}  # url -> the cached state of a poll that found nothing, unwritten
        self._flush_timer: asyncio.TimerHandle | None = None
        self._flushes: set[asyncio.Task[None]] = set()

    shared = False

    @property
    def describe(self) -> str:
        return str(self.sync.path)

    async def open(self) -> None:
        await self.sync.open()

    async def close(self) -> None:
        await self._run(_nothing)  # the last batch (kept unwritten if the disk is full: a few early polls)
        if self._flush_timer is not None:
            self._flush_timer.cancel()
            self._flush_timer = None
        await self.sync.close()

    @property
    def fault(self) -> StoreFault | None:
        return self.sync.faults.current

    @property
    def replaces_lost(self) -> str | None:
        return self.sync.replaces_lost

    async def _run(self, step: Step, *args: Any, **kwargs: Any) -> Any:
        batch = list(self._unchanged.values())
        self._unchanged.clear()
        unsaved: list[StoreError] = []

        def job() -> Any:
            if batch:  # its failure (a full disk) is not the step's: a read still answers
                try:
                    drive(self.sync.write_cached_states(batch))
                except StoreError as exc:
                    unsaved.append(exc)
                except sqlite3.Error as exc:
                    unsaved.append(self.sync.classify(exc))
            return drive(step(*args, **kwargs))

        try:
            return await self.sync.run(job)
        finally:
            if unsaved:
                self.sync.faults.note(unsaved[0])
                for state in batch:  # kept for a later call; a newer state of the same feed wins
                    self._unchanged.setdefault(state.url, state)
                self._arm()

    async def feed_states(self) -> dict[str, FeedState]:
        states: dict[str, FeedState] = await self._run(self.sync.feed_states)
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
        if state is None or needs_write_now(state):
            await self._write_feed(url, lambda s: after_not_modified(s, now=now, next_poll_at=next_poll_at),
                                   self.sync.record_not_modified, url, now=now, next_poll_at=next_poll_at)
            return
        self._states[url] = self._unchanged[url] = after_not_modified(state, now=now, next_poll_at=next_poll_at)
        self._arm()

    def _arm(self) -> None:
        if self._flush_timer is None:
            self._flush_timer = asyncio.get_running_loop().call_later(self.FLUSH_AFTER, self._flush_soon)

    def _flush_soon(self) -> None:
        self._flush_timer = None
        if self._unchanged:
            task = asyncio.create_task(self._flush(), name="store-flush")
            self._flushes.add(task)
            task.add_done_callback(self._flushes.discard)

    async def _flush(self) -> None:
        with contextlib.suppress(StoreError):  # the batch is kept and the fault noted (`_run`)
            await self._run(_nothing)

    async def _write_feed(self, url: str, after: Callable[[FeedState], FeedState] | None, step: Step,
                          *args: Any, **kwargs: Any) -> Any:
        """A write of the feed's row, mirrored in the cache by `after` (the same transition the row went
        through); without one the row is read back when next needed. The cached copy is dropped during the
        write, in case a read in flight meanwhile caches the old row."""
        state = self._states.pop(url, None)
        try:
            result = await self._run(step, *args, **kwargs)
        finally:
            self._states.pop(url, None)
        if state is not None and after is not None:
            self._states[url] = after(state)
        return result

    async def record_failure(self, url: str, *, now: float, kind: str, message: str, next_poll_at: float,
                             gone: bool = False) -> int:
        failures: int = await self._write_feed(
            url, lambda s: after_failure(s, now=now, kind=kind, message=message, next_poll_at=next_poll_at, gone=gone),
            self.sync.record_failure, url, now=now, kind=kind, message=message, next_poll_at=next_poll_at, gone=gone)
        return failures

    async def set_down_reported(self, url: str, reported: bool) -> None:
        await self._write_feed(url, lambda s: replace(s, down_reported=reported), self.sync.set_down_reported, url,
                               reported)

    async def commit_poll(self, rec: PollRecord, *, title_since: float) -> Committed:
        created: Committed = await self._write_feed(
            rec.feed_url, lambda s: _without_digests(after_success(s, rec)), self.sync.commit_poll, rec,
            title_since=title_since)
        return created


def _without_digests(state: FeedState) -> FeedState:
    """The cached copy: the item digests are the poller's to keep (cheaper than dataclasses.replace)."""
    return FeedState(**{**vars(state), "seen_items": None})


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
