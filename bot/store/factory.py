"""Pick the backend from `[storage]`: a PostgreSQL URL means the shared server, otherwise the SQLite file."""

from __future__ import annotations

from typing import cast

from ..config import StorageConfig
from ..extras import POSTGRES
from ..pacing import Pace
from .api import StoreAPI
from .errors import StoreError, redact_url
from .sqlite import AsyncSqliteStore


def make_store(storage: StorageConfig, *, claim_ttl: float = 60.0, pace: Pace | None = None) -> StoreAPI:
    """An unopened store. `claim_ttl`: how long an outbox claim outlives a dead sender; `pace`: Telegram's
    per-chat limits, kept across instances (PostgreSQL)."""
    if storage.url:
        try:
            from .pg import PostgresStore  # asyncpg (the postgres extra) is needed only in this mode
        except ImportError as exc:
            raise StoreError(f"{redact_url(storage.url)}: {POSTGRES.hint} ({exc})") from None
        return PostgresStore(storage.url, claim_ttl=claim_ttl, pace=pace)
    return cast(StoreAPI, AsyncSqliteStore(storage.path))

