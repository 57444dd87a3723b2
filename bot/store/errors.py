"""The store's one error type, and the database URL as logs and errors may show it."""

from __future__ import annotations

from urllib.parse import urlsplit


class StoreError(RuntimeError):
    """The database cannot be used; the message names the file (or the server, never its password)."""


class DiskFullError(StoreError):
    """The disk (or quota) under the database is full: nothing is written until space returns."""


class StoreLostError(StoreError):
    """The database file was deleted, replaced or damaged under the running store: what it writes would vanish."""


def redact_url(url: str) -> str:
    """The URL as it may appear in logs and errors: scheme, user, host, port, database; no password, no query."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or "localhost"
        port = f":{parts.port}" if parts.port else ""
        user = f"{parts.username}@" if parts.username else ""
    except ValueError:
        return "<unparsable database URL>"
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"
