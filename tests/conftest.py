"""Shared test setup: make `tests/support` importable as `support`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


import pytest

from support.postgres import PgServer, PgUnavailable


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server for the session (see support/postgres.py); the tests that need it skip without one."""
    try:
        server = PgServer.start()
    except PgUnavailable as exc:
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    yield server
    server.stop()


@pytest.fixture
async def pg_url(pg_server: PgServer) -> str:
    """The URL of a fresh, empty database on the session's server."""
    return await pg_server.new_database()
