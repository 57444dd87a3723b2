"""Is a feed URL that arrived through chat safe to fetch? (SSRF guard: check where the name resolves.)"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit


def _forbidden(address: str) -> str | None:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for attr, what in (("is_loopback", "loopback"), ("is_link_local", "link-local (cloud metadata)"),
                       ("is_private", "private"), ("is_multicast", "multicast"), ("is_reserved", "reserved"),
                       ("is_unspecified", "unspecified")):
        if getattr(ip, attr):
            return f"{address} is a {what} address"
    return None


async def check_public_url(url: str) -> str | None:
    """None when `url` is http(s) and every address its host resolves to is public; else the reason."""
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        return f"not a valid URL: {exc}"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "only http(s) URLs with a host can be added"
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        return f"cannot resolve {parts.hostname}: {exc}"
    for info in infos:
        reason = _forbidden(str(info[4][0]))
        if reason:
            return f"{parts.hostname} resolves to {reason}"
    return None
