"""The data that leaves the watcher: plain frozen dataclasses, no feedparser or aiohttp types."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class FeedSpec:
    """One feed to watch, as the scheduler and poller see it."""

    url: str
    name: str = ""
    interval: float = 300.0
    topics: tuple[str, ...] | None = None  # restrict alerts from this feed to these topics


@dataclass(frozen=True)
class Item:
    """One normalised feed entry.

    `keys` are the identity keys of the item (GUID, canonical URL without scheme, ...): the item is
    the same item as an earlier one when any key is shared, so a changed GUID, an http->https move or
    an edited title does not make it new.
    """

    id: str  # stable primary identity (the first of `keys`)
    keys: tuple[str, ...]
    url: str  # canonical URL: tracking parameters removed, news-search wrappers unwrapped
    title: str  # plain text
    summary: str  # plain text, whitespace collapsed
    published: datetime | None  # timezone-aware UTC
    source: str  # outlet name
    lang: str | None
    feed_url: str


@dataclass(frozen=True)
class FetchError:
    """Why a poll failed, classified where it happened."""

    kind: str  # timeout|dns|connect|tls|http|too_large|redirects|parse|invalid
    message: str
    permanent: bool = False
    status: int | None = None
    retry_after: float | None = None  # seconds, from a Retry-After header


@dataclass(frozen=True)
class Validators:
    """What the next conditional GET sends, and what tells an unchanged body apart."""

    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None


@dataclass(frozen=True)
class HubLinks:
    """A WebSub hub the feed advertises, and the topic URL the hub knows it by (rel=self, else the feed)."""

    hub: str
    topic: str


@dataclass(frozen=True)
class PollOutcome:
    """The result of one poll of one feed; a failed poll carries `error` instead of raising."""

    feed_url: str
    fetched_at: datetime
    items: tuple[Item, ...] = ()  # polled with an ItemCache: only those its last parsed body lacked
    validators: Validators = field(default_factory=Validators)
    not_modified: bool = False  # 304, or the body hash matched: nothing was parsed
    error: FetchError | None = None
    feed_title: str = ""
    final_url: str | None = None  # set when a permanent redirect moved the feed
    bytes_read: int = 0
    min_next_poll: float | None = None  # seconds the server asked us to wait (ttl, max-age, Retry-After)
    hub: HubLinks | None = None  # WebSub push is available for this feed
    seen_items: str | None = None  # the body's raw item digests, encoded, for the store (see itemcache)
    queued: float = 0.0  # seconds the request waited in the fetcher (slots, host gap) before it was sent

    @property
    def ok(self) -> bool:
        return self.error is None
