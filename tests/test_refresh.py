"""The refresh use case: its pure failure policy, and one feed's refresh against a local server and a real SQLite
file, with the clock and the jitter injected (no test waits for wall time)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest

from bot.chatbook import ChatBook
from bot.config import Config, PollingConfig, parse_config
from bot.feedlist import feeds_for
from bot.matcher import Matcher
from bot.metrics import Metrics
from bot.models import FeedState
from bot.pipeline import Pipeline
from bot.refresh import GONE_RECHECK, Refresher, plan_failure
from bot.store import AsyncSqliteStore
from support.clock import Clock
from support.feed_server import FeedServer, rss
from support.seeming import seem_public
from support.store_probe import outbox_rows
from watchers.items import FeedSpec, FetchError

T0 = 1_760_000_000.0  # 2025-10-09 08:53 UTC
HOUR = 3600.0
POLLING = PollingConfig()
SPEC = FeedSpec("https://ex.org/feed", name="Ex", interval=300.0)
TOKEN = "123456:" + "A" * 30  # well formed; no request ever reaches Telegram here
TIMEOUT = FetchError("timeout", "no answer within 20s")


# -- the failure policy, pure -------------------------------------------------------------------------------

def test_a_first_failure_backs_off_from_the_retry_base_and_reports_nothing() -> None:
    plan = plan_failure(FeedState(SPEC.url), TIMEOUT, SPEC, POLLING, now=T0, rand=0.0)
    assert POLLING.retry_base <= plan.delay <= 2 * POLLING.retry_base
    assert not (plan.gone or plan.report_down or plan.report_gone)


def test_backoff_grows_with_the_failures_and_stops_at_the_cap() -> None:
    delays = [plan_failure(FeedState(SPEC.url, failures=n), TIMEOUT, SPEC, POLLING, now=T0, rand=0.5).delay
              for n in range(12)]
    assert delays == sorted(delays) and delays[0] < delays[-1]
    assert delays[-1] <= max(POLLING.retry_max, SPEC.interval)


def test_retry_after_is_honoured() -> None:
    busy = FetchError("http", "429", status=429, retry_after=1800.0)
    assert plan_failure(FeedState(SPEC.url), busy, SPEC, POLLING, now=T0, rand=0.0).delay >= 1800.0


def test_410_gone_is_rechecked_daily_and_reported_once() -> None:
    gone = FetchError("http", "HTTP 410", permanent=True, status=410)
    first = plan_failure(FeedState(SPEC.url), gone, SPEC, POLLING, now=T0, rand=0.0)
    assert first.gone and first.report_gone and first.delay >= GONE_RECHECK
    again = plan_failure(FeedState(SPEC.url, failures=1, gone=True), gone, SPEC, POLLING, now=T0, rand=0.0)
    assert again.gone and not again.report_gone


def test_a_feed_failing_for_hours_is_reported_once() -> None:
    after = POLLING.report_failing_after_hours * HOUR
    early = FeedState(SPEC.url, failures=3, failing_since=T0 - after + 60)
    late = replace(early, failing_since=T0 - after)
    told = replace(late, down_reported=True)
    assert not plan_failure(early, TIMEOUT, SPEC, POLLING, now=T0, rand=0.0).report_down
    assert plan_failure(late, TIMEOUT, SPEC, POLLING, now=T0, rand=0.0).report_down
    assert not plan_failure(told, TIMEOUT, SPEC, POLLING, now=T0, rand=0.0).report_down


# -- one feed's refresh -------------------------------------------------------------------------------------

@dataclass
class Rig:
    server: FeedServer
    store: AsyncSqliteStore
    refresher: Refresher
    clock: Clock
    config: Config
    metrics: Metrics = field(default_factory=Metrics)

    def spec(self, path: str) -> FeedSpec:
        return self.refresher.feeds[self.server.url(path)]


def _config(server: FeedServer, tmp_path: Path, paths: tuple[str, ...], polling: str = "adaptive = false",
            jitter: float = 0.0, host_gap: float = 0.0) -> Config:
    feeds = "".join(f'[[feeds]]\nurl = "{server.url(p)}"\nname = "{p.strip("/")}"\n' for p in paths)
    # a 127.0.0.1 server answers at once: no host gap, no adaptive cadence, no jitter (the schedule is exact)
    text = (f'[telegram]\ntoken = "{TOKEN}"\nchat_ids = [1, 2]\n'
            f'[storage]\npath = "{tmp_path / "r.sqlite3"}"\n'
            f"[polling]\nhost_gap = {host_gap}\njitter = {jitter}\n{polling}\nbackfill_hours = 24\n{feeds}")
    return parse_config(text, path=tmp_path / "c.toml", env={})


@contextlib.asynccontextmanager
async def _refresher(config: Config, tmp_path: Path, clock: Clock, rand: float,
                     metrics: Metrics | None = None) -> AsyncIterator[tuple[Refresher, AsyncSqliteStore]]:
    """A Refresher over a real SQLite store and the config's chats, open; `rand`: every jitter draw."""
    store = AsyncSqliteStore(tmp_path / "r.sqlite3")
    await store.open()
    chats = ChatBook(config, store, clock=clock)
    await chats.load()
    pipeline = Pipeline(store, matcher=Matcher(config.watchlist), routing=chats.routing)
    refresher = Refresher(config, feeds_for(config), pipeline, clock=clock, rand=lambda: rand,
                          metrics=metrics or Metrics(), pushed=lambda url, now: False)
    try:
        async with refresher:
            yield refresher, store
    finally:
        await store.close()


