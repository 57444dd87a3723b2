"""What chat members and admins may read and change through commands; each command is one method here."""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from watchers.urls import redact_url

from . import config_edit
from .chatbook import ChatBook
from .config import Config, ConfigError
from .feedlist import feeds_for
from .models import ChatSettings
from .probe import Probe
from .routing import parse_duration, parse_hhmm
from .store import StoreAPI
from .trend import ChartsMissingError, daily_series, render_png
from .urlcheck import check_public_url

log = logging.getLogger(__name__)


def _ago(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 120:
        return f"{seconds}s"
    if seconds < 7200:
        return f"{seconds // 60}m"
    if seconds < 172800:
        return f"{seconds // 3600}h"
    return f"{seconds // 86400}d"


TREND_FRESH = 300.0  # seconds a drawn /trend chart is reused


class Control:
    """The chat commands' side of the service, given only what they need; `apply` takes a new config."""

    def __init__(self, config: Config, *, store: StoreAPI, chats: ChatBook, probe: Probe,
                 kick: Callable[[], None], reload: Callable[[], Awaitable[None]], clock: Callable[[], float]):
        self.store, self.chats, self.probe = store, chats, probe
        self.kick, self.reload, self.clock = kick, reload, clock
        self.config = config
        self.feeds = feeds_for(config)
        self._trends: dict[int, tuple[float, bytes, str]] = {}  # days -> (drawn at, png, caption)

    def apply(self, config: Config) -> None:
        self.config = config
        self.feeds = feeds_for(config)
        self._trends.clear()  # topics and their names may have changed

    def topic_names(self) -> dict[str, str]:
        return {t.id: t.name for t in self.config.watchlist.topics}

    # -- who may do what ---------------------------------------------------------------------------

    def is_admin(self, chat_id: int | None, user_id: int | None) -> bool:
        admins = self.config.telegram.admin_ids
        return (chat_id in admins) or (user_id in admins)

    def is_member(self, chat_id: int | None, user_id: int | None) -> bool:
        """An admin, or a chat that receives alerts (`chat_ids` or `[[chats]]`)."""
        return self.is_admin(chat_id, user_id) or any(route.chat_id == chat_id for route in self.config.routes)

    # -- read --------------------------------------------------------------------------------------

    async def status_text(self, chat_id: int | None = None) -> str:
        """"Alerts today" counts from midnight in the asking chat's time zone (UTC for a chat without one)."""
        zone = self.chats.timezone(chat_id) if chat_id is not None else "UTC"
        snap = await self.probe.snapshot(zone)
        now = self.clock()
        failing = [f for f in snap["feeds"] if f["failures"]]
        ok = sum(1 for f in snap["feeds"] if f["ok"])
        lines = [f"<b>newsbot status</b> — up {_ago(snap['uptime_s'])}",
                 *(f"❌ {html.escape(p)}" for p in snap["problems"]),
                 *(f"⚠️ {html.escape(str(w), quote=False)}" for w in self.config.warnings),
                 f"Feeds: {len(snap['feeds'])} ({ok} ok, {len(failing)} failing)",
                 (f"Alerts today (since 00:00 {html.escape(zone)}): {snap['alerts_today']}"
                  f" · queue: {snap['outbox']['pending']}"
                  f" · undeliverable: {snap['outbox']['failed']}")]
        for f in failing[:10]:
            nxt = f" · next try in {_ago(f['next_poll_at'] - now)}" if f["next_poll_at"] else ""
            lines.append(f"⚠️ {html.escape(f['name'] or f['url'])}: {html.escape(str(f['last_error'])[:120])}"
                         f" [{html.escape(str(f['last_error_kind']))}]"
                         f" ({f['failures']}×{nxt})")
        if len(failing) > 10:
            lines.append(f"… and {len(failing) - 10} more failing")
        lines.extend(f"⏱ {html.escape(str(late['host']))}: {late['feeds']} feeds polled late — they need "
                     f"{late['needed_per_s']} polls/s, <code>{html.escape(str(late['setting']))}</code> allows "
                     f"{late['allowed_per_s']}/s" for late in snap["polled_late"][:5])
        return "\n".join(lines)

    def topics_text(self) -> str:
        wl = self.config.watchlist
        lines = ["<b>Topics</b>"]
        for topic in wl.topics:
            terms = sorted({t for ts in topic.search_terms.values() for t in ts})[:8]
            lines.append(f"• <code>{html.escape(topic.id)}</code> — {html.escape(topic.name)}"
                         + (f": {html.escape(', '.join(terms))}" if terms else ""))
        return "\n".join(lines)

    def feeds_text(self) -> str:
        feeds = list(self.feeds.values())
        lines = [f"<b>Feeds</b> ({len(feeds)})"]
        lines += [f"• {html.escape(spec.name or redact_url(spec.url))} — {html.escape(redact_url(spec.url))}"
                  for spec in feeds[:40]]
        if len(feeds) > 40:
            lines.append(f"… and {len(feeds) - 40} more")
        return "\n".join(lines)

    # -- per-chat preferences (affect only the chat that asks) -------------------------------------

    def _settings(self, chat_id: int) -> ChatSettings:
        return self.chats.settings(chat_id)

    def _topic_or_error(self, topic: str) -> str | None:
        ids = self.config.watchlist.topic_ids
        return None if topic in ids else f"Unknown topic <code>{html.escape(topic)}</code>. Topics: " + \
            ", ".join(f"<code>{t}</code>" for t in ids)

    async def subscribe(self, chat_id: int, topic: str, on: bool) -> str:
        error = self._topic_or_error(topic)
        if error:
            return error
        s = self._settings(chat_id)
        if on:
            s = replace(s, subscribed=s.subscribed | {topic}, unsubscribed=s.unsubscribed - {topic})
        else:
            s = replace(s, subscribed=s.subscribed - {topic}, unsubscribed=s.unsubscribed | {topic})
        await self.chats.save(s)
        return f"{'🔔 Subscribed to' if on else '🔕 Unsubscribed from'} <code>{html.escape(topic)}</code>."

    async def mute(self, chat_id: int, target: str, duration: str) -> str:
        if target != "all":
            error = self._topic_or_error(target)
            if error:
                return error
        try:
            seconds = parse_duration(duration)
        except ValueError as exc:
            return html.escape(str(exc))
        s = self._settings(chat_id)
        until = self.clock() + seconds
        await self.chats.save(replace(s, muted={**s.muted, target: until}))
        return f"🔇 Muted <code>{html.escape(target)}</code> for {_ago(seconds)} (alerts in that time are dropped)."

    async def unmute(self, chat_id: int, target: str | None) -> str:
        s = self._settings(chat_id)
        muted = {} if target in (None, "all") else {k: v for k, v in s.muted.items() if k != target}
        await self.chats.save(replace(s, muted=muted))
        what = f"<code>{html.escape(target)}</code>." if target not in (None, "all") else "everything."
        return "🔊 Unmuted " + what

    async def digest(self, chat_id: int, mode: str, at: str | None) -> str:
        s = self._settings(chat_id)
        if mode == "off":
            await self.chats.save(replace(s, digest_at=None))
            released = await self.store.undigest(chat_id, now=self.clock())
            self.kick()
            return "Digest off: alerts arrive one by one again" + (f" ({released} collected go out now)."
                                                                  if released else ".")
        if mode != "on":
            return "Usage: /digest on|off [HH:MM]"
        at = at or "08:00"
        try:
            parse_hhmm(at)
        except ValueError as exc:
            return html.escape(str(exc))
        await self.chats.save(replace(s, digest_at=at))
        tz = self.chats.timezone(chat_id)
        return f"🗞 Digest on: one message a day at {at} ({html.escape(tz)})."

    async def trend(self, days: int) -> tuple[bytes | None, str]:
        """The chart and its caption, drawn at most once per TREND_FRESH seconds per length: a chat repeating
        /trend costs one query and no rendering. No chart (None) without the charts extra: the text says why."""
        now = self.clock()
        cached = self._trends.get(days)
        if cached is not None and now - cached[0] < TREND_FRESH:
            return cached[1], cached[2]
        today = datetime.fromtimestamp(now, tz=UTC).date()
        since = datetime.combine(today - timedelta(days=days - 1), datetime.min.time(), tzinfo=UTC)
        rows = await self.store.mentions_per_day(since=since.timestamp())
        topics = list(self.config.watchlist.topic_ids)
        axis, series = daily_series(rows, topics, days=days, today=today)
        try:
            png = await asyncio.to_thread(render_png, axis, series, self.topic_names())
        except ChartsMissingError as exc:
            log.warning("/trend: %s", exc)
            return None, f"📉 {html.escape(str(exc), quote=False)}"
        total = ", ".join(f"{self.topic_names().get(t, t)}: {sum(v)}" for t, v in series.items())
        caption = f"Mentions per day, last {days} days — {total}"
        self._trends[days] = (now, png, caption)
        return png, caption

    # -- change ------------------------------------------------------------------------------------

    async def add_feed(self, url: str, name: str) -> str:
        path = self.config.path
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return "Only http(s) feed URLs can be added."
        if not self.config.telegram.allow_private_feed_urls:
            reason = await check_public_url(url)
            if reason:
                log.warning("refused /add_feed %s: %s", url, reason)
                return f"Not added: {html.escape(reason)}."
        if path is None:
            return "This bot runs without a config file; edit nothing."
        try:
            await asyncio.to_thread(config_edit.add_feed, path, url, name)
        except ConfigError as exc:
            return f"Not added: {html.escape(exc.message)}"
        await self.reload()
        return f"✅ Added {html.escape(url)}; first poll within seconds."

    async def remove_feed(self, url: str) -> str:
        path = self.config.path
        if path is None:
            return "This bot runs without a config file."
        removed = await asyncio.to_thread(config_edit.remove_feed, path, url)
        if not removed:
            return "That feed is not in the config file."
        await self.reload()
        return f"🗑 Removed {html.escape(url)}."
