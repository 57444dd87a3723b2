from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.models import ChatSettings
from bot.routing import ChatRoute, Routing, day_start, next_daily, parse_duration


def routing(*chats: ChatRoute, settings=None) -> Routing:
    return Routing(chats=chats, backfill_hours=24, max_age_hours=720, settings=settings or {})


def ts(text: str, tz: str = "UTC") -> float:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz) if tz != "UTC" else UTC).timestamp()


def test_quiet_hours_across_midnight_in_the_chats_time_zone() -> None:
    r = routing(ChatRoute(1, quiet_hours=(23 * 60, 7 * 60), timezone="Asia/Kolkata"))
    assert r.is_quiet(1, ts("2026-01-01T23:30", "Asia/Kolkata"))
    assert r.is_quiet(1, ts("2026-01-02T06:59", "Asia/Kolkata"))
    assert not r.is_quiet(1, ts("2026-01-02T07:00", "Asia/Kolkata"))
    assert not r.is_quiet(2, ts("2026-01-02T03:00"))


def test_next_daily_is_in_the_future_and_local() -> None:
    now = ts("2026-03-01T10:00", "Asia/Kolkata")
    assert next_daily("08:00", "Asia/Kolkata", now) == ts("2026-03-02T08:00", "Asia/Kolkata")
    assert next_daily("10:30", "Asia/Kolkata", now) == ts("2026-03-01T10:30", "Asia/Kolkata")


def test_the_day_begins_at_midnight_on_the_zones_clock() -> None:
    now = ts("2025-03-10T06:30")
    assert day_start(now, "UTC") == ts("2025-03-10T00:00")
    assert day_start(now, "America/New_York") == ts("2025-03-10T00:00", "America/New_York")  # 04:00 UTC (EDT)
    assert day_start(now, "Asia/Tokyo") == ts("2025-03-10T00:00", "Asia/Tokyo")  # 15:00 UTC the day before
    assert day_start(ts("2025-03-10T00:00"), "UTC") == ts("2025-03-10T00:00")
    # Chile skipped 00:00-01:00 on 2024-09-08: the day began at the change, 01:00 local = 04:00 UTC
    assert day_start(ts("2024-09-08T12:00", "America/Santiago"), "America/Santiago") == ts("2024-09-08T04:00")


@pytest.mark.parametrize(("text", "seconds"), [("30m", 1800), ("2h", 7200), ("1d", 86400), ("1.5h", 5400)])
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "h", "-2h", "2x", "0m", "2y"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - any refusal; these cases do not share one message
        parse_duration(text)


def test_deliveries_follow_topics_threads_mutes_and_digests() -> None:
    r = routing(ChatRoute(1), ChatRoute(2, topics=frozenset({"deepseek"}), threads={"deepseek": 9}),
                ChatRoute(3), settings={3: ChatSettings(3, muted={"all": 100.0}),
                                        1: ChatSettings(1, digest_at="08:00")})
    got = {d.chat_id: d for d in r.deliveries(("deepseek", "luo_fuli"), now=50.0)}
    assert set(got) == {1, 2} and got[2].thread_id == 9 and got[1].digest_at is not None
    assert {d.chat_id for d in r.deliveries(("luo_fuli",), now=150.0)} == {1, 3}
