"""The one HTTP client of the watcher: conditional GET, manual redirects, a streaming size cap.

One `Fetcher` owns one keep-alive `aiohttp.ClientSession` for every feed. A fetch returns a
`FetchResponse` or a classified `FetchError`; it never raises (except cancellation), so the
scheduler never sees aiohttp's exception zoo. Politeness: at most `per_host` requests to one host
at a time, `max_concurrency` overall. The time a fetch waits for those slots is not counted
against its timeout, so a burst of feeds on one host (news-search feeds) queues rather than
timing out.
"""

from __future__ import annotations

import asyncio
import email.utils
import re
import ssl
import time
from dataclasses import dataclass, replace
from datetime import UTC
from types import TracebackType
from urllib.parse import urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver
from yarl import URL

from .hostname import HostnameError, ascii_host
from .items import FetchError, Validators
from .netguard import (
    CONNECTED,
    PRIVATE_OK,
    GuardedConnector,
    GuardedResolver,
    NonPublicAddressError,
    is_public,
    private_host,
)

__all__ = ["DEFAULT_USER_AGENT", "FetchResponse", "Fetcher"]

DEFAULT_USER_AGENT = "newsbot/0.1 (+https://github.com/newsbot)"
_ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
           "text/xml;q=0.9, application/json;q=0.8, */*;q=0.5")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_CHUNK = 64 * 1024
_INSIDE = "a feed may not lead the bot into a private network"
_MAX_AGE_RE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", re.IGNORECASE)
_NO_STORE_RE = re.compile(r"(?:^|[,\s])(?:no-store|no-cache)(?:$|[,\s=])", re.IGNORECASE)


@dataclass(frozen=True)
class FetchResponse:
    """A successful answer: 2xx with a body, or 304 (body None: nothing changed)."""

    status: int
    body: bytes | None
    etag: str | None
    last_modified: str | None
    final_url: str  # where the body came from, after redirects
    permanent_redirect: str | None  # set when every hop was 301/308: the feed has moved
    content_type: str | None
    cache_max_age: float | None  # Cache-Control max-age, seconds
    expires_in: float | None  # Expires minus the server's Date, seconds (None if absent or past)
    bytes_read: int  # body bytes after content decoding
    links: tuple[str, ...] = ()  # Link headers (WebSub hub discovery)
    queued: float = 0.0  # seconds the request waited for its slots and the host gap before it was sent


