"""Per feed, the raw items of its last successful parse: what lets a changed feed parse only its news.

Owned by the caller of `poll_feed` (one per process), which also stores each feed's `SeenItems`
(`encode`/`decode`) so that a restarted daemon goes on parsing only what is new. A feed never parsed
is parsed whole, as the first-poll rules of the bot need. Bounded: a few hundred bytes per feed
(8-byte digests), the least recently used feeds dropped beyond `max_feeds`.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass

from .itemsplit import DIGEST_BYTES

__all__ = ["ItemCache", "SeenItems"]


@dataclass(frozen=True)
class SeenItems:
    """The items one parsed body of a feed contained.

    Valid only for the next poll of a feed whose stored body hash is still `body_hash` (so a poll the
    caller never recorded, e.g. its store commit failed, leaves nothing marked as seen), and only
    for the same `base_url` (relative links resolve against it) and item `tag`.
    """

    body_hash: str
    base_url: str
    tag: bytes
    digests: bytes  # DIGEST_BYTES per item, concatenated

    def encode(self) -> str:
        """Text for the store (the digests are stable across processes)."""
        return json.dumps([self.body_hash, self.base_url, self.tag.decode("latin-1"), self.digests.hex()])

    @staticmethod
    def decode(text: str | None) -> SeenItems | None:
        """What `encode` wrote; None for nothing or anything unreadable (the next parse is then whole)."""
        try:
            body_hash, base_url, tag, digests = json.loads(text or "null")
            return SeenItems(str(body_hash), str(base_url), str(tag).encode("latin-1"), bytes.fromhex(digests))
        except (TypeError, ValueError, UnicodeError):
            return None

    def known(self) -> set[bytes]:
        step = DIGEST_BYTES
        return {self.digests[i:i + step] for i in range(0, len(self.digests), step)}


class ItemCache:
    """Feed URL -> `SeenItems`, least recently used first out."""

    def __init__(self, max_feeds: int = 100_000):
        self.max_feeds = max_feeds
        self._feeds: OrderedDict[str, SeenItems] = OrderedDict()

    def __len__(self) -> int:
        return len(self._feeds)

    def get(self, feed_url: str) -> SeenItems | None:
        seen = self._feeds.get(feed_url)
        if seen is not None:
            self._feeds.move_to_end(feed_url)
        return seen

    def put(self, feed_url: str, seen: SeenItems | None) -> None:
        """Remember `seen` for the feed; None forgets it (the next changed body is parsed whole)."""
        if seen is None:
            self._feeds.pop(feed_url, None)
            return
        self._feeds[feed_url] = seen
        self._feeds.move_to_end(feed_url)
        while len(self._feeds) > self.max_feeds:
            self._feeds.popitem(last=False)
