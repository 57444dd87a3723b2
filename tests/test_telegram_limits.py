"""The flood-limit model behaves like Telegram's limits, on an injected clock (nothing sleeps)."""

from __future__ import annotations

import pytest

from support.telegram_limits import RateCheck, RateLimits, TelegramRateLimiter

GROUP = -1001234567890
USER = 42


def send(limiter: TelegramRateLimiter, chat_id: int, at: float, *, enforce: bool = True) -> RateCheck:
    """One send at `at`: refused if over a limit when enforcing (not counted), else counted."""
    check = limiter.check(chat_id, at)
    if check.ok or not enforce:
        limiter.admit(check, "sendMessage")
    return check


def test_a_group_takes_20_sends_at_once_then_waits_for_the_first_to_age_out() -> None:
    limiter = TelegramRateLimiter(RateLimits())
    tick = 1 / 32  # exact in binary: no float noise at the window's edge

    burst = [send(limiter, GROUP, at=k * tick) for k in range(20)]  # all within the first second
    assert all(check.ok for check in burst)

    refused = send(limiter, GROUP, at=1.0)
    assert not refused.ok and [scope for scope, _ in refused.overruns] == ["group"]
    assert refused.retry_after == 59  # the send at 0.0 leaves the window at 60.0
    assert not send(limiter, GROUP, at=4.0).ok  # a one-per-3-s bucket would have refilled a token
    assert send(limiter, GROUP, at=59.9).retry_after == 1
    assert send(limiter, GROUP, at=60.0).ok  # the first send has left the window
    assert send(limiter, GROUP, at=60 + tick / 2).retry_after == 1  # the second leaves at 60 + tick
    assert send(limiter, GROUP, at=60 + tick).ok


def test_any_60_seconds_hold_at_most_20_group_sends() -> None:
    limiter = TelegramRateLimiter(RateLimits(tolerance=0.0))

    assert all(send(limiter, GROUP, at=3.0 * k).ok for k in range(100))  # exactly the limit, forever
    assert not send(limiter, GROUP, at=298.5).ok
    for k in range(10):
        assert send(limiter, -77, at=float(k)).ok
    assert all(send(limiter, -77, at=30.0 + k).ok for k in range(10))
    assert not send(limiter, -77, at=59.5).ok  # all 20 are within the last 60 s
    assert send(limiter, -77, at=60.0).ok


def test_groups_are_limited_each_on_its_own() -> None:
    limiter = TelegramRateLimiter(RateLimits())

    assert all(send(limiter, GROUP, at=0.0).ok for _ in range(20))
    assert all(send(limiter, -555, at=0.1).ok for _ in range(5))
    assert not send(limiter, GROUP, at=0.2).ok


def test_30_sends_a_second_overall_in_a_sliding_window() -> None:
    limiter = TelegramRateLimiter(RateLimits(tolerance=0.0))
    tick = 1 / 128  # exact in binary: no float noise at the window's edge

    assert all(send(limiter, chat, at=chat * tick).ok for chat in range(1, 31))  # 30 private chats
    refused = send(limiter, 31, at=0.5)
    assert [scope for scope, _ in refused.overruns] == ["global"]
    assert refused.retry_after == 1
    assert not send(limiter, -9, at=0.9).ok  # group sends count toward the global limit too
    assert send(limiter, 32, at=1 + tick).ok  # the first send has left the window
    assert not send(limiter, 33, at=1 + 1.5 * tick).ok  # the second has not


def test_a_private_chat_is_a_token_bucket_of_one_a_second_with_a_small_burst() -> None:
    limiter = TelegramRateLimiter(RateLimits())

    assert all(send(limiter, USER, at=0.0).ok for _ in range(3))
    refused = send(limiter, USER, at=0.0)
    assert [scope for scope, _ in refused.overruns] == ["private"] and refused.retry_after == 1
    assert send(limiter, USER, at=1.0).ok
    assert not send(limiter, USER, at=1.5).ok
    assert send(limiter, USER, at=2.0).ok
    assert send(limiter, USER + 1, at=2.0).ok  # another chat has its own bucket


def test_tolerance_forgives_jitter_but_not_more() -> None:
    limiter = TelegramRateLimiter(RateLimits(tolerance=0.05))
    for _ in range(20):
        send(limiter, GROUP, at=0.0)

    assert not send(limiter, GROUP, at=59.9).ok
    assert send(limiter, GROUP, at=59.97).ok  # 30 ms early


def test_a_check_counts_nothing_until_admitted() -> None:
    limiter = TelegramRateLimiter(RateLimits())

    for _ in range(50):
        assert limiter.check(GROUP, 0.0).ok
    for _ in range(20):
        limiter.admit(limiter.check(GROUP, 0.0), "sendMessage")
    assert not limiter.check(GROUP, 0.0).ok


def test_sends_over_the_limit_are_recorded_and_still_count_when_not_enforced() -> None:
    limiter = TelegramRateLimiter(RateLimits())

    for k in range(25):
        send(limiter, GROUP, at=k * 0.5, enforce=False)

    assert [(v.scope, v.chat_id, v.method, v.time) for v in limiter.violations] == [
        ("group", GROUP, "sendMessage", k * 0.5) for k in range(20, 25)
    ]
    assert limiter.violations[0].detail == "group limit exceeded; next send was allowed in 50.00s"
    assert not send(limiter, GROUP, at=60.0).ok  # the 5 sends over the limit are in the window too
    assert send(limiter, GROUP, at=62.5).ok  # 19 sends (at 3.0 .. 12.0) left in (2.5, 62.5]


def test_a_flood_to_a_private_chat_does_not_dig_an_ever_deeper_hole() -> None:
    limiter = TelegramRateLimiter(RateLimits())

    for _ in range(100):
        send(limiter, USER, at=0.0, enforce=False)

    assert len([v for v in limiter.violations if v.scope == "private"]) == 97
    assert len([v for v in limiter.violations if v.scope == "global"]) == 70
    assert send(limiter, USER, at=1.0).ok


def test_the_knobs_shape_the_windows() -> None:
    limiter = TelegramRateLimiter(RateLimits(group_per_minute=10, group_burst=5))

    assert all(send(limiter, GROUP, at=0.0).ok for _ in range(5))  # a window of 5 sends, 30 s long
    assert send(limiter, GROUP, at=0.0).retry_after == 30
    assert send(limiter, GROUP, at=30.0).ok


def test_retry_after_is_whole_seconds_despite_float_noise() -> None:
    limiter = TelegramRateLimiter(RateLimits())
    for _ in range(20):
        send(limiter, GROUP, at=1000.1)

    assert send(limiter, GROUP, at=1001.1).retry_after == 59


@pytest.mark.parametrize(
    "limits",
    [
        {"private_per_second": 0},
        {"group_burst": 0},
        {"global_per_second": -1},
        {"tolerance": -0.1},
    ],
)
def test_limits_that_cannot_work_are_refused(limits: dict[str, float]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the refusal is the point; these cases do not share one message
        RateLimits(**limits)  # type: ignore[arg-type]
