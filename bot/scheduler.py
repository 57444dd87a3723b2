"""One APScheduler job per feed: at its interval with jitter, one poll of a feed at a time, never skipped.

APScheduler 3 silently drops a run that is more than `misfire_grace_time` late (1 s by default);
after a suspend or a long poll cycle that would leave feeds unpolled, so late runs are coalesced into
one and always run (`misfire_grace_time=None`).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import UTC, datetime

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from watchers.items import FeedSpec

from .models import FeedState
from .status import StatusBoard

log = logging.getLogger(__name__)


class FeedScheduler:
    def __init__(self, poll: Callable[[str], Awaitable[None]], *, board: StatusBoard, jitter: float = 0.1):
        self._poll = poll
        self._board = board
        self._jitter = jitter
        self._scheduler = AsyncIOScheduler(timezone=UTC, job_defaults={
            "coalesce": True, "max_instances": 1, "misfire_grace_time": None})
        self._triggers: dict[str, tuple[float, float]] = {}  # url -> (interval, jitter) of its job

    def start(self) -> None:
        self._scheduler.start()
        self._board.mark("scheduler", True)

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        self._board.mark("scheduler", False)

    def apply(self, jitter: float) -> None:
        """A new `[polling] jitter` applies to every job at the next `sync`."""
        self._jitter = jitter

    @property
    def running(self) -> bool:
        return bool(self._scheduler.running)

    def sync(self, feeds: Iterable[FeedSpec], *, first_runs: Mapping[str, float]) -> tuple[list[str], list[str]]:
        """Make the jobs match `feeds`: add new ones, drop removed ones, apply changed intervals."""
        wanted = {f.url: f for f in feeds}
        removed = [url for url in self._triggers if url not in wanted]
        for url in removed:
            with contextlib.suppress(JobLookupError):
                self._scheduler.remove_job(url)
            del self._triggers[url]
        added: list[str] = []
        for url, spec in wanted.items():
            if self._triggers.get(url) == (spec.interval, self._jitter):
                continue
            trigger = IntervalTrigger(seconds=spec.interval, jitter=spec.interval * self._jitter,
                                      timezone=UTC)
            first = first_runs.get(url)
            when = datetime.fromtimestamp(first, tz=UTC) if first is not None else None
            if url in self._triggers:
                self._scheduler.reschedule_job(url, trigger=trigger)
                if when is not None:
                    self._scheduler.modify_job(url, next_run_time=when)
            else:
                self._scheduler.add_job(self._poll, trigger, args=[url], id=url, name=spec.name or url,
                                        next_run_time=when, replace_existing=True)
                added.append(url)
            self._triggers[url] = (spec.interval, self._jitter)
        return added, removed

    def next_run(self, url: str, at: float) -> None:
        """Set when a feed is polled next (backoff, ttl, Retry-After, adaptive interval)."""
        with contextlib.suppress(JobLookupError):
            self._scheduler.modify_job(url, next_run_time=datetime.fromtimestamp(at, tz=UTC))

    def next_run_times(self) -> dict[str, float]:
        return {job.id: job.next_run_time.timestamp() for job in self._scheduler.get_jobs() if job.next_run_time}


def first_runs(feeds: Mapping[str, FeedSpec], states: Mapping[str, FeedState], *, now: float,
               rand: Callable[[], float]) -> dict[str, float]:
    """Resume each feed's stored schedule; spread never-polled feeds over the first seconds."""
    out: dict[str, float] = {}
    for url, spec in feeds.items():
        state = states.get(url)
        if state and state.next_poll_at:
            out[url] = max(now, min(state.next_poll_at, now + spec.interval))
        else:
            out[url] = now + rand() * min(5.0, spec.interval / 10)
    return out
