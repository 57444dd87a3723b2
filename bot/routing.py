"""Who receives a story, where, and when: topics per chat, forum threads, mutes, digests, quiet hours.

Pure: the service rebuilds a Routing from the config and the stored chat settings whenever either
changes; the pipeline and the sender only ask it questions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from .models import ChatSettings, Delivery


@dataclass(frozen=True)
class ChatRoute:
    """One chat as the config describes it."""

    chat_id: int
    topics: frozenset[str] | None = None  # None: every topic
    threads: Mapping[str, int] = field(default_factory=dict)  # topic -> message_thread_id
    quiet_hours: tuple[int, int] | None = None  # minutes after midnight: start, end
    timezone: str = "UTC"


@dataclass(frozen=True)
class Routing:
    chats: tuple[ChatRoute, ...]
    backfill_hours: float
    max_age_hours: float  # never alert items older than this (seen-keys are pruned after it)
    title_window_hours: float = 72.0
    max_alerts_per_poll: int = 10
    settings: Mapping[int, ChatSettings] = field(default_factory=dict)

    @property
    def chat_ids(self) -> tuple[int, ...]:
        return tuple(c.chat_id for c in self.chats)

    def route(self, chat_id: int) -> ChatRoute | None:
        return next((c for c in self.chats if c.chat_id == chat_id), None)

    def topics_for(self, chat: ChatRoute, all_topics: Iterable[str], now: float) -> set[str]:
        s = self.settings.get(chat.chat_id) or ChatSettings(chat.chat_id)
        wanted = (set(chat.topics) if chat.topics is not None else set(all_topics)) | set(s.subscribed)
        wanted -= set(s.unsubscribed)
        if s.muted.get("all", 0) > now:
            return set()
        return {t for t in wanted if s.muted.get(t, 0) <= now}

    def deliveries(self, topics: Iterable[str], now: float) -> tuple[Delivery, ...]:
        """Each chat that wants one of `topics` gets the story once: in the thread of its first routed
        topic, or in the next digest when the chat has one."""
        story_topics = list(topics)
        out: list[Delivery] = []
        for chat in self.chats:
            wanted = self.topics_for(chat, story_topics, now)
            hits = [t for t in story_topics if t in wanted]
            if not hits:
                continue
            thread = next((chat.threads[t] for t in hits if t in chat.threads), None)
            s = self.settings.get(chat.chat_id)
            digest = next_daily(s.digest_at, chat.timezone, now) if s and s.digest_at else None
            out.append(Delivery(chat.chat_id, thread, digest))
        return tuple(out)

    def is_quiet(self, chat_id: int, now: float) -> bool:
        chat = self.route(chat_id)
        if chat is None or chat.quiet_hours is None:
            return False
        local = datetime.fromtimestamp(now, tz=_zone(chat.timezone))
        minute = local.hour * 60 + local.minute
        start, end = chat.quiet_hours
        return start <= minute < end if start <= end else (minute >= start or minute < end)


def parse_hhmm(text: str) -> int:
    """'23:30' -> minutes after midnight; ValueError otherwise."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2:
        raise ValueError(f"expected HH:MM, got {text!r}")
    h, m = int(hours), int(minutes)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(f"expected HH:MM, got {text!r}")
    return h * 60 + m


def next_daily(hhmm: str, tz: str, now: float) -> float:
    """The next moment (after `now`) that the clock in `tz` shows `hhmm`."""
    minutes = parse_hhmm(hhmm)
    zone = _zone(tz)
    local = datetime.fromtimestamp(now, tz=zone)
    target = datetime.combine(local.date(), time(minutes // 60, minutes % 60), tzinfo=zone)
    if target.timestamp() <= now:
        target = datetime.combine(local.date() + timedelta(days=1), time(minutes // 60, minutes % 60), tzinfo=zone)
    return target.timestamp()


def day_start(now: float, tz: str) -> float:
    """When the day that `now` falls in began on the clock in `tz` (a midnight that a DST change skips
    begins the day at the change)."""
    zone = _zone(tz)
    return datetime.combine(datetime.fromtimestamp(now, tz=zone).date(), time(0, 0), tzinfo=zone).timestamp()


def parse_duration(text: str) -> float:
    """'90m', '2h', '1d', '1w', '45s' -> seconds; ValueError otherwise."""
    text = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
    if len(text) < 2 or text[-1] not in units or not text[:-1].replace(".", "", 1).isdigit():
        raise ValueError(f"expected a duration like 30m, 2h or 1d, got {text!r}")
    seconds = float(text[:-1]) * units[text[-1]]
    if not 0 < seconds <= 366 * 86400:
        raise ValueError("a duration must be between 1s and a year")
    return seconds


def _zone(name: str) -> timezone | ZoneInfo:
    return UTC if name.upper() == "UTC" else ZoneInfo(name)
