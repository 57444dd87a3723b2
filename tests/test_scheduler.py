"""The feed scheduler (a heap of due times, APScheduler for periodic duties): late runs still run, never two
at once, the interval is a promise."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

import pytest

from bot.scheduler import FeedScheduler
from bot.status import StatusBoard
from support.wait import wait_until
from watchers.items import FeedSpec


async def test_a_run_that_is_long_overdue_still_happens() -> None:
    calls: list[str] = []

    async def poll(url: str) -> None:
        calls.append(url)

    sched = FeedScheduler(poll, board=StatusBoard(started_at=0.0))
    sched.start()
    try:
        sched.sync([FeedSpec("https://a.example/f", interval=3600)],
                   first_runs={"https://a.example/f": time.time() - 600})
        await wait_until(lambda: calls == ["https://a.example/f"], timeout=5)
    finally:
        sched.shutdown()


async def test_one_feed_is_never_polled_twice_at_once_and_next_run_is_honoured() -> None:
    running = 0
    overlap = False
    calls = 0
    release = asyncio.Event()

    async def poll(url: str) -> None:
        nonlocal running, overlap, calls
        running += 1
        calls += 1
        overlap = overlap or running > 1
        await release.wait()
        running -= 1

    sched = FeedScheduler(poll, board=StatusBoard(started_at=0.0), jitter=0)
    sched.start()
    try:
        sched.sync([FeedSpec("https://a.example/f", interval=1)], first_runs={"https://a.example/f": time.time()})
        await wait_until(lambda: calls == 1, timeout=5)
        first_due = sched.next_run_times()["https://a.example/f"]
        # the next due time passes while the first poll still runs: the scheduler must not start another
        await wait_until(lambda: sched.next_run_times()["https://a.example/f"] > first_due, timeout=5)
        assert calls == 1
        release.set()
        sched.next_run("https://a.example/f", time.time() + 3600)
        assert sched.next_run_times()["https://a.example/f"] > time.time() + 3000
        assert not overlap
    finally:
        sched.shutdown()


async def test_sync_adds_removes_and_reschedules() -> None:
    async def poll(url: str) -> None:
        return None

    sched = FeedScheduler(poll, board=StatusBoard(started_at=0.0))
    sched.start()
    try:
        far = time.time() + 1000
        added, removed = sched.sync([FeedSpec("https://a/1", interval=60), FeedSpec("https://a/2", interval=60)],
                                    first_runs={"https://a/1": far, "https://a/2": far})
        assert sorted(added) == ["https://a/1", "https://a/2"] and removed == []
        added, removed = sched.sync([FeedSpec("https://a/2", interval=120), FeedSpec("https://a/3", interval=60)],
                                    first_runs={"https://a/2": far, "https://a/3": far})
        assert added == ["https://a/3"] and removed == ["https://a/1"]
        assert set(sched.next_run_times()) == {"https://a/2", "https://a/3"}
    finally:
        sched.shutdown()


async def test_the_fallback_turn_is_never_later_than_the_interval_and_removed_feeds_are_not_polled() -> None:
    calls: list[str] = []

    async def poll(url: str) -> None:
        calls.append(url)
        if url == "https://a/crash":
            raise RuntimeError("a bug in one poll")

    sched = FeedScheduler(poll, board=StatusBoard(started_at=0.0), jitter=0.5, rand=lambda: 1.0)
    sched.start()
    try:
        now = time.time()
        sched.sync([FeedSpec("https://a/1", interval=100), FeedSpec("https://a/crash", interval=100),
                    FeedSpec("https://a/gone", interval=100)],
                   first_runs={"https://a/1": now, "https://a/crash": now, "https://a/gone": now + 3600})
        await wait_until(lambda: sorted(calls) == ["https://a/1", "https://a/crash"], timeout=5)
        due = sched.next_run_times()
        # jitter 0.5 at its extreme: half the interval, never more than the interval
        assert now + 49 <= due["https://a/1"] <= now + 51 and now + 49 <= due["https://a/crash"] <= now + 51
        sched.sync([FeedSpec("https://a/1", interval=100), FeedSpec("https://a/crash", interval=100)], first_runs={})
        assert "https://a/gone" not in sched.next_run_times()
        sched.next_run("https://a/gone", time.time())  # a late word about a removed feed changes nothing
        sched.next_run("https://a/crash", time.time())  # the feed whose poll raised is still scheduled
        await wait_until(lambda: calls.count("https://a/crash") == 2, timeout=5)
        assert "https://a/gone" not in calls
    finally:
        sched.shutdown()


async def _running_duty(duty: Callable[[], Coroutine[Any, Any, None]], runs: asyncio.Event) -> FeedScheduler:
    """A started scheduler (no feeds) whose hourly duty has started its first run, `runs` set."""
    async def poll(url: str) -> None:
        return None

    sched = FeedScheduler(poll, board=StatusBoard(started_at=0.0))
    sched.start()
    sched.every("housekeeping", 3600, duty)
    await asyncio.wait_for(runs.wait(), 5)
    return sched


async def test_a_periodic_duty_runs_at_once_and_stops_with_the_scheduler() -> None:
    runs = asyncio.Event()

    async def duty() -> None:
        runs.set()

    sched = await _running_duty(duty, runs)
    sched.shutdown()
    assert not sched.running


async def test_a_duty_cut_short_by_the_daemon_stopping_logs_no_error(caplog: pytest.LogCaptureFixture) -> None:
    """SIGTERM right after the start: the first housekeeping run is still waiting on the store when the loop
    cancels what is left; that is no failure of the duty (CI saw APScheduler log it as one)."""
    started, release = asyncio.Event(), asyncio.Event()

    async def duty() -> None:
        started.set()
        await release.wait()

    sched = await _running_duty(duty, started)
    running = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
    assert running
    with caplog.at_level(logging.DEBUG):
        sched.shutdown()
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    assert "housekeeping cut short: stopping" in caplog.text


async def test_feeds_due_at_once_wait_in_the_heap_not_as_tasks_and_all_run_as_places_free() -> None:
    """A cold start has every feed due within seconds: only `max_running` polls are started at once (each
    parked task costs its coroutine frames), the rest start, oldest due first, as polls end."""
    release = asyncio.Event()
    started: list[str] = []
    most = 0

    async def poll(url: str) -> None:
        nonlocal most
        started.append(url)
        most = max(most, len(asyncio.all_tasks()))
        await release.wait()

    sched = FeedScheduler(poll, board=StatusBoard(started_at=0.0), jitter=0, max_running=5)
    sched.start()
    feeds = [FeedSpec(f"https://a.example/{n:02}", interval=3600) for n in range(40)]
    now = time.time()
    try:
        sched.sync(feeds, first_runs={f.url: now - 40 + n for n, f in enumerate(feeds)})
        await wait_until(lambda: len(started) == 5, timeout=5)
        await asyncio.sleep(0)  # one more turn of the loop: nothing else may start
        assert len(started) == 5 and started == [f.url for f in feeds[:5]]
        release.set()
        await wait_until(lambda: len(started) == 40, timeout=5)
        assert started == [f.url for f in feeds]  # in the order they fell due
        assert most <= 5 + 1  # the test's own task
    finally:
        sched.shutdown()
