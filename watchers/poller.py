"""One poll of one feed: fetch, skip what did not change, parse off the event loop.

`poll_feed` reads top to bottom as the pipeline of a poll and returns a `PollOutcome`, success or
classified failure; it stores nothing and knows no topics, so the caller decides what the outcome
means (new items, backoff, a moved feed).
"""

from __future__ import annotations

import asyncio
import functools
from concurrent.futures import Executor
from datetime import datetime

from .http import Fetcher, FetchResponse
from .items import FeedSpec, FetchError, PollOutcome, Validators
from .parse import ParsedFeed, body_digest, parse_feed
from .websub import discover

__all__ = ["poll_feed", "push_outcome"]


async def poll_feed(
    fetcher: Fetcher, spec: FeedSpec, validators: Validators, *, now: datetime, max_bytes: int,
    executor: Executor | None = None,
) -> PollOutcome:
    """Poll `spec.url` once, sending `validators` for a conditional GET.

    Not modified (304, or a body whose digest equals `validators.body_hash`) means nothing was
    parsed. A body that is not a feed at all (an HTML page, an empty body) is an error of kind
    "parse" and leaves the validators as they were, so the next poll parses again.
    """
    response = await fetcher.fetch(spec.url, validators)
    if isinstance(response, FetchError):
        return PollOutcome(spec.url, now, validators=validators, error=response,
                           min_next_poll=response.retry_after)
    hint = _server_hint(response)
    if response.status == 304 or response.body is None:
        kept = Validators(response.etag or validators.etag,
                          response.last_modified or validators.last_modified, validators.body_hash)
        return PollOutcome(spec.url, now, validators=kept, not_modified=True,
                           final_url=response.permanent_redirect, min_next_poll=hint)
    body = response.body
    fresh = Validators(response.etag, response.last_modified, body_digest(body))
    if fresh.body_hash == validators.body_hash:
        return PollOutcome(spec.url, now, validators=fresh, not_modified=True,
                           final_url=response.permanent_redirect, bytes_read=response.bytes_read,
                           min_next_poll=hint)
    parsed = await _parse(body, spec.url, response, max_bytes, executor)
    if isinstance(parsed, FetchError):
        return PollOutcome(spec.url, now, validators=validators, error=parsed,
                           final_url=response.permanent_redirect, bytes_read=response.bytes_read)
    return PollOutcome(
        spec.url,
        now,
        items=parsed.items,
        validators=fresh,
        feed_title=parsed.title,
        final_url=response.permanent_redirect,
        bytes_read=response.bytes_read,
        min_next_poll=_longest(hint, parsed.ttl_seconds),
        hub=discover(spec.url, response.links, body),
    )


async def push_outcome(spec: FeedSpec, body: bytes, *, content_type: str | None, now: datetime, max_bytes: int,
                       executor: Executor | None = None) -> PollOutcome:
    """Content a WebSub hub pushed, parsed like a polled body; it carries no validators of its own."""
    response = FetchResponse(status=200, body=body, etag=None, last_modified=None, final_url=spec.url,
                             permanent_redirect=None, content_type=content_type, cache_max_age=None,
                             expires_in=None, bytes_read=len(body))
    parsed = await _parse(body, spec.url, response, max_bytes, executor)
    if isinstance(parsed, FetchError):
        return PollOutcome(spec.url, now, error=parsed, bytes_read=len(body))
    return PollOutcome(spec.url, now, items=parsed.items, feed_title=parsed.title, bytes_read=len(body))


async def _parse(body: bytes, feed_url: str, response: FetchResponse, max_bytes: int,
                 executor: Executor | None) -> ParsedFeed | FetchError:
    """Parse in a worker thread (feedparser is CPU-bound); a document that is no feed is an error."""
    try:
        parsed = await asyncio.get_running_loop().run_in_executor(executor, functools.partial(
            parse_feed, body, feed_url, content_type=response.content_type, max_bytes=max_bytes,
            base_url=response.final_url))
    except Exception as exc:  # noqa: BLE001 - parse_feed promises not to raise; a bug must not kill the poll
        return FetchError("parse", f"parser crashed: {type(exc).__name__}: {exc}")
    if not parsed.items and not parsed.is_feed:
        return FetchError("parse", parsed.bozo_message or "not a feed")
    return parsed


def _server_hint(response: FetchResponse) -> float | None:
    """How long the server says the answer stays fresh (Cache-Control max-age, Expires)."""
    return _longest(response.cache_max_age, response.expires_in)


def _longest(*seconds: float | None) -> float | None:
    known = [s for s in seconds if s is not None and s > 0]
    return float(max(known)) if known else None
