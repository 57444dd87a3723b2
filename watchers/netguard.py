"""Which addresses a fetch may reach: a feed's publisher must not make the bot request the inside network.

A redirect, a DNS answer that changes between polls, or a WebSub hub link could point the bot at
127.0.0.1, a cloud metadata service (169.254.169.254, Alibaba's 100.100.100.200) or the LAN. The policy
is checked where the address is known: the resolver drops non-public answers, and the connector checks
the address of every connection it hands out (new, pooled, or reached through a literal IP or a cached
DNS answer, which never reach the resolver) before a request is sent on it, and notes it (`CONNECTED`):
a small response lets go of its connection before the caller could look at it.
Whether private addresses are allowed is decided per request (a context variable), by the fetcher: a feed
the operator configured on a private address may stay there; a public feed may never lead inside.
"""

from __future__ import annotations

import ipaddress
import socket
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

__all__ = ["CONNECTED", "PRIVATE_OK", "GuardedConnector", "GuardedResolver", "NonPublicAddressError", "is_public",
           "non_public", "peer_of", "private_host"]

PRIVATE_OK: ContextVar[bool] = ContextVar("newsbot_private_ok", default=True)
CONNECTED: ContextVar[str | None] = ContextVar("newsbot_connected", default=None)  # the last request's peer


def is_public(address: str) -> bool:
    """A globally routable unicast address; not loopback, private, link-local, CGNAT (100.64/10), site-local,
    multicast or reserved, nor an IPv6 form (mapped, 6to4, NAT64) of one of those."""
    return non_public(address) is None


_KINDS = (("is_loopback", "loopback"), ("is_link_local", "link-local (cloud metadata)"),
          ("is_multicast", "multicast"), ("is_unspecified", "unspecified"), ("is_reserved", "reserved"),
          ("is_private", "private"))


@lru_cache(maxsize=4096)
def non_public(address: str) -> str | None:
    """What keeps `address` from being public ("loopback", "private", ...), or None when it is public.
    Cached: every poll asks it of its feed's peer, and `ipaddress` builds networks on each call."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in ipaddress.ip_network("64:ff9b::/96"):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return non_public(str(embedded))
        if ip in ipaddress.ip_network("fec0::/10"):
            return "site-local"
    if ip.is_global and not ip.is_multicast:
        return None
    if ip in ipaddress.ip_network("100.64.0.0/10"):
        return "shared (CGNAT, cloud metadata)"
    return next((what for attr, what in _KINDS if getattr(ip, attr)), "non-global")


@lru_cache(maxsize=4096)
def private_host(host: str) -> bool:
    """The URL names a private place by itself: "localhost" or a non-public IP literal."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return not is_public(host)


class NonPublicAddressError(OSError):
    """The guard refused an address inside (an OSError, as aiohttp expects of a resolver and a connector)."""


class GuardedResolver(AbstractResolver):
    """aiohttp's resolver, without the non-public answers when the current request may not go inside."""

    def __init__(self, inner: AbstractResolver | None = None) -> None:
        self._inner = inner or DefaultResolver()

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
                      ) -> list[ResolveResult]:
        found = await self._inner.resolve(host, port, family)
        if PRIVATE_OK.get():
            return found
        kept = [r for r in found if is_public(r["host"])]
        if not kept:
            raise NonPublicAddressError(f"{host} resolves only to non-public addresses "
                                   f"({', '.join(sorted({r['host'] for r in found}))})")
        return kept

    async def close(self) -> None:
        await self._inner.close()


class GuardedConnector(aiohttp.TCPConnector):
    """aiohttp's connector, refusing a connection to a non-public address when the current request may not go
    inside, before anything is sent on it; the address connected to is left in `CONNECTED`."""

    async def connect(self, req: Any, traces: Any, timeout: Any) -> aiohttp.connector.Connection:
        conn = await super().connect(req, traces, timeout)
        peer = peer_of(conn)
        if not PRIVATE_OK.get() and (peer is None or not is_public(peer)):
            conn.close()  # not back into the pool: a request that may go inside could reuse it, none other
            raise NonPublicAddressError(f"{req.url.host} is at the non-public address {peer}")
        CONNECTED.set(peer)
        return conn


def peer_of(conn: Any) -> str | None:
    """The IP address a connection goes to (None when its transport does not say)."""
    transport = getattr(conn, "transport", None)
    peer = transport.get_extra_info("peername") if transport is not None else None
    return str(peer[0]) if peer else None