@pytest.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    async with FeedServer() as server:
        config = _config(server, tmp_path, ("/a", "/b"))
        clock, metrics = Clock(T0), Metrics()
        async with _refresher(config, tmp_path, clock, 0.0, metrics) as (refresher, store):
            yield Rig(server, store, refresher, clock, config, metrics)


STORY = {"title": "DeepSeek releases V3.2 with sparse attention", "link": "https://ex.org/v32",
         "guid": "v32", "description": "DeepSeek's new model.", "pubDate": "Thu, 09 Oct 2025 07:00:00 GMT"}


async def test_a_good_poll_schedules_the_next_at_the_feed_interval_and_queues_the_story(rig: Rig) -> None:
    rig.server.set_feed("/a", rss([STORY]))
    done = await rig.refresher.refresh(rig.spec("/a"))
    assert done.next_at == pytest.approx(T0 + rig.spec("/a").interval)
    assert done.new_stories and done.consider_hub and not done.notices and done.moved_to is None
    assert sorted(row["chat_id"] for row in await outbox_rows(rig.store)) == [1, 2]
    assert rig.metrics.polls["ok"] == 1


async def test_an_unchanged_feed_queues_nothing_and_does_not_consider_the_hub(rig: Rig) -> None:
    rig.server.set_feed("/a", rss([STORY]))
    await rig.refresher.refresh(rig.spec("/a"))
    rig.clock.now += 300
    done = await rig.refresher.refresh(rig.spec("/a"))
    assert not done.new_stories and not done.consider_hub
    assert rig.metrics.polls["not_modified"] == 1


async def test_a_permanent_redirect_reports_the_new_address(rig: Rig) -> None:
    rig.server.set_feed("/new", rss([STORY]))
    rig.server.set_redirect("/a", "/new", status=301)
    done = await rig.refresher.refresh(rig.spec("/a"))
    assert done.moved_to == rig.server.url("/new")


