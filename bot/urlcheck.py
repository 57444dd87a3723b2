"""Is a feed URL that arrived through chat safe to fetch? (SSRF guard: check where the name resolves.)

The name is resolved in the form the fetcher will connect to (watchers/hostname.py: IDNA 2008, as yarl
encodes it) and its addresses are judged by the fetcher's own rule (watchers/netguard.py), so this early
refusal and the connect-time guard cannot disagree about a name or an address.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable, Sequence
from urllib.parse import urlsplit

from watchers.hostname import HostnameError, ascii_host
from watchers.netguard import non_public

Resolve = Callable[[str, int], Awaitable[Sequence[str]]]  # (ASCII host, port) -> its addresses


async def system_resolve(host: str, port: int) -> list[str]:
    """The system resolver's addresses for an ASCII host name."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


async def check_public_url(url: str, *, resolve: Resolve = system_resolve) -> str | None:
    """None when `url` is http(s) and every address its host resolves to is public; else the reason."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        return f"not a valid URL: {exc}"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "only http(s) URLs with a host can be added"
    try:
        host = ascii_host(parts.hostname)
        addresses = await resolve(host, port)
    except HostnameError as exc:
        return str(exc)
    except (OSError, UnicodeError) as exc:
        return f"cannot resolve {host}: {exc}"
    for address in addresses:
        why = non_public(address)
        if why is not None:
            return f"{host} resolves to {address}, a {why} address"
    return None
