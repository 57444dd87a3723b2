"""PostgreSQL: the same `StoreAPI` on an asyncpg pool, for several instances sharing one database."""

from .base import PgBase
from .chats import PgChats
from .feeds import PgFeeds
from .outbox import PgOutbox
from .schema import PG_MIGRATIONS
from .stories import PgStories
from .websub import PgWebSub

__all__ = ["PG_MIGRATIONS", "PostgresStore"]


class PostgresStore(PgFeeds, PgStories, PgOutbox, PgChats, PgWebSub, PgBase):
    """Every method is one transaction on a pooled connection; leases and claims carry this instance's id."""