async def test_a_public_feed_moving_inside_is_refused_and_the_config_is_not_rewritten(
        rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 301 from a (seemingly) public feed to 127.0.0.1 is no move: the hop is refused, the service is given
    no new address to write into the config, and the inside server is never asked."""
    async with FeedServer() as inside:
        inside.set_feed("/moved.xml", rss([STORY]))
        rig.server.set_redirect("/a", inside.url("/moved.xml"), status=301)
        seem_public(monkeypatch, rig.server.base_url)
        done = await rig.refresher.refresh(rig.spec("/a"))
        assert done.moved_to is None and not done.new_stories
        state = await rig.store.feed_state(rig.spec("/a").url)
        assert state.failures == 1 and state.last_error_kind == "blocked" and state.moved_to is None
        assert inside.count("/moved.xml") == 0


async def test_a_gone_feed_is_reported_once_and_rechecked_daily(rig: Rig) -> None:
    rig.server.set_status("/a", 410)
    first = await rig.refresher.refresh(rig.spec("/a"))
    assert first.next_at is not None and first.next_at - T0 >= GONE_RECHECK
    assert len(first.notices) == 1 and "410" in first.notices[0]
    assert (await rig.store.feed_state(rig.spec("/a").url)).gone
    for _ in range(3):  # a gone feed is not also "failing for hours": it was reported once, as gone
        rig.clock.now += GONE_RECHECK
        assert not (await rig.refresher.refresh(rig.spec("/a"))).notices


async def test_a_failing_feed_is_reported_after_hours_then_its_recovery(rig: Rig) -> None:
    rig.server.set_status("/a", 503)
    spec = rig.spec("/a")
    notices: list[str] = []
    deadline = T0 + 2 * rig.config.polling.report_failing_after_hours * HOUR
    while rig.clock.now < deadline:
        done = await rig.refresher.refresh(spec)
        notices += done.notices
        assert done.next_at is not None and done.next_at > rig.clock.now
        rig.clock.now = done.next_at
    assert len(notices) == 1 and "has been failing" in notices[0] and spec.url in notices[0]
    assert (await rig.store.feed_state(spec.url)).down_reported
    rig.server.set_feed("/a", rss([STORY]))
    back = await rig.refresher.refresh(spec)
    assert len(back.notices) == 1 and "works again" in back.notices[0]
    state = await rig.store.feed_state(spec.url)
    assert state.failures == 0 and not state.down_reported


async def test_no_feed_reachable_is_said_once_plainly(rig: Rig, caplog: pytest.LogCaptureFixture) -> None:
    dead = FeedSpec("http://127.0.0.1:9/feed", name="dead")  # the discard port: connection refused
    rig.refresher.feeds = {dead.url: dead}
    for _ in range(3):
        done = await rig.refresher.refresh(dead)
        assert done.next_at is not None
        rig.clock.now = done.next_at
    offline = [r for r in caplog.records if "no network access" in r.getMessage()]
    assert len(offline) == 1 and offline[0].levelname == "ERROR"


@pytest.mark.parametrize(("polling", "gap", "expected"), [
    ("adaptive = true", 86400.0, 300.0),  # a quiet feed: still every interval, as promised
    ("adaptive = true\nstretch_quiet_feeds = true", 86400.0, 6 * 3600.0),  # opted in: up to max_interval
    ("adaptive = true", 100.0, 60.0),  # a busy feed: faster, down to min_interval
])
async def test_adaptive_polling_never_slows_a_feed_below_its_interval_unless_asked(
        tmp_path: Path, polling: str, gap: float, expected: float) -> None:
    async with FeedServer() as server:
        config = _config(server, tmp_path, ("/a",), polling)
        async with _refresher(config, tmp_path, Clock(T0), 0.0) as (refresher, _):
            url = server.url("/a")
            for n in range(5, 0, -1):  # its news came every `gap` seconds, the last one `gap` ago
                refresher.cadence.news(url, T0 - n * gap)
            server.set_feed("/a", rss([]))
            done = await refresher.refresh(refresher.feeds[url])
    assert done.next_at == pytest.approx(T0 + expected)


@pytest.mark.parametrize(("polling", "rand"), [
    ("adaptive = false", 0.0),  # the defaults' min_interval (60 s), no jitter drawn
    ("adaptive = false", 1.0),  # the most jitter: 10 % earlier
    ("adaptive = false\nmin_interval = 300", 1.0),  # min_interval = interval: no room for jitter
])
async def test_the_interval_runs_from_the_request_so_a_slow_answer_never_makes_the_next_poll_late(
        tmp_path: Path, polling: str, rand: float) -> None:
    """The interval is a promise between two requests of a feed (what its server and the user see): the time
    the answer and the parse took is not added to it, and min_interval is kept between requests too."""
    clock = Clock(T0)
    async with FeedServer() as server:
        config = _config(server, tmp_path, ("/a",), polling, jitter=0.1)
        async with _refresher(config, tmp_path, clock, rand) as (refresher, _):
            fetch, sent = refresher.fetcher.fetch, []

            async def slow_answer(*args: Any, **kwargs: Any) -> Any:
                sent.append(clock.now)
                answer = await fetch(*args, **kwargs)
                clock.now += 7.5  # the answer took 7.5 s to arrive (by the test's clock)
                return answer

            refresher.fetcher.fetch = slow_answer  # type: ignore[method-assign]
            server.set_feed("/a", rss([STORY]))
            done = [await refresher.refresh(refresher.feeds[server.url("/a")])]
            clock.now = done[0].next_at or 0.0
            server.set_feed("/a", rss([STORY, {**STORY, "guid": "v33", "link": "https://ex.org/v33"}]))
            done.append(await refresher.refresh(refresher.feeds[server.url("/a")]))
    p = config.polling
    assert len(sent) == 2
    for request_at, poll in zip(sent, done, strict=True):
        assert poll.next_at is not None
        assert p.min_interval <= poll.next_at - request_at <= p.interval
    assert sent[1] - sent[0] <= p.interval


async def test_the_interval_runs_from_when_the_request_was_sent_after_the_host_gap(tmp_path: Path) -> None:
    """Two feeds of one host polled at once: the second request waits for the host gap, and its interval
    (and min_interval) counts from when it was sent, so its server never sees two requests closer than that."""
    clock = Clock(T0)
    async with FeedServer() as server:
        config = _config(server, tmp_path, ("/a", "/b"), "adaptive = false\nmin_interval = 300", host_gap=0.3)
        async with _refresher(config, tmp_path, clock, 1.0) as (refresher, _):
            for path in ("/a", "/b"):
                server.set_feed(path, rss([STORY]))
            done = await asyncio.gather(*(refresher.refresh(spec) for spec in refresher.feeds.values()))
    first, second = sorted(d.next_at or 0.0 for d in done)
    assert first - T0 == pytest.approx(300.0, abs=0.05)
    assert 300.0 + 0.25 <= second - T0 <= 300.0 + 1.0  # it was sent ~0.3 s after the poll began
