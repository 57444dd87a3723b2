"""A host name as it goes on the wire: the one encoding every check and every request must agree on.

yarl (and so aiohttp) turns a non-ASCII name into ASCII with IDNA 2008 as UTS 46 maps it, non-transitional
(`idna.encode(host, uts46=True)`): `faß.test` is `xn--fa-hia.test`. Python's own codec (`"idna"`, which
`socket.getaddrinfo` uses) is IDNA 2003 and gives `fass.test`, another host. A check that resolved the one
and a request that connected to the other would check the wrong address, so every place that needs a
name's ASCII form asks here. Where IDNA 2008 refuses a name, yarl silently falls back to IDNA 2003; we
refuse the name instead, so no name ever has two meanings.
"""

from __future__ import annotations

import idna

__all__ = ["HostnameError", "ascii_host"]


class HostnameError(ValueError):
    """A host name that has no IDNA 2008 form; the message says which and why."""


def ascii_host(host: str) -> str:
    """The ASCII form of `host` that aiohttp connects to (IP literals and ASCII names: lowercased)."""
    if host.isascii():
        return host.lower()
    try:
        return idna.encode(host, uts46=True, transitional=False).decode("ascii")
    except UnicodeError as exc:  # idna.IDNAError and its kinds (InvalidCodepoint, ...)
        raise HostnameError(f"{host!r} is not a valid internationalised host name (IDNA 2008): {exc}") from None
