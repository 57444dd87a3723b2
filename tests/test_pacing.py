"""Telegram's send limits as the sender keeps them (`Pace`), checked against the fake Bot API's model of them."""

from __future__ import annotations

import itertools
import random

import pytest

from bot.delivery import RateLimiter
from bot.pacing import UNBOUNDED, UNLIMITED, Pace
from support.telegram_limits import RateLimits, TelegramRateLimiter

GROUP, PRIVATE = -1001, 42


def schedule(pace: Pace, chat_id: int, wanted: list[float]) -> list[float]:
    """When the sender's limiter lets each wanted send go (each waits for the one before)."""
    limiter = RateLimiter(pace)
    sent: list[float] = []
    for want in wanted:
        at = max(want, sent[-1] if sent else want)
        at += limiter.wait_time(chat_id, at)
        limiter.record(chat_id, at)
        sent.append(at)
    return sent


def test_a_group_gets_half_its_minute_at_once_a_second_then_the_window_rate() -> None:
    sent = schedule(Pace(), GROUP, [0.0] * 25)
    gaps = [round(b - a, 6) for a, b in itertools.pairwise(sent)]
    assert gaps[:9] == [1.0] * 9 and set(gaps[9:19]) == {3.0}
    assert all(sum(1 for t in sent if s - 60 < t <= s) <= 20 for s in sent)  # never 21 in a rolling minute


def test_a_private_chat_gets_one_a_second() -> None:
    sent = schedule(Pace(), PRIVATE, [0.0] * 5)
    assert sent == [0.0, 1.0, 2.0, 3.0, 4.0]


@pytest.mark.parametrize("chat_id", [GROUP, PRIVATE])
def test_no_schedule_the_sender_makes_breaks_telegrams_limits(chat_id: int) -> None:
    rng = random.Random(7)
    wanted = sorted(rng.uniform(0, 300) for _ in range(400))  # bursts and lulls over five minutes
    telegram = TelegramRateLimiter(RateLimits(tolerance=0.0))
    for at in schedule(Pace(), chat_id, wanted):
        check = telegram.check(chat_id, at)
        assert check.ok, f"{at}: {check.overruns}"
        telegram.admit(check, "sendMessage")


def test_capacity_says_how_many_may_go_within_the_horizon() -> None:
    pace = Pace()
    assert pace.capacity(PRIVATE, [], 0.0, 10.0) == 11  # now, then one a second
    assert pace.capacity(GROUP, [], 0.0, 10.0) == 10  # 0..9, then the next at 12
    assert pace.capacity(GROUP, [float(t) for t in range(10)], 10.0, 10.0) == 3  # the 3-second half
    full = [float(t) for t in range(20)]
    assert pace.capacity(GROUP, full, 20.0, 10.0) == 0  # the minute is spent until t=60
    assert UNLIMITED.capacity(GROUP, full, 20.0, 10.0) == UNBOUNDED


def test_a_retry_after_hold_leaves_no_capacity_until_it_ends() -> None:
    limiter = RateLimiter(Pace())
    limiter.hold(GROUP, 30.0)
    assert limiter.capacity(GROUP, 0.0, 10.0) == 0
    assert limiter.wait_time(GROUP, 0.0) == 30.0
    assert limiter.capacity(GROUP, 25.0, 10.0) == 6  # 30..35


def test_the_overall_limit_spans_chats() -> None:
    limiter = RateLimiter(Pace(global_per_second=3))
    for chat in (1, 2, 3):
        limiter.record(chat, 0.0)
    assert limiter.wait_time(4, 0.5) == pytest.approx(0.5)
