"""The records that cross stages: polls -> pipeline -> store -> delivery. Frozen, and importing nothing of the app,
so the store, routing, rendering and the pipeline all point down to this one module."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Delivery:
    chat_id: int
    thread_id: int | None = None
    digest_at: float | None = None  # set: collect into the chat's daily digest due at this time


@dataclass(frozen=True)
class ChatSettings:
    """What a chat changed by command (stored), on top of what the config says."""

    chat_id: int
    subscribed: frozenset[str] = frozenset()
    unsubscribed: frozenset[str] = frozenset()
    muted: Mapping[str, float] = field(default_factory=dict)  # topic or "all" -> until (epoch seconds)
    digest_at: str | None = None  # "HH:MM" in the chat's time zone


@dataclass(frozen=True)
class FeedState:
    url: str
    title: str | None = None
    first_ok_at: float | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_poll_at: float | None = None
    last_ok_at: float | None = None
    failures: int = 0
    last_error: str | None = None
    last_error_kind: str | None = None
    next_poll_at: float | None = None
    moved_to: str | None = None
    gone: bool = False
    failing_since: float | None = None
    down_reported: bool = False
    seen_items: str | None = None  # raw item digests of the last parsed body (watchers.itemcache)


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """Two columns of a feed's state, all a /metrics scrape needs (the whole FeedState of 10,000 feeds costs
    15 times as much to read)."""

    failures: int
    last_ok_at: float | None


@dataclass(frozen=True)
class Subscription:
    """One WebSub subscription. `token` names its callback URL; `secret` signs what the hub pushes."""

    feed_url: str
    hub: str
    topic: str
    token: str
    secret: str
    state: str  # requested | active | denied | failed | unsubscribing
    requested_at: float
    lease_until: float | None = None
    verified_at: float | None = None
    last_push_at: float | None = None
    failures: int = 0
    retry_at: float | None = None
    last_error: str | None = None

    def live(self, now: float) -> bool:
        """Pushes are expected: verified, and the lease has not run out."""
        return self.state == "active" and self.lease_until is not None and self.lease_until > now


@dataclass(frozen=True)
class NewStory:
    """A matched item that should become a story (unless another feed got there first)."""

    keys: tuple[str, ...]  # item identity keys plus the title key
    title: str
    url: str
    source: str
    lang: str | None
    published: float | None
    summary: str
    topics: tuple[str, ...]
    terms: tuple[str, ...]
    deliveries: tuple[Delivery, ...]
    cluster_of: int | None = None  # the story this reports again: a stored one, or (negative) another item's `local`
    local: int | None = None  # a new story's provisional id (negative), for later items of the same poll to join
    absorbs: tuple[int, ...] = ()  # other stories this shows to be `cluster_of`'s event: merged while none was sent


@dataclass(frozen=True)
class Committed:
    """What one poll's commit did with its stories."""

    placed: tuple[int | None, ...]  # per NewStory of the record: the story it created or joined (None: seen before)
    created: tuple[int, ...]  # the stories it created
    merged: tuple[tuple[int, int], ...] = ()  # (absorbed, survivor): stories found to be one event and made one


@dataclass(frozen=True)
class Story:
    id: int
    title: str
    url: str
    source: str
    lang: str | None
    published: float | None
    summary: str
    topics: tuple[str, ...]
    terms: tuple[str, ...]
    feed_url: str
    first_seen: float
    sources: tuple[str, ...] = ()  # other outlets that reported it since

    @property
    def outlets(self) -> int:
        return 1 + len(self.sources)


@dataclass(frozen=True)
class OutboxMessage:
    id: int
    chat_id: int
    attempts: int
    plain: bool
    story: Story | None  # None: an admin notice, whose text is `notice`
    thread_id: int | None = None
    message_id: int | None = None  # set for an edit of a sent alert
    notice: str | None = None


@dataclass(frozen=True)
class PollRecord:
    """Everything one successful poll changes, committed in one transaction."""

    feed_url: str
    now: float
    seen_keys: tuple[str, ...]  # keys of items that are not stories (no match, or old backfill)
    stories: tuple[NewStory, ...]
    title: str | None
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    next_poll_at: float | None
    moved_to: str | None = None
    seen_items: str | None = None  # None keeps what is stored (a push has no body of the feed's own)


@dataclass(frozen=True)
class StoreFault:
    """What keeps the store from recording anything: the disk is full (it passes when space returns), or the
    database file was lost under the running process (it does not pass: newsbot must be restarted)."""

    kind: str  # disk_full | lost
    message: str  # for operators: which database, what happened, what to do