class Fetcher:
    """Async context manager owning the shared session; `fetch` is safe to call concurrently."""

    def __init__(
        self,
        *,
        timeout: float = 30.0,
        max_bytes: int = 10 * 1024 * 1024,
        max_concurrency: int = 16,
        per_host: int = 4,
        max_redirects: int = 5,
        user_agent: str = DEFAULT_USER_AGENT,
        host_gap: float = 0.0,
        allow_private: bool = False,
        resolver: AbstractResolver | None = None,
    ) -> None:
        """`allow_private`: every feed may be on a private address (an intranet); a redirect from a public
        address into a private one is refused even then (watchers/netguard.py)."""
        self.timeout = float(timeout)
        self.max_bytes = int(max_bytes)
        self.max_concurrency = max(1, int(max_concurrency))
        self.per_host = max(1, int(per_host))
        self.max_redirects = max(0, int(max_redirects))
        self.user_agent = user_agent
        self.host_gap = max(0.0, float(host_gap))
        self.allow_private = allow_private
        self._resolver = resolver  # None: the system's, behind the private-address guard
        self._next_start: dict[str, float] = {}  # per host: when the next request may begin
        self._session: aiohttp.ClientSession | None = None
        self._all: asyncio.Semaphore | None = None
        self._hosts: dict[str, tuple[asyncio.Semaphore, list[int]]] = {}
        self._urls: dict[str, URL | FetchError] = {}  # each feed's URL, parsed once
        self.request_seconds: float | None = None  # a request's usual time, once slots are held (moving mean)

    async def __aenter__(self) -> Fetcher:
        self._session = client_session(  # `fetch` bounds each request with `self.timeout`
            user_agent=self.user_agent, timeout=None, limit=self.max_concurrency, per_host=self.per_host,
            headers={"Accept": _ACCEPT}, resolver=GuardedResolver(self._resolver),
        )
        self._all = asyncio.Semaphore(self.max_concurrency)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    async def fetch(self, url: str, validators: Validators = Validators()) -> FetchResponse | FetchError:
        """GET `url` conditionally; the result says what happened, nothing is raised."""
        target = self._urls.get(url)
        if target is None:
            if len(self._urls) > _MAX_URLS:
                self._urls.clear()
            target = self._urls[url] = _http_url(url)
        if isinstance(target, FetchError):
            return target
        if self._session is None or self._all is None:
            return FetchError("invalid", "fetcher is not open (use `async with Fetcher(...)`)")
        # one of the host's `per_host` slots, then one of the global ones (in that order, so a task queued
        # behind a busy host never sits on a global slot); written out: a generator context manager costs
        # more than the rest of this bookkeeping, once a poll
        host = target.host or ""
        called = asyncio.get_running_loop().time()
        entry = self._hosts.get(host)
        if entry is None:
            entry = self._hosts[host] = (asyncio.Semaphore(self.per_host), [0])
        semaphore, users = entry
        users[0] += 1
        try:
            async with semaphore:
                await self._space(host)
                async with self._all:
                    try:
                        async with asyncio.timeout(self.timeout):
                            started = asyncio.get_running_loop().time()
                            answer = await self._get(target, validators)
                            self._took(asyncio.get_running_loop().time() - started)
                            if started - called > 0.001 and isinstance(answer, FetchResponse):
                                answer = replace(answer, queued=started - called)
                            return answer
                    except TimeoutError:
                        return FetchError("timeout", f"no complete response within {self.timeout:g}s")
                    except Exception as exc:  # noqa: BLE001 - classified here, where it arose
                        return _classify(exc)
        finally:
            users[0] -= 1
            if users[0] == 0:
                self._hosts.pop(host, None)

    def _took(self, seconds: float) -> None:
        """How long requests take: with `per_host` and `max_concurrency` it says how many polls a second
        the limits let through (bot/capacity.py)."""
        mean = self.request_seconds
        self.request_seconds = seconds if mean is None else mean + 0.02 * (seconds - mean)

    async def _get(self, url: URL, validators: Validators) -> FetchResponse | FetchError:
        assert self._session is not None
        headers = {}
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        seen = {str(url)}
        permanent = True
        inside = self.allow_private or private_host(url.host or "")  # the configured address may be private
        for hop in range(self.max_redirects + 1):
            if not inside and private_host(url.host or ""):  # a literal address is refused before it is asked
                return FetchError("blocked", f"redirect to the non-public address {url.host}: {_INSIDE}")
            token, connected = PRIVATE_OK.set(inside), CONNECTED.set(None)
            try:  # GuardedConnector refuses a non-public peer unless `inside`, and notes the peer
                async with self._session.get(url, headers=headers, allow_redirects=False) as resp:
                    if hop == 0:  # later hops may stay inside only if the feed itself lives there
                        peer = CONNECTED.get()
                        inside = peer is not None and not is_public(peer)
                    answer = await self._hop(resp, url, seen, permanent)
            finally:
                CONNECTED.reset(connected)
                PRIVATE_OK.reset(token)
            if isinstance(answer, tuple):
                url, permanent = answer
                continue
            return answer
        return FetchError("redirects", f"more than {self.max_redirects} redirects")

    async def _hop(self, resp: aiohttp.ClientResponse, url: URL, seen: set[str], permanent: bool
                   ) -> tuple[URL, bool] | FetchResponse | FetchError:
        """One response: the next URL to follow (and whether every hop so far was permanent), or the answer."""
        if resp.status in _REDIRECTS:
            location = resp.headers.get("Location", "").strip()
            if not location:
                return FetchError("http", f"HTTP {resp.status} without Location", status=resp.status)
            nxt = _http_url(location, base=url)
            if isinstance(nxt, FetchError):
                return nxt
            if str(nxt) in seen:
                return FetchError("redirects", f"redirect loop at {nxt}", status=resp.status)
            seen.add(str(nxt))
            return nxt, permanent and resp.status in _PERMANENT
        return await self._answer(resp, url, moved=permanent and len(seen) > 1)

    async def _answer(
        self, resp: aiohttp.ClientResponse, url: URL, *, moved: bool
    ) -> FetchResponse | FetchError:
        status = resp.status
        if status != 304 and not 200 <= status < 300:
            return _status_error(resp)
        body: bytes | None = None
        size = 0
        if status != 304:
            declared = resp.content_length
            if declared is not None and declared > self.max_bytes:
                return FetchError("too_large", f"Content-Length {declared} exceeds {self.max_bytes} bytes")
            chunks: list[bytes] = []
            # The cap counts bytes as they come out of the decoder: a lying Content-Length, a
            # chunked body without end, or a gzip bomb all stop at max_bytes.
            async for chunk in resp.content.iter_chunked(_CHUNK):
                size += len(chunk)
                if size > self.max_bytes:
                    return FetchError("too_large", f"body exceeds {self.max_bytes} bytes")
                chunks.append(chunk)
            body = b"".join(chunks)
        headers = resp.headers
        return FetchResponse(
            status=status,
            body=body,
            etag=headers.get("ETag"),
            last_modified=headers.get("Last-Modified"),
            final_url=str(url),
            permanent_redirect=str(url) if moved else None,
            content_type=headers.get("Content-Type"),
            cache_max_age=_max_age(headers.get("Cache-Control")),
            expires_in=_seconds_until(headers.get("Expires"), headers.get("Date")),
            bytes_read=size,
            links=tuple(headers.getall("Link", ())),
        )

    async def _space(self, host: str) -> None:
        """Politeness: request starts to one host are at least `host_gap` apart. Each caller books
        its start time before it waits, so waiters queue up in order instead of all waking at once."""
        if not self.host_gap:
            return
        now = asyncio.get_running_loop().time()
        start = max(now, self._next_start.get(host, 0.0))
        self._next_start[host] = start + self.host_gap
        if len(self._next_start) > 4096:  # forget hosts whose gap is over
            self._next_start = {h: t for h, t in self._next_start.items() if t > now}
        if start > now:
            await asyncio.sleep(start - now)


