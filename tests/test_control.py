"""/status as each chat reads it: "Alerts today" begins at midnight in the chat's own time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.chatbook import ChatBook
from bot.config import parse_config
from bot.control import Control
from bot.metrics import Metrics
from bot.probe import Probe
from bot.status import StatusBoard

TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz"
NEW_YORK, TOKYO, PLAIN, ADMIN = 1, 2, 3, 9


def at(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp()


NOW = at("2025-03-10T06:30")  # 02:30 in New York (EDT since the day before), 15:30 in Tokyo
SENT = (at("2025-03-09T20:00"),  # Tokyo: today (05:00); UTC and New York: yesterday
        at("2025-03-10T03:00"),  # UTC and Tokyo: today; New York: yesterday (23:00)
        at("2025-03-10T05:00"))  # today everywhere


class _Store:
    """The reads of /status, with alerts sent at SENT."""

    async def feed_states(self) -> dict[str, object]:
        return {}

    async def outbox_counts(self) -> dict[str, int]:
        return {"pending": 0, "sending": 0, "sent": len(SENT), "failed": 0}

    async def sent_since(self, since: float) -> int:
        return sum(1 for t in SENT if t >= since)


class _Sent:
    sent = failed = retried = 0


def _control(tmp_path: Path) -> Control:
    config = parse_config(f"""
[telegram]
token = "{TOKEN}"
admin_ids = [{ADMIN}]
[[chats]]
id = {NEW_YORK}
timezone = "America/New_York"
[[chats]]
id = {TOKYO}
timezone = "Asia/Tokyo"
[[chats]]
id = {PLAIN}
""", path=tmp_path / "c.toml", env={})
    store, clock = _Store(), (lambda: NOW)
    probe = Probe(StatusBoard(started_at=NOW - 60), store, feeds=dict, next_runs=dict,
                  clock=clock, metrics=Metrics(), sender=_Sent())
    chats = ChatBook(config, store, clock=clock)
    return Control(config, store=store, chats=chats, probe=probe, kick=lambda: None,
                   reload=_nothing, clock=clock)


async def _nothing() -> None:
    return None


async def test_alerts_today_count_from_midnight_in_the_chats_time_zone(tmp_path: Path) -> None:
    control = _control(tmp_path)
    assert "Alerts today (since 00:00 America/New_York): 1 " in await control.status_text(NEW_YORK)
    assert "Alerts today (since 00:00 Asia/Tokyo): 3 " in await control.status_text(TOKYO)
    assert "Alerts today (since 00:00 UTC): 2 " in await control.status_text(PLAIN)
    assert "Alerts today (since 00:00 UTC): 2 " in await control.status_text(ADMIN)  # a private chat: no zone


async def test_healthz_says_alerts_today_are_counted_from_utc_midnight(tmp_path: Path) -> None:
    _, body = await _control(tmp_path).probe.health()
    assert body["alerts_today"] == 2
    assert body["alerts_today_zone"] == "UTC" and body["alerts_today_since"] == "2025-03-10T00:00:00+00:00"
