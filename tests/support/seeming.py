"""A local server that looks public to the fetcher's guard: a test cannot bind a public address, so the address
the guard reads for connections to this server (`watchers.netguard.peer_of`) is replaced."""

from __future__ import annotations

from typing import Any

import pytest

from watchers import netguard

PUBLIC_ADDRESS = "93.184.216.34"


def seem_public(monkeypatch: pytest.MonkeyPatch, base_url: str) -> None:
    """Connections to the server at `base_url` (http://127.0.0.1:port) seem to go to a public address."""
    port = int(base_url.rsplit(":", 1)[1])
    real = netguard.peer_of

    def peer(conn: Any) -> str | None:
        transport = getattr(conn, "transport", None)
        name = transport.get_extra_info("peername") if transport is not None else None
        return PUBLIC_ADDRESS if name and name[1] == port else real(conn)

    monkeypatch.setattr(netguard, "peer_of", peer)
