"""WebSub (W3C Recommendation) as a subscriber: hub discovery, subscription requests, signatures.

Protocol only: the bot decides which feeds to subscribe, keeps the state and handles pushed content.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from urllib.parse import urljoin

import aiohttp

from .items import HubLinks

__all__ = ["HubLinks", "WebSubError", "discover", "request_subscription", "signature_ok"]

_HEAD_BYTES = 64 * 1024  # hub links sit in the feed's head, before the first item
_FIRST_ITEM = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]", re.IGNORECASE)
_LINK_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?link\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(rb"""([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LINK_VALUE = re.compile(r"<([^>]*)>\s*((?:;[^,<]*)*)")
_REL = re.compile(r""";\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))""", re.IGNORECASE)
_ALGORITHMS = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha384": hashlib.sha384,
               "sha512": hashlib.sha512}


class WebSubError(Exception):
    """A hub refused or could not take a (un)subscription request."""


def discover(feed_url: str, link_headers: Iterable[str], body: bytes | None) -> HubLinks | None:
    """The hub a feed advertises in its HTTP Link headers or in its own head; headers win (the spec)."""
    hubs, selves = _from_headers(link_headers)
    if not hubs and body:
        hubs, selves = _from_body(body)
    if not hubs:
        return None
    hub = urljoin(feed_url, hubs[0])
    topic = urljoin(feed_url, selves[0]) if selves else feed_url
    if not hub.startswith(("http://", "https://")) or not topic.startswith(("http://", "https://")):
        return None
    return HubLinks(hub=hub, topic=topic)


def _from_headers(values: Iterable[str]) -> tuple[list[str], list[str]]:
    hubs: list[str] = []
    selves: list[str] = []
    for value in values:
        for m in _LINK_VALUE.finditer(value):
            for rel in _REL.finditer(m.group(2)):
                rels = (rel.group(1) or rel.group(2) or "").lower().split()
                if "hub" in rels:
                    hubs.append(m.group(1).strip())
                if "self" in rels:
                    selves.append(m.group(1).strip())
    return hubs, selves


def _from_body(body: bytes) -> tuple[list[str], list[str]]:
    head = body[:_HEAD_BYTES]
    first = _FIRST_ITEM.search(head)
    if first:
        head = head[:first.start()]
    hubs: list[str] = []
    selves: list[str] = []
    for tag in _LINK_TAG.finditer(head):
        attrs = {m.group(1).lower().split(b":")[-1]: (m.group(2) if m.group(2) is not None else m.group(3))
                 for m in _ATTR.finditer(tag.group(1))}
        href = attrs.get(b"href")
        if not href:
            continue
        text = _unescape(href.decode("utf-8", "replace").strip())
        rels = attrs.get(b"rel", b"").decode("ascii", "replace").lower().split()
        if "hub" in rels:
            hubs.append(text)
        if "self" in rels:
            selves.append(text)
    return hubs, selves


def _unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def signature_ok(secret: str, header: str | None, body: bytes) -> bool:
    """X-Hub-Signature: `method=hexdigest`, HMAC of the exact body with the subscription's secret."""
    if not header or "=" not in header:
        return False
    method, _, given = header.strip().partition("=")
    digest = _ALGORITHMS.get(method.strip().lower())
    if digest is None:
        return False
    expected = hmac.new(secret.encode("utf-8"), body, digest).hexdigest()
    return hmac.compare_digest(expected, given.strip().lower())


async def request_subscription(session: aiohttp.ClientSession, links: HubLinks, *, callback: str,
                               secret: str | None, lease_seconds: int | None, mode: str = "subscribe",
                               timeout: float = 20.0) -> None:
    """Ask the hub to (un)subscribe; it answers 202 and then verifies intent at the callback."""
    form = {"hub.mode": mode, "hub.topic": links.topic, "hub.callback": callback}
    if mode == "subscribe":
        if secret:
            form["hub.secret"] = secret
        if lease_seconds:
            form["hub.lease_seconds"] = str(int(lease_seconds))
    try:
        async with session.post(links.hub, data=form, allow_redirects=False,
                                timeout=aiohttp.ClientTimeout(total=timeout)) as resp:
            if 200 <= resp.status < 300:
                return
            text = (await resp.content.read(300)).decode("utf-8", "replace").strip()
            raise WebSubError(f"hub {links.hub} answered HTTP {resp.status}" + (f": {text}" if text else ""))
    except aiohttp.ClientError as exc:
        raise WebSubError(f"hub {links.hub}: {type(exc).__name__}: {exc}") from exc
    except TimeoutError as exc:
        raise WebSubError(f"hub {links.hub}: no answer within {timeout:g}s") from exc
