"""The only package that speaks SQL: feed state, seen items, stories, the alert outbox and chats.

`make_store(config.storage)` picks the backend: SQLite (default; one instance, one file) or PostgreSQL
(`[storage] url`; several instances share the work). Both implement `StoreAPI`, whose methods are each
one atomic step.
"""

from .api import StoreAPI, instance_id
from .errors import StoreError, redact_url
from .factory import make_store
from .sqlite import MIGRATIONS, AsyncSqliteStore, SqliteStore

__all__ = ["MIGRATIONS", "AsyncSqliteStore", "SqliteStore", "StoreAPI", "StoreError", "instance_id", "make_store",
           "redact_url"]
