"""What a poll's outcome does to a feed's state, written once. Pure: no SQL, no clock.

Both backends read the feed's row inside the transaction, apply one of these, and write back what it
returns (`feeds.write_feed`); the SQLite cache applies the same functions to its copy, so the cache and
the file cannot disagree on a rule such as "a successful poll resets the failure state".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from ..models import FeedState, PollRecord

ERROR_MAX = 500  # characters of an error message kept


# what any answer the feed gave correctly does: it ends a failure spell, and a feed that answers is not gone
_RECOVERED: Mapping[str, Any] = MappingProxyType(
    {"failures": 0, "last_error": None, "last_error_kind": None, "failing_since": None, "gone": False})


def after_success(state: FeedState, rec: PollRecord) -> FeedState:
    """A parsed 200 answer: new validators; the title, new address and item digests only when it gave them."""
    return FeedState(
        url=state.url, title=rec.title if rec.title is not None else state.title,
        first_ok_at=state.first_ok_at if state.first_ok_at is not None else rec.now,
        etag=rec.etag, last_modified=rec.last_modified, body_hash=rec.body_hash,
        last_poll_at=rec.now, last_ok_at=rec.now, **_RECOVERED, next_poll_at=rec.next_poll_at,
        moved_to=rec.moved_to if rec.moved_to is not None else state.moved_to,
        down_reported=state.down_reported,
        seen_items=rec.seen_items if rec.seen_items is not None else state.seen_items)


def after_not_modified(state: FeedState, *, now: float, next_poll_at: float) -> FeedState:
    """A 304 (or an unchanged body): the validators still hold."""
    return FeedState(**{**vars(state), **_RECOVERED, "last_poll_at": now, "last_ok_at": now,
                        "next_poll_at": next_poll_at})


def after_failure(state: FeedState, *, now: float, kind: str, message: str, next_poll_at: float,
                  gone: bool = False) -> FeedState:
    """One more consecutive failure; the spell's start and a 'gone' verdict stay until a success."""
    return replace(state, failures=state.failures + 1, last_error=message[:ERROR_MAX], last_error_kind=kind,
                   last_poll_at=now, next_poll_at=next_poll_at, gone=state.gone or gone,
                   failing_since=state.failing_since if state.failing_since is not None else now)


def needs_write_now(state: FeedState) -> bool:
    """A 304 that ends a failure spell is written at once (not batched): operators read recoveries."""
    return bool(state.failures or state.gone or state.failing_since is not None)
