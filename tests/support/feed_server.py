"""A local feed server for tests: real HTTP on 127.0.0.1, per-path documents and faults.

    async with FeedServer() as server:
        server.set_feed("/feed.xml", rss([{"title": "DeepSeek ships R2", "link": "https://ex.com/a"}]),
                        etag=True, last_modified=True)
        server.set_status("/busy.xml", 503, retry_after="120")
        server.set_redirect("/old.xml", "/feed.xml", status=301)
        url = server.url("/feed.xml")
        ...
        assert server.count("/feed.xml") == 2
        assert server.last_headers("/feed.xml")["If-None-Match"] == server.etag("/feed.xml")

Every `set_*` call replaces what the path does; routes match the path alone (the query string is
only logged), and unknown paths answer 404. Documents honour
If-None-Match / If-Modified-Since with 304 when they have validators. Every request is logged in
`server.requests` (method, path, headers) before it is answered, including faulty ones.

Faults: `set_status` (any status, optional Retry-After), `set_delay` (wait before answering),
`set_redirect` (to a path or URL, any 3xx), `set_redirect_loop`, `set_gzip_bomb` (small gzip body that
inflates to `size` bytes), `set_oversized` (a big body, with or without Content-Length),
`set_endless` (chunked body that never ends), `set_drip` (a body sent a few bytes at a time),
`set_reset` (the connection is reset without a response). A wrong content type is just
`set_feed(path, body, content_type="text/html")`. `set_fresh` makes a new document for every request (a
feed that is new on every poll). `in_flight` / `peak_in_flight` count concurrent
requests, for politeness checks.

The server sleeps only to simulate slowness (delay, drip); tests never need to.
"""

from __future__ import annotations

import asyncio
import hashlib
import socket
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from types import TracebackType
from xml.sax.saxutils import escape, quoteattr

from aiohttp import web
from multidict import CIMultiDict, CIMultiDictProxy

__all__ = ["ATOM_TYPE", "RSS_TYPE", "FeedServer", "LoggedRequest", "rss"]

RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
_FIRST_MODIFIED = datetime(2025, 1, 1, tzinfo=UTC)
_ENDLESS_CAP = 1 << 30  # an "endless" body still stops somewhere if the client never hangs up


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    path: str
    query: str  # the raw query string; routes match on the path alone
    headers: CIMultiDictProxy[str]
    time: float = 0.0  # event-loop clock (loop.time()) when it arrived


