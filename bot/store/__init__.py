"""The only package that speaks SQL: feed state, seen items, stories, the alert outbox and chats.

SQLite in WAL mode behind one connection on one worker thread (`Store.run`), so every public method is
one atomic step and the event loop never blocks on disk.
"""

from .base import StoreBase
from .chats import ChatsMixin
from .feeds import FeedsMixin
from .outbox import OutboxMixin
from .records import FeedState, NewStory, OutboxMessage, PollRecord, Story, StoreError, Subscription
from .schema import MIGRATIONS
from .stories import StoriesMixin
from .websub import WebSubMixin

__all__ = ["MIGRATIONS", "FeedState", "NewStory", "OutboxMessage", "PollRecord", "Store", "StoreError", "Story", "Subscription"]


class Store(FeedsMixin, StoriesMixin, OutboxMixin, ChatsMixin, WebSubMixin, StoreBase):
    """SQLite in WAL mode; every method runs on the store's own thread via `run`."""
