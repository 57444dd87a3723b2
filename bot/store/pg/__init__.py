"""PostgreSQL: the same `StoreAPI` on an asyncpg pool, for several instances sharing one database."""

from ..chats import ChatSteps
from ..polls import PollSteps
from ..stories import StorySteps
from ..websub import WebSubSteps
from .feeds import PgFeeds
from .outbox import PgOutbox
from .schema import PG_MIGRATIONS
from .stories import PgStories

__all__ = ["PG_MIGRATIONS", "PostgresStore"]


class PostgresStore(PollSteps, PgFeeds, StorySteps, PgStories, PgOutbox, ChatSteps, WebSubSteps):
    """Every method is one transaction on a pooled connection; leases and claims carry this instance's id."""
