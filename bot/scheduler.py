"""When each feed is polled: one timer over a heap of due times, not one scheduler job per feed.

Every poll sets its feed's next due time (interval, backoff, ttl, Retry-After, adaptive pace). With
APScheduler driving one job per feed, that was a `modify_job` per poll: datetime objects, a job store
lookup and a wakeup of its loop, a fifth of the daemon's CPU per poll. Here a poll costs a heap push;
one `loop.call_later` timer is re-armed when the earliest due time changes. A feed whose poll is still
running when it falls due again is not polled twice: its turn moves on by its interval. A run that is
long overdue (after a suspend, a long stall) still runs, once.

At most `max_running` polls run at once (`Service`: twice `[polling] max_concurrency`); feeds due beyond
that wait in the heap, not as tasks. A cold start has every feed due within seconds: a task parked on the
fetch slots costs ~6 KB (its coroutine frames), 58 MB for 10,000 feeds, 290 MB for 50,000, memory the
allocator then keeps. A feed due while the limit is reached is started, oldest due first, as polls end.

APScheduler keeps what it is good at: the daemon's periodic duties (`every`), on wall-clock intervals.
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import random
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from watchers.items import FeedSpec

from .models import FeedState
from .status import StatusBoard

log = logging.getLogger(__name__)

_MAX_SLEEP = 30.0  # the timer re-checks the wall clock at least this often (a suspend, a clock step)


class FeedScheduler:
    def __init__(self, poll: Callable[[str], Awaitable[None]], *, board: StatusBoard, jitter: float = 0.1,
                 clock: Callable[[], float] = time.time, rand: Callable[[], float] = random.random,
                 max_running: int | None = None):
        self._poll, self._board, self._jitter = poll, board, jitter
        self._max_running = max_running  # None: no limit
        self._clock, self._rand = clock, rand
        self._intervals: dict[str, float] = {}  # url -> its configured interval
        self._due: dict[str, float] = {}  # url -> when it is polled next
        self._heap: list[tuple[float, str]] = []  # (due, url); an entry is stale once _due[url] differs
        self._running: dict[str, asyncio.Task[None]] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._armed_for = float("inf")
        self._held = False  # a due feed waits for a running poll to end (max_running)
        self._periodic = AsyncIOScheduler(timezone=UTC, job_defaults={
            "coalesce": True, "max_instances": 1, "misfire_grace_time": None})
        self._started = False

    def start(self) -> None:
        self._started = True
        self._periodic.start()
        self._arm()
        self._board.mark("scheduler", True)

    def shutdown(self) -> None:
        """Stop the timer and cancel polls in flight (they end quietly: the board says we stop)."""
        self._started = False
        self._board.mark("scheduler", False)
        if self._periodic.running:
            self._periodic.shutdown(wait=False)
        if self._timer is not None:
            self._timer.cancel()
            self._timer, self._armed_for = None, float("inf")
        for task in list(self._running.values()):
            task.cancel()

    def apply(self, jitter: float, max_running: int | None = None) -> None:
        """A new `[polling] jitter` applies from each feed's next turn; a new `max_running` at once."""
        self._jitter, self._max_running = jitter, max_running
        if self._held:
            self._held = False
            self._arm()

    @property
    def running(self) -> bool:
        return self._started

    def every(self, name: str, seconds: float, job: Callable[[], Coroutine[Any, Any, Any]]) -> None:
        """A periodic duty of the daemon (housekeeping): first run now, then every `seconds`; a run
        that fails is logged by APScheduler and the next one runs on time. A run cut short because the
        daemon stops ends quietly: APScheduler would log its cancellation as the duty failing."""
        async def duty() -> None:
            try:
                await job()
            except asyncio.CancelledError:
                if self._started:
                    raise
                log.debug("%s cut short: stopping", name)

        self._periodic.add_job(duty, IntervalTrigger(seconds=seconds, timezone=UTC), id=name, name=name,
                               next_run_time=datetime.now(UTC), replace_existing=True)

    def sync(self, feeds: Iterable[FeedSpec], *, first_runs: Mapping[str, float]) -> tuple[list[str], list[str]]:
        """Make the schedule match `feeds`: add new ones, drop removed ones, apply changed intervals."""
        wanted = {f.url: f for f in feeds}
        removed = [url for url in self._intervals if url not in wanted]
        for url in removed:
            del self._intervals[url]
            self._due.pop(url, None)
        added: list[str] = []
        for url, spec in wanted.items():
            known = url in self._intervals
            if known and self._intervals[url] == spec.interval:
                continue
            self._intervals[url] = spec.interval
            first = first_runs.get(url)
            if not known:
                added.append(url)
                self.next_run(url, first if first is not None else self._clock() + self._turn(spec.interval))
            elif first is not None:
                self.next_run(url, first)
        return added, removed

    def next_run(self, url: str, at: float) -> None:
        """Set when a feed is polled next (backoff, ttl, Retry-After, adaptive interval)."""
        if url not in self._intervals:
            return
        self._due[url] = at
        heapq.heappush(self._heap, (at, url))
        if at < self._armed_for:
            self._arm()

    def next_run_times(self) -> dict[str, float]:
        return dict(self._due)

    def _turn(self, interval: float) -> float:
        """The fallback wait to a feed's next turn: its interval, jitter only ever making it earlier
        (the interval is a promise), so feeds configured together spread out."""
        return interval * (1 - self._jitter * self._rand())

    def _arm(self) -> None:
        if not self._started:
            return
        while self._heap and self._due.get(self._heap[0][1]) != self._heap[0][0]:
            heapq.heappop(self._heap)  # stale: the feed was rescheduled or removed
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if not self._heap:
            self._armed_for = float("inf")
            return
        self._armed_for = self._heap[0][0]
        # held: the poll that ends next re-arms (`_run`); the timer is only the wall-clock re-check
        delay = _MAX_SLEEP if self._held else min(_MAX_SLEEP, max(0.0, self._armed_for - self._clock()))
        self._timer = asyncio.get_running_loop().call_later(delay, self._fire)

    def _fire(self) -> None:
        self._timer, self._armed_for = None, float("inf")
        self._held = False
        now = self._clock()
        limit = self._max_running
        while self._heap and self._heap[0][0] <= now:
            at, url = self._heap[0]
            if self._due.get(url) != at:
                heapq.heappop(self._heap)
                continue
            if limit is not None and len(self._running) >= limit and url not in self._running:
                self._held = True  # it stays due, first in line
                break
            heapq.heappop(self._heap)
            interval = self._intervals[url]
            # until the poll says otherwise, its next turn; also the turn of a poll still running
            self._due[url] = now + self._turn(interval)
            heapq.heappush(self._heap, (self._due[url], url))
            if url not in self._running:
                task = asyncio.get_running_loop().create_task(self._run(url), name=f"poll {url}")
                self._running[url] = task
        self._arm()

    async def _run(self, url: str) -> None:
        try:
            await self._poll(url)
        except asyncio.CancelledError:
            raise
        except Exception:  # the poll callable handles its own errors; this is the last line
            log.exception("poll of %s failed", url)
        finally:
            self._running.pop(url, None)
            if self._held and self._started:
                self._held = False
                self._arm()  # the feeds held for a free place


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
