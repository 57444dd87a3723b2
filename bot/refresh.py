"""One feed's refresh: poll it, record the outcome, decide the next poll and what the admins should hear.

It returns what it decided (`Refreshed`) and never reaches back into the service: the service applies
the schedule, queues the notices, rewrites a moved feed in the config and considers a WebSub hub.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import TracebackType

from watchers.backoff import next_poll_delay, next_retry_delay
from watchers.http import Fetcher
from watchers.itemcache import ItemCache, SeenItems
from watchers.items import FeedSpec, FetchError, HubLinks, PollOutcome, Validators
from watchers.parsepool import ParsePool
from watchers.poller import poll_feed, push_outcome

from .cadence import Cadence
from .config import Config, PollingConfig
from .metrics import Metrics
from .models import FeedState
from .pipeline import Pipeline, ProcessResult

log = logging.getLogger(__name__)

GONE_RECHECK = 86400.0  # a 410 Gone feed is looked at once a day until the config drops it
UNREACHABLE_KINDS = frozenset({"dns", "connect", "tls", "timeout"})


@dataclass(frozen=True)
class Refreshed:
    """What one refresh decided, for the service to apply."""

    next_at: float | None  # when to poll the feed next; None: leave its schedule alone
    notices: tuple[str, ...] = ()  # for the admins
    moved_to: str | None = None  # a permanent redirect: the feed's new address
    new_stories: bool = False  # alerts were queued: wake the sender
    hub: HubLinks | None = None
    consider_hub: bool = False  # subscribe to (or check) the feed's WebSub hub


@dataclass(frozen=True)
class FailurePlan:
    delay: float
    gone: bool  # HTTP 410: retired until the config drops it
    report_down: bool  # failing long enough to tell the admins (once)
    report_gone: bool


def plan_failure(state: FeedState, err: FetchError, spec: FeedSpec, polling: PollingConfig, *, now: float,
                 rand: float) -> FailurePlan:
    """The failure policy, pure: backoff, 410 Gone, and when a failing feed is worth a notice."""
    failures = state.failures + 1
    delay = next_retry_delay(failures, base=max(polling.retry_base, polling.min_interval),
                             cap=max(polling.retry_max, spec.interval), retry_after=err.retry_after, rand=rand)
    gone = err.permanent and err.status == 410
    if gone:
        delay = max(delay, GONE_RECHECK)
    since = state.failing_since or now
    failing_long = now - since >= polling.report_failing_after_hours * 3600
    report_down = failing_long and not (gone or state.gone or state.down_reported)  # a gone feed was told as such
    return FailurePlan(delay=delay, gone=gone, report_down=report_down, report_gone=gone and not state.gone)


class Refresher:
    """Owns the HTTP fetcher, the parse pool and each feed's raw-item digests; `apply` takes a new config."""

    def __init__(self, config: Config, feeds: Mapping[str, FeedSpec], pipeline: Pipeline, *,
                 clock: Callable[[], float], rand: Callable[[], float], metrics: Metrics,
                 pushed: Callable[[str, float], bool]):
        self.pipeline = pipeline
        self.store = pipeline.store
        self.clock, self.rand = clock, rand
        self.metrics = metrics
        self.pushed = pushed  # a WebSub hub pushes this feed: polling is only the safety net
        self.cadence = Cadence()
        self.seen_items = ItemCache()  # raw items of each feed's last parse: a changed feed parses only its news
        # feedparser is CPU-bound and cannot be interrupted: two worker processes bound the parses at once,
        # and each parse in CPU time and memory
        self._parse_pool = ParsePool(workers=2)
        self._config = config
        self.feeds = feeds
        self.fetcher = _fetcher(config)
        self._slots = asyncio.Semaphore(config.polling.max_concurrency)
        self._old_fetchers: set[asyncio.Task[None]] = set()
        self._any_success = False
        self._unreachable: set[str] = set()  # feeds failing on DNS/connect while nothing has worked yet
        self._offline_said = False

    async def __aenter__(self) -> Refresher:
        await self.fetcher.__aenter__()
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        for task in list(self._old_fetchers):
            task.cancel()
        await asyncio.gather(*self._old_fetchers, return_exceptions=True)
        await self.fetcher.__aexit__(None, None, None)
        await self._parse_pool.close()

    async def apply(self, config: Config, feeds: Mapping[str, FeedSpec]) -> None:
        """A new config: new HTTP limits take a new fetcher (polls in flight finish on the old one)."""
        old, self._config, self.feeds = self._config, config, feeds
        for url in set(self._unreachable) - set(feeds):
            self._unreachable.discard(url)
        private = config.telegram.allow_private_feed_urls != old.telegram.allow_private_feed_urls
        if config.polling != old.polling or private:
            self._slots = asyncio.Semaphore(config.polling.max_concurrency)
            previous, self.fetcher = self.fetcher, _fetcher(config)
            await self.fetcher.__aenter__()
            task = asyncio.create_task(_close_later(previous, config.polling.timeout + 5), name="close-old-fetcher")
            self._old_fetchers.add(task)
            task.add_done_callback(self._old_fetchers.discard)

    def forget(self, url: str) -> None:
        self.cadence.forget(url)
        self.seen_items.put(url, None)
        self.pipeline.floods.forget(url)

    def resume(self, states: Mapping[str, FeedState]) -> None:
        """The stored raw item digests: after a restart a changed feed still parses only its news."""
        for url, state in states.items():
            if state.seen_items and url in self.feeds:
                self.seen_items.put(url, SeenItems.decode(state.seen_items))

    # -- one poll ----------------------------------------------------------------------------------

    async def refresh(self, spec: FeedSpec) -> Refreshed:
        p = self._config.polling
        async with self._slots:  # bodies waiting for the parse pool are bounded too, not just fetches
            # the lease is taken only once a slot is free, so waiting for one cannot eat into it; its term
            # covers the fetch, then parsing (maybe queued), matching and the commit; a dead holder's lapses
            state = await self.store.lease_feed(spec.url, now=self.clock(), ttl=2 * p.timeout + 10)
            if state is None:
                return await self._leased_elsewhere(spec)
            if state.seen_items and self.seen_items.get(spec.url) is None:  # after a restart: still only news
                self.seen_items.put(spec.url, SeenItems.decode(state.seen_items))
            started = self.clock()
            outcome = await poll_feed(self.fetcher, spec, Validators(state.etag, state.last_modified,
                                                                     state.body_hash),
                                      now=datetime.now(UTC), max_bytes=p.max_bytes,
                                      runner=self._parse_pool.run, seen=self.seen_items)
        now = self.clock()
        self.metrics.poll_seconds.observe(now - started)
        self.metrics.bytes_fetched += outcome.bytes_read
        if outcome.error is not None:
            return await self._failed(spec, state, outcome.error, now)
        return await self._succeeded(spec, state, outcome, now, asked_at=started + outcome.queued)

    async def _succeeded(self, spec: FeedSpec, state: FeedState, outcome: PollOutcome, now: float, *,
                         asked_at: float) -> Refreshed:
        """`asked_at`: when the request was sent (after its wait for the fetcher's slots and the host gap).
        The interval and min_interval run from there, as the feed's server and the user count them: the time
        the answer and the parse took is not added, so the interval is kept even where min_interval leaves
        jitter no room (min_interval = interval), and min_interval is kept between requests."""
        p = self._config.polling
        self._any_success = True
        interval = spec.interval
        if p.adaptive:  # faster for a busy feed; slower than promised only if the user opted in
            paced = self.cadence.interval(spec.url, now, interval=interval, min_interval=p.min_interval,
                                          max_interval=p.max_interval)
            interval = paced if p.stretch_quiet_feeds else min(paced, interval)
        if self.pushed(spec.url, now):
            interval = max(interval, self._config.websub.poll_interval)
        delay = next_poll_delay(interval, min_interval=p.min_interval, ttl=None, max_age=outcome.min_next_poll,
                                jitter_rand=self.rand(), jitter_fraction=p.jitter)
        next_at = max(now, asked_at + min(delay, max(interval, p.max_interval)))
        notices: list[str] = []
        result: ProcessResult | None = None
        if outcome.not_modified:
            self.metrics.polls["not_modified"] += 1
        else:
            self.metrics.polls["ok"] += 1
            self.metrics.items += len(outcome.items)
        if outcome.not_modified and not self.pipeline.floods.flooding(spec.url):
            await self.store.record_not_modified(spec.url, now=now, next_poll_at=next_at)
        else:  # a flooding feed's quiet poll goes through the pipeline too: it may end the flood
            result = await self.pipeline.process(spec, outcome, state=state, now=now, next_poll_at=next_at)
            self._count(result)
            notices.extend(result.notices)
            if result.new_items and not result.first_poll:
                self.cadence.news(spec.url, now)
        if state.failures:
            log.info("feed %s recovered after %d failure(s)", spec.url, state.failures)
            if state.down_reported:
                await self.store.set_down_reported(spec.url, False)
                notices.append(f"✅ Feed {spec.name or spec.url} works again ({spec.url}).")
        moved = None if outcome.not_modified or outcome.final_url in (None, spec.url, state.moved_to) \
            else outcome.final_url
        return Refreshed(next_at=next_at, notices=tuple(notices), moved_to=moved,
                         new_stories=bool(result and result.stories), hub=outcome.hub,
                         consider_hub=not outcome.not_modified)

    async def _failed(self, spec: FeedSpec, state: FeedState, err: FetchError, now: float) -> Refreshed:
        self.metrics.polls["error"] += 1
        self.metrics.errors[err.kind] += 1
        plan = plan_failure(state, err, spec, self._config.polling, now=now, rand=self.rand())
        await self.store.record_failure(spec.url, now=now, kind=err.kind, message=err.message,
                                        next_poll_at=now + plan.delay, gone=plan.gone)
        log.warning("poll failed feed=%s kind=%s failures=%d retry_in=%.0fs: %s", spec.url, err.kind,
                    state.failures + 1, plan.delay, err.message)
        self._check_offline(spec.url, err.kind)
        notices: list[str] = []
        if plan.report_down:
            await self.store.set_down_reported(spec.url, True)
            hours = (now - (state.failing_since or now)) / 3600
            notices.append(f"⚠️ Feed {spec.name or spec.url} has been failing for {hours:.1f} h "
                           f"({state.failures + 1} attempts): {err.message}\n{spec.url}")
        if plan.report_gone:
            notices.append(f"⚠️ Feed {spec.url} is gone (HTTP 410). Remove it with /remove_feed; "
                           "it is retried rarely until then.")
        return Refreshed(next_at=now + plan.delay, notices=tuple(notices))

    async def _leased_elsewhere(self, spec: FeedSpec) -> Refreshed:
        """Another instance polled this feed (or is polling it): follow the shared schedule instead."""
        state = await self.store.feed_state(spec.url)
        now = self.clock()
        due = state.next_poll_at
        # still in another instance's hands: look again once its poll must be over or its lease expired
        at = due if due is not None and due > now else now + min(spec.interval, self._config.polling.timeout)
        log.debug("feed %s is polled by another instance; next look in %.1fs", spec.url, at - now)
        return Refreshed(next_at=at)

    def _check_offline(self, url: str, kind: str) -> None:
        """Say it plainly once when no feed at all can be reached: the machine is probably offline."""
        if self._any_success or self._offline_said or kind not in UNREACHABLE_KINDS:
            return
        self._unreachable.add(url)
        if self._unreachable >= set(self.feeds):
            self._offline_said = True
            log.error("none of the %d feeds could be reached (DNS/connection failures): this machine seems to "
                      "have no network access. newsbot keeps retrying; `newsbot demo` shows the pipeline offline.",
                      len(self.feeds))

    # -- pushed content ----------------------------------------------------------------------------

    async def push(self, spec: FeedSpec, body: bytes, content_type: str | None) -> Refreshed:
        """Content a WebSub hub pushed: the same pipeline as a poll, keeping the feed's validators."""
        outcome = await push_outcome(spec, body, content_type=content_type, now=datetime.now(UTC),
                                     max_bytes=self._config.polling.max_bytes, runner=self._parse_pool.run)
        if outcome.error is not None:  # sending it again would not help: the next poll reads the feed
            log.warning("pushed content for %s is unusable: %s", spec.url, outcome.error.message)
            return Refreshed(next_at=None)
        self.metrics.polls["pushed"] += 1
        self.metrics.items += len(outcome.items)
        state = await self.store.feed_state(spec.url)
        now = self.clock()
        outcome = replace(outcome, validators=Validators(state.etag, state.last_modified, state.body_hash))
        result = await self.pipeline.process(spec, outcome, state=state, now=now,
                                             next_poll_at=state.next_poll_at or now + spec.interval)
        self._count(result)
        return Refreshed(next_at=None, notices=result.notices, new_stories=bool(result.stories))

    def _count(self, result: ProcessResult) -> None:
        self.metrics.new_items += result.new_items
        self.metrics.stories += len(result.stories)
        self.metrics.stories_merged += result.merged
        self.metrics.matches.update(result.topics)


def _fetcher(config: Config) -> Fetcher:
    p = config.polling
    return Fetcher(timeout=p.timeout, max_bytes=p.max_bytes, max_concurrency=p.max_concurrency,
                   per_host=p.per_host, host_gap=p.host_gap, allow_private=config.telegram.allow_private_feed_urls)


async def _close_later(fetcher: Fetcher, delay: float) -> None:
    """Polls still using the old fetcher finish first (they are bounded by its timeout)."""
    try:
        await asyncio.sleep(delay)  # a grace period, not a wait for a condition
    finally:
        await fetcher.__aexit__(None, None, None)