@dataclass(frozen=True)
class _Route:
    mode: str = "document"  # document | fresh | status | redirect | bomb | oversized | endless | drip | reset
    body: bytes = b""
    status: int = 200
    content_type: str = RSS_TYPE
    headers: Mapping[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    location: str = ""
    size: int = 0
    declare_length: bool = True
    interval: float = 0.0
    chunk: int = 1
    make: Callable[[int], bytes] | None = None  # fresh: the body for the n-th request (0 first)


class FeedServer:
    """Async context manager serving configurable feeds on 127.0.0.1 (a free port)."""

    def __init__(self) -> None:
        self.requests: list[LoggedRequest] = []
        self._routes: dict[str, _Route] = {}
        self._runner: web.AppRunner | None = None
        self._base = ""
        self._versions = 0
        self.in_flight = 0  # requests being answered right now
        self.peak_in_flight = 0  # the most there ever were at once (politeness checks)

    async def __aenter__(self) -> FeedServer:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5, handler_cancellation=True)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self._base = f"http://{host}:{port}"
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- addressing and the request log ---------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base

    def url(self, path: str) -> str:
        """Absolute URL of `path` on this server."""
        return self._base + (path if path.startswith("/") else "/" + path)

    def count(self, path: str) -> int:
        """How many requests reached `path`."""
        return sum(1 for r in self.requests if r.path == path)

    def last_headers(self, path: str) -> CIMultiDictProxy[str]:
        """Request headers of the latest request to `path` (KeyError if there was none)."""
        for logged in reversed(self.requests):
            if logged.path == path:
                return logged.headers
        raise KeyError(path)

    def etag(self, path: str) -> str | None:
        return self._routes[path].etag

    def last_modified(self, path: str) -> str | None:
        return self._routes[path].last_modified

    # -- configuring paths ----------------------------------------------------------------------------

    def set_feed(
        self,
        path: str,
        body: bytes | str,
        *,
        content_type: str = RSS_TYPE,
        etag: str | bool = False,
        last_modified: str | bool = False,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> None:
        """Serve `body` at `path`. `etag=True` / `last_modified=True` generate validators that change
        whenever the body changes; a string sets them verbatim."""
        data = body.encode("utf-8") if isinstance(body, str) else bytes(body)
        self._versions += 1
        if etag is True:
            etag = '"' + hashlib.sha1(data, usedforsecurity=False).hexdigest()[:16] + '"'
        if last_modified is True:
            stamp = _FIRST_MODIFIED.timestamp() + 60 * self._versions
            last_modified = format_datetime(datetime.fromtimestamp(stamp, UTC), usegmt=True)
        self._routes[path] = _Route(
            body=data, content_type=content_type, headers=dict(headers or {}), delay=delay,
            etag=etag or None, last_modified=last_modified or None,
        )

    def set_fresh(self, path: str, make: Callable[[int], bytes | str]) -> None:
        """Serve `make(n)` for the n-th request to `path` (0 first), without validators: a feed that is new
        on every poll."""

        def body(n: int) -> bytes:
            data = make(n)
            return data.encode("utf-8") if isinstance(data, str) else bytes(data)

        self._routes[path] = _Route(mode="fresh", make=body)

    def set_status(
        self,
        path: str,
        status: int,
        *,
        retry_after: str | int | None = None,
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer `status` (e.g. 404, 410, 429, 500, 503), optionally with a Retry-After header."""
        extra = dict(headers or {})
        if retry_after is not None:
            extra["Retry-After"] = str(retry_after)
        self._routes[path] = _Route(mode="status", status=status, body=body, headers=extra,
                                    content_type="text/plain")

    def set_redirect(self, path: str, to: str, *, status: int = 302) -> None:
        """Redirect to `to` (a path on this server or an absolute URL); 301/308 are permanent."""
        self._routes[path] = _Route(mode="redirect", status=status, location=to)

    def set_redirect_loop(self, path: str, other: str, *, status: int = 302) -> None:
        """`path` -> `other` -> `path` -> ..."""
        self.set_redirect(path, other, status=status)
        self.set_redirect(other, path, status=status)

    def set_gzip_bomb(self, path: str, *, size: int = 32 * 1024 * 1024) -> None:
        """A `Content-Encoding: gzip` body of a few KB that inflates to `size` bytes."""
        self._routes[path] = _Route(mode="bomb", body=_gzip_zeros(size), size=size)

    def set_oversized(self, path: str, size: int, *, declare_length: bool = True) -> None:
        """A `size`-byte body; without `declare_length` it is chunked and has no Content-Length."""
        self._routes[path] = _Route(mode="oversized", size=size, declare_length=declare_length)

    def set_endless(self, path: str) -> None:
        """A chunked body that never ends (until the client hangs up)."""
        self._routes[path] = _Route(mode="endless")

    def set_drip(self, path: str, body: bytes | str = b"", *, interval: float = 0.05, chunk: int = 1) -> None:
        """Send `body` (default: endless filler) `chunk` bytes every `interval` seconds."""
        data = body.encode("utf-8") if isinstance(body, str) else bytes(body)
        self._routes[path] = _Route(mode="drip", body=data, interval=interval, chunk=max(1, chunk))

    def set_reset(self, path: str) -> None:
        """Reset the connection (TCP RST) instead of answering."""
        self._routes[path] = _Route(mode="reset")

    def set_delay(self, path: str, seconds: float) -> None:
        """Wait `seconds` before answering `path`, whatever it is configured to do."""
        self._routes[path] = replace(self._routes.get(path, _Route(mode="status", status=404)), delay=seconds)

    def remove(self, path: str) -> None:
        self._routes.pop(path, None)

    # -- serving --------------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        headers = CIMultiDictProxy(CIMultiDict(request.headers))
        self.requests.append(LoggedRequest(request.method, request.path, request.query_string, headers,
                                           asyncio.get_running_loop().time()))
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            return await self._answer(request)
        finally:
            self.in_flight -= 1

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        route = self._routes.get(request.path)
        if route is None:
            return web.Response(status=404, text="no such feed")
        if route.delay:
            await asyncio.sleep(route.delay)
        if route.mode == "document":
            return self._document(request, route)
        if route.mode == "fresh" and route.make is not None:
            return web.Response(body=route.make(self.count(request.path) - 1), content_type="application/rss+xml",
                                charset="utf-8")
        if route.mode == "status":
            return web.Response(status=route.status, body=route.body, headers=route.headers,
                                content_type=route.content_type)
        if route.mode == "redirect":
            location = route.location if "://" in route.location else self.url(route.location)
            return web.Response(status=route.status, headers={"Location": location})
        if route.mode == "bomb":
            return web.Response(body=route.body, headers={"Content-Encoding": "gzip", "Content-Type": RSS_TYPE})
        if route.mode == "reset":
            return _reset(request)
        return await self._stream(request, route)

    def _document(self, request: web.Request, route: _Route) -> web.Response:
        headers = CIMultiDict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        if _not_modified(request, route):
            return web.Response(status=304, headers=headers)
        headers["Content-Type"] = route.content_type
        return web.Response(body=route.body, headers=headers)

    async def _stream(self, request: web.Request, route: _Route) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": RSS_TYPE})
        if route.mode == "oversized" and route.declare_length:
            response.content_length = route.size
        else:
            response.enable_chunked_encoding()
        await response.prepare(request)
        filler = b"<!-- " + b"x" * 65_000 + b" -->\n"
        try:
            if route.mode == "drip":
                for piece in _drip_pieces(route.body, route.chunk):
                    await response.write(piece)
                    await asyncio.sleep(route.interval)
            else:
                left = route.size if route.mode == "oversized" else _ENDLESS_CAP
                while left > 0:
                    piece = filler[:left]
                    await response.write(piece)
                    left -= len(piece)
            await response.write_eof()
        except (ConnectionError, RuntimeError):  # the client hung up, which is the point
            pass
        return response


def rss(items: Iterable[Mapping[str, str]], *, title: str = "Test feed", link: str = "https://example.com/",
        language: str = "en", ttl: int | None = None) -> bytes:
    """A small RSS 2.0 document. Item keys: title, link, guid, description, pubDate, source, source_url."""
    parts = [(f"<?xml version='1.0' encoding='utf-8'?>\n<rss version='2.0'><channel><title>{escape(title)}</title>"
              f"<link>{escape(link)}</link><language>{escape(language)}</language>")]
    if ttl is not None:
        parts.append(f"<ttl>{int(ttl)}</ttl>")
    for item in items:
        parts.append("<item>")
        parts.extend(f"<{key}>{escape(item[key])}</{key}>" for key in ("title", "link", "description", "pubDate")
                     if key in item)
        if "guid" in item:
            parts.append(f"<guid isPermaLink='false'>{escape(item['guid'])}</guid>")
        if "source" in item:
            url = quoteattr(item.get("source_url", "https://example.com/"))
            parts.append(f"<source url={url}>{escape(item['source'])}</source>")
        parts.append("</item>")
    parts.append("</channel></rss>\n")
    return "".join(parts).encode("utf-8")


def _not_modified(request: web.Request, route: _Route) -> bool:
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None and route.etag:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or route.etag.removeprefix("W/") in tags
    since = request.headers.get("If-Modified-Since")
    if since and route.last_modified:
        try:
            return parsedate_to_datetime(since) >= parsedate_to_datetime(route.last_modified)
        except (TypeError, ValueError):
            return False
    return False


def _reset(request: web.Request) -> web.StreamResponse:
    transport = request.transport
    if transport is not None:
        sock = transport.get_extra_info("socket")
        if sock is not None:  # linger 0: close() sends RST instead of FIN
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    raise asyncio.CancelledError  # nothing can be sent any more; aiohttp drops the request quietly


def _drip_pieces(body: bytes, chunk: int) -> Iterator[bytes]:
    if body:
        for start in range(0, len(body), chunk):
            yield body[start:start + chunk]
        return
    for _ in range(_ENDLESS_CAP // chunk):
        yield b" " * chunk


def _gzip_zeros(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    out = []
    left = size
    while left > 0:
        out.append(compressor.compress(block[: min(left, len(block))]))
        left -= min(left, len(block))
    out.append(compressor.flush())
    return b"".join(out)
