"""Retry and poll delays: exponential with jitter, honouring servers, bounded both ways."""

from __future__ import annotations

import math

import pytest

from watchers.backoff import MAX_DELAY, next_poll_delay, next_retry_delay


def retry(failures: int, *, rand: float = 0.5, retry_after: float | None = None,
          base: float = 60.0, cap: float = 3600.0) -> float:
    return next_retry_delay(failures, base=base, cap=cap, retry_after=retry_after, rand=rand)


def test_retry_delay_doubles_with_each_failure() -> None:
    assert [retry(n, rand=1.0) for n in range(1, 6)] == [60, 120, 240, 480, 960]


def test_retry_jitter_keeps_at_least_half_of_the_step() -> None:
    assert retry(3, rand=0.0) == 120  # half of 240: never an immediate retry
    assert retry(3, rand=0.5) == 180
    assert 120 <= retry(3, rand=0.999) < 240


def test_retry_delay_never_exceeds_the_cap() -> None:
    assert retry(20, rand=1.0) == 3600
    assert retry(10_000, rand=1.0) == 3600  # no overflow however long the outage


def test_retry_after_wins_even_above_the_cap_but_not_above_a_day() -> None:
    assert retry(1, rand=0.0, retry_after=900) == 900
    assert retry(1, retry_after=7200) == 7200
    assert retry(1, retry_after=10 * 86400) == MAX_DELAY == 86400
    assert retry(6, rand=1.0, retry_after=10) == 1920  # a short Retry-After does not shorten backoff


@pytest.mark.parametrize("failures", [0, -3])
def test_nonsense_failure_counts_act_like_a_first_failure(failures: int) -> None:
    assert retry(failures, rand=1.0) == 60


@pytest.mark.parametrize("rand", [-1.0, 2.0, math.nan, math.inf])
def test_a_bad_random_value_stays_within_bounds(rand: float) -> None:
    assert 30 <= retry(1, rand=rand) <= 60


def poll(interval: float = 300.0, *, min_interval: float = 60.0, ttl: float | None = None,
         max_age: float | None = None, rand: float = 0.0, fraction: float = 0.1) -> float:
    return next_poll_delay(interval, min_interval=min_interval, ttl=ttl, max_age=max_age,
                           jitter_rand=rand, jitter_fraction=fraction)


def test_poll_delay_is_the_interval_without_other_hints() -> None:
    assert poll() == 300


def test_poll_delay_takes_the_longest_of_interval_ttl_and_max_age() -> None:
    assert poll(ttl=1800) == 1800
    assert poll(max_age=900, ttl=600) == 900
    assert poll(ttl=10, max_age=20) == 300  # hints only ever slow us down


def test_poll_delay_is_clamped_between_min_interval_and_a_day() -> None:
    assert poll(5, min_interval=60) == 60
    assert poll(ttl=30 * 86400) == MAX_DELAY
    assert poll(5, min_interval=1) == 5


def test_poll_jitter_only_brings_a_poll_earlier_the_interval_is_a_promise() -> None:
    assert poll(rand=1.0) == pytest.approx(270)
    assert poll(rand=0.5) == pytest.approx(285)
    assert max(poll(rand=r / 10) for r in range(11)) == 300
    assert poll(rand=1.0, fraction=0.0) == 300


def test_poll_jitter_only_lengthens_what_the_server_asked_for() -> None:
    assert poll(ttl=1800, rand=1.0) == pytest.approx(1980)
    assert min(poll(max_age=900, rand=r / 10) for r in range(11)) == 900


def test_poll_jitter_never_goes_below_min_interval_or_above_a_day() -> None:
    assert poll(60, min_interval=60, rand=1.0) == 60
    assert poll(ttl=MAX_DELAY, rand=1.0) == MAX_DELAY


# -- the adaptive interval ---------------------------------------------------------------------------

def test_adaptive_interval_keeps_the_configured_one_until_the_pace_is_known() -> None:
    from watchers.backoff import adaptive_interval
    assert adaptive_interval(10.0, 5.0, 2, interval=300, min_interval=60, max_interval=21600) == 300


def test_adaptive_interval_follows_the_pace_within_bounds() -> None:
    from watchers.backoff import adaptive_interval
    kw = {"interval": 300, "min_interval": 60, "max_interval": 21600}
    assert adaptive_interval(3600.0, 600.0, 5, **kw) == 900  # news hourly: poll every 15 min
    assert adaptive_interval(30.0, 10.0, 5, **kw) == 60  # never below min_interval
    assert adaptive_interval(7 * 86400.0, 0.0, 5, **kw) == 21600  # never above max_interval
    assert adaptive_interval(120.0, 7200.0, 5, **kw) == 1800  # gone quiet: judged by the silence


def test_cadence_learns_each_feed_separately() -> None:
    from bot.cadence import Cadence
    c = Cadence()
    kw = {"interval": 300.0, "min_interval": 60.0, "max_interval": 21600.0}
    for t in (0, 400, 800, 1200):
        c.news("busy", float(t))
    c.news("quiet", 0.0)
    assert c.interval("busy", 1300.0, **kw) == 100.0
    assert c.interval("quiet", 1300.0, **kw) == 300.0
    assert c.interval("unknown", 1300.0, **kw) == 300.0
    c.forget("busy")
    assert c.interval("busy", 1300.0, **kw) == 300.0
