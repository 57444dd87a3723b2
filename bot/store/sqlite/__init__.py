"""SQLite: one instance, one file (the default backend)."""

from .facade import AsyncSqliteStore
from .schema import MIGRATIONS
from .store import SqliteStore

__all__ = ["MIGRATIONS", "AsyncSqliteStore", "SqliteStore"]
