"""One poll of one feed: fetch, skip what did not change, parse off the event loop (in a `ParsePool`).

`poll_feed` reads top to bottom as the pipeline of a poll and returns a `PollOutcome`, success or
classified failure; it stores nothing and knows no topics, so the caller decides what the outcome
means (new items, backoff, a moved feed). Given the caller's `ItemCache`, a changed body yields only
the items that were not in the feed's last parsed body (see `incremental`).
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from datetime import datetime

from .http import Fetcher, FetchResponse
from .incremental import ChangedParse, parse_changed, parse_whole
from .itemcache import ItemCache
from .items import FeedSpec, FetchError, PollOutcome, Validators
from .parse import body_digest, parse_feed
from .parsepool import ParseAbortedError
from .websub import discover

__all__ = ["Runner", "poll_feed", "push_outcome"]

# Runs a parse job off the event loop: `ParsePool.run` in the daemon; without one, a thread of the loop's
# default executor (unbounded: tests, tools).
Runner = Callable[[Callable[[], ChangedParse]], Awaitable[ChangedParse]]


async def poll_feed(
    fetcher: Fetcher, spec: FeedSpec, validators: Validators, *, now: datetime, max_bytes: int,
    runner: Runner | None = None, seen: ItemCache | None = None,
) -> PollOutcome:
    """Poll `spec.url` once, sending `validators` for a conditional GET.

    Not modified (304, or a body whose digest equals `validators.body_hash`) means nothing was
    parsed. A body that is not a feed at all (an HTML page, an empty body) is an error of kind
    "parse" and leaves the validators as they were, so the next poll parses again.

    With `seen`, a changed body's items that its last parsed body (the one `validators.body_hash`
    stands for) already had are left out: neither parsed nor returned. The first changed body of a
    feed in `seen`'s lifetime is parsed whole, so it returns every item.
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
                           final_url=response.permanent_redirect, min_next_poll=hint, queued=response.queued)
    body = response.body
    fresh = Validators(response.etag, response.last_modified, body_digest(body))
    if fresh.body_hash == validators.body_hash:
        return PollOutcome(spec.url, now, validators=fresh, not_modified=True,
                           final_url=response.permanent_redirect, bytes_read=response.bytes_read,
                           min_next_poll=hint, queued=response.queued)
    result = await _parse(_parse_job(body, spec.url, response, validators, fresh, max_bytes, seen), runner)
    if isinstance(result, FetchError):
        return PollOutcome(spec.url, now, validators=validators, error=result,
                           final_url=response.permanent_redirect, bytes_read=response.bytes_read)
    if seen is not None:
        seen.put(spec.url, result.seen)
    parsed = result.parsed
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
        seen_items=result.seen.encode() if result.seen is not None else None,
        queued=response.queued,
    )


async def push_outcome(spec: FeedSpec, body: bytes, *, content_type: str | None, now: datetime, max_bytes: int,
                       runner: Runner | None = None) -> PollOutcome:
    """Content a WebSub hub pushed, parsed whole like a polled body; it carries no validators of its own."""
    response = FetchResponse(status=200, body=body, etag=None, last_modified=None, final_url=spec.url,
                             permanent_redirect=None, content_type=content_type, cache_max_age=None,
                             expires_in=None, bytes_read=len(body))
    result = await _parse(_parse_job(body, spec.url, response, Validators(), Validators(), max_bytes, None),
                          runner)
    if isinstance(result, FetchError):
        return PollOutcome(spec.url, now, error=result, bytes_read=len(body))
    return PollOutcome(spec.url, now, items=result.parsed.items, feed_title=result.parsed.title,
                       bytes_read=len(body))


def _parse_job(body: bytes, feed_url: str, response: FetchResponse, validators: Validators, fresh: Validators,
               max_bytes: int, seen: ItemCache | None) -> Callable[[], ChangedParse]:
    """The parse to run off the loop (picklable, for a worker process): only the new items when the feed's
    last parsed items are known."""
    if seen is None:
        return functools.partial(parse_whole, body, feed_url, content_type=response.content_type,
                                 max_bytes=max_bytes, base_url=response.final_url, parse=parse_feed)
    return functools.partial(parse_changed, body, feed_url, previous=seen.get(feed_url),
                             previous_hash=validators.body_hash, body_hash=fresh.body_hash or "",
                             content_type=response.content_type, max_bytes=max_bytes,
                             base_url=response.final_url, parse=parse_feed)


async def _parse(job: Callable[[], ChangedParse], runner: Runner | None) -> ChangedParse | FetchError:
    """Parse off the loop (feedparser is CPU-bound); a parse stopped by its limits, or a document that is no
    feed, is an error."""
    try:
        if runner is None:
            result = await asyncio.get_running_loop().run_in_executor(None, job)
        else:
            result = await runner(job)
    except ParseAbortedError as exc:
        return FetchError("parse", str(exc))
    except Exception as exc:  # noqa: BLE001 - parse_feed promises not to raise; a bug must not kill the poll
        return FetchError("parse", f"parser crashed: {type(exc).__name__}: {exc}")
    if not result.parsed.items and not result.parsed.is_feed:
        return FetchError("parse", result.parsed.bozo_message or "not a feed")
    return result


def _server_hint(response: FetchResponse) -> float | None:
    """How long the server says the answer stays fresh (Cache-Control max-age, Expires)."""
    return _longest(response.cache_max_age, response.expires_in)


def _longest(*seconds: float | None) -> float | None:
    known = [s for s in seconds if s is not None and s > 0]
    return float(max(known)) if known else None