def client_session(
    *, user_agent: str, timeout: float | None, limit: int = 16, per_host: int = 0,
    headers: dict[str, str] | None = None, resolver: AbstractResolver | None = None,
) -> aiohttp.ClientSession:
    """The one place an outbound HTTP session is made, so every request (feeds, WebSub hubs) follows one policy:
    no cookies, socket timeouts, a DNS cache. `timeout=None`: the caller bounds every request with its own
    deadline, and aiohttp need not re-arm a read timer on every chunk received."""
    return aiohttp.ClientSession(
        connector=GuardedConnector(limit=limit, limit_per_host=per_host, ttl_dns_cache=300,
                                       resolver=resolver or GuardedResolver()),
        headers={"User-Agent": user_agent, **(headers or {})},
        # The caller's own deadline covers all hops and the body; the socket timeouts here only stop a single
        # stalled connect or read early.
        timeout=aiohttp.ClientTimeout(total=None, sock_connect=timeout, sock_read=timeout),
        cookie_jar=aiohttp.DummyCookieJar(),  # feeds and hubs need no cookies; do not let sites track us
        auto_decompress=True,
    )


_MAX_URLS = 100_000  # parsed feed URLs kept; more feeds than this only parse again


def _http_url(text: str, *, base: URL | None = None) -> URL | FetchError:
    """`text` as an http(s) URL: a feed's address, or a redirect's Location (relative to `base`). A host name
    without an IDNA 2008 form is refused here, before yarl would fall back to IDNA 2003 (watchers/hostname.py)."""
    redirect = base is not None
    where = "redirect to" if redirect else "URL"
    try:
        host = urlsplit(text.strip()).hostname
        if host:
            ascii_host(host)
        parsed = URL(text.strip())
        if base is not None:
            parsed = base.join(parsed)
    except HostnameError as exc:
        return FetchError("invalid", f"{where} {text!r}: {exc}", permanent=not redirect)
    except (ValueError, TypeError, AttributeError) as exc:
        return FetchError("invalid", f"bad {where} {text!r}: {exc}", permanent=not redirect)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        return FetchError("invalid", f"{where} {str(parsed)!r} is not an http(s) URL", permanent=not redirect)
    return parsed.with_fragment(None)


def _status_error(resp: aiohttp.ClientResponse) -> FetchError:
    status = resp.status
    reason = f"HTTP {status} {resp.reason or ''}".strip()
    retry_after = _retry_after(resp.headers.get("Retry-After"), resp.headers.get("Date"))
    if status in (404, 410):
        return FetchError("http", reason, permanent=status == 410, status=status, retry_after=retry_after)
    return FetchError("http", reason, status=status, retry_after=retry_after)


def _classify(exc: BaseException) -> FetchError:
    """aiohttp's exceptions -> our kinds. Order matters: the specific classes subclass the general."""
    message = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, NonPublicAddressError):  # refused by the connector
        return FetchError("blocked", f"{exc}: {_INSIDE}")
    if isinstance(exc, aiohttp.ClientConnectorError) and isinstance(exc.os_error, NonPublicAddressError):  # resolver
        return FetchError("blocked", f"{exc.os_error}: {_INSIDE}")
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return FetchError("dns", message)
    if isinstance(exc, (aiohttp.ClientSSLError, aiohttp.ServerFingerprintMismatch, ssl.SSLError)):
        return FetchError("tls", message)
    if isinstance(exc, aiohttp.ServerTimeoutError):
        return FetchError("timeout", message)
    if isinstance(exc, (aiohttp.InvalidURL, ValueError)):
        return FetchError("invalid", message)
    if isinstance(exc, aiohttp.ClientResponseError):  # malformed status line, headers too long...
        return FetchError("http", message, status=exc.status or None)
    if isinstance(exc, aiohttp.ClientPayloadError):  # truncated body, broken gzip
        return FetchError("connect", message)
    if isinstance(exc, (aiohttp.ClientConnectionError, OSError)):
        return FetchError("connect", message)
    return FetchError("connect", f"unexpected {message}")


def _max_age(cache_control: str | None) -> float | None:
    if not cache_control or _NO_STORE_RE.search(cache_control):
        return None
    match = _MAX_AGE_RE.search(cache_control)
    return float(match.group(1)) if match else None


def _retry_after(value: str | None, date: str | None) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP-date (measured against the server's
    own Date header when present, so clock skew between us and the server does not matter)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    return _seconds_until(value, date)


def _seconds_until(when: str | None, date: str | None) -> float | None:
    if not when:
        return None
    target = _http_date(when)
    if target is None:
        return None
    server_now = _http_date(date)
    seconds = target - (server_now if server_now is not None else time.time())
    return seconds if seconds > 0 else None


def _http_date(value: str | None) -> float | None:
    """An HTTP-date as a Unix timestamp; HTTP-dates are GMT even when the zone is missing."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()
