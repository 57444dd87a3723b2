"""What every backend offers: one async method per atomic store step, so callers never know which one runs."""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Iterable, Sequence
from typing import Protocol

from ..models import (
    ChatSettings,
    Committed,
    FeedHealth,
    FeedState,
    OutboxMessage,
    PollRecord,
    StoreFault,
    Subscription,
)


def instance_id() -> str:
    """hostname:pid:random — unique per process life, so a restarted instance never owns a dead one's claims."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class StoreAPI(Protocol):
    """The state of newsbot. SQLite (one instance) and PostgreSQL (several) give identical records."""

    @property
    def describe(self) -> str:
        """Where the state lives, for logs: a file path or a URL without its password."""
        ...

    @property
    def owner(self) -> str:
        """This instance's id on leases and claims (hostname:pid:random)."""
        ...

    @property
    def shared(self) -> bool:
        """True when other instances may change the state too (PostgreSQL): cached views must be re-read."""
        ...

    @property
    def fault(self) -> StoreFault | None:
        """What keeps the store from recording anything right now (a full disk, a lost file), or None."""
        ...

    @property
    def replaces_lost(self) -> str | None:
        """Why this store, new and empty, is taken to replace a lost one (its feeds' first polls must then not
        alert again what went out before), or None."""
        ...

    async def open(self) -> None: ...

    async def check(self) -> None:
        """Look at the database itself and note a fault found there (SQLite: is the open file still the one
        at its path?)."""
        ...

    async def lease_role(self, name: str, *, now: float, ttl: float) -> bool:
        """Hold (or renew) a role only one instance may play, e.g. answering commands; False if another does."""
        ...

    async def close(self) -> None: ...

    # feeds
    async def feed_state(self, url: str) -> FeedState: ...

    async def feed_states(self) -> dict[str, FeedState]: ...

    async def feed_health(self) -> dict[str, FeedHealth]: ...

    async def lease_feed(self, url: str, *, now: float, ttl: float) -> FeedState | None:
        """The feed's state if this instance may poll it now (it is due and nobody else holds it), else None."""
        ...

    async def record_failure(self, url: str, *, now: float, kind: str, message: str, next_poll_at: float,
                             gone: bool = False) -> int: ...

    async def record_not_modified(self, url: str, *, now: float, next_poll_at: float) -> None: ...

    async def set_down_reported(self, url: str, reported: bool) -> None: ...

    # items and stories
    async def known_keys(self, keys: Iterable[str], *, title_since: float) -> set[str]: ...

    async def commit_poll(self, rec: PollRecord, *, title_since: float) -> Committed: ...

    async def recent_stories(self, *, since: float,
                             after_id: int = 0) -> list[tuple[int, str, float, str, tuple[str, ...]]]:
        """(id, title, first_seen, summary, topics) of stories since `since` with an id above `after_id`, by id."""
        ...

    async def prune(self, *, older_than: float) -> int: ...

    async def mentions_per_day(self, *, since: float) -> list[tuple[str, str, int]]: ...

    # outbox
    async def recover_in_flight(self) -> int:
        """At start-up: claims this process cannot still be working on go back to 'pending'."""
        ...

    async def release_expired_claims(self, *, now: float) -> int:
        """Any time: claims whose holder died (claim expired) go back to 'pending'."""
        ...

    async def claim_due(self, *, now: float, busy_chats: Iterable[int], limit: int) -> list[OutboxMessage]: ...

    async def claim_backlog(self, head: OutboxMessage, *, now: float, more_than: int,
                            limit: int = 100) -> list[OutboxMessage]: ...

    async def next_due_at(self) -> float | None: ...

    async def claim_digests(self, *, now: float, busy_chats: Iterable[int]) -> dict[int, list[OutboxMessage]]: ...

    async def ack_many(self, ids: Sequence[int], *, now: float, message_id: int | None) -> None: ...

    async def retry_many_later(self, ids: Sequence[int], *, not_before: float, error: str) -> None: ...

    async def undigest(self, chat_id: int, *, now: float) -> int: ...

    async def claim_edits(self, *, now: float, busy_chats: Iterable[int], limit: int,
                          max_age: float = 47 * 3600) -> list[OutboxMessage]: ...

    async def edit_later(self, outbox_id: int, *, not_before: float) -> None: ...

    async def ack_sent(self, outbox_id: int, *, now: float, message_id: int | None) -> None: ...

    async def retry_later(self, outbox_id: int, *, not_before: float, error: str, plain: bool | None = None,
                          count_attempt: bool = True) -> None: ...

    async def fail(self, outbox_id: int, *, error: str) -> None: ...

    async def queue_notice(self, chat_ids: Sequence[int], text: str, *, now: float) -> int:
        """An admin notice as outbox rows (plain text, no story): sent like alerts, in order; returns rows queued."""
        ...

    async def outbox_counts(self) -> dict[str, int]: ...

    async def sent_since(self, since: float) -> int: ...

    # chats
    async def chat_settings(self) -> dict[int, ChatSettings]: ...

    async def save_chat_settings(self, s: ChatSettings, *, now: float) -> None: ...

    async def block_chat(self, chat_id: int, *, reason: str, now: float) -> int: ...

    async def unblock_chat(self, chat_id: int, *, now: float) -> None: ...

    async def migrate_chat(self, old: int, new: int, *, now: float) -> None: ...

    # WebSub subscriptions
    async def subscriptions(self) -> dict[str, Subscription]: ...

    async def subscription_by_token(self, token: str) -> Subscription | None: ...

    async def save_subscription(self, sub: Subscription) -> None: ...

    async def delete_subscription(self, feed_url: str) -> None: ...


LIFECYCLE = frozenset({"open", "close", "describe", "shared", "owner"})
API_METHODS: tuple[str, ...] = tuple(
    name for name, value in vars(StoreAPI).items()
    if callable(value) and not name.startswith("_") and name not in LIFECYCLE)
