"""What operators see and change: chat commands, /healthz and /metrics read the service through here."""

from __future__ import annotations

import asyncio
import html
import logging
import time
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from . import config_edit
from .config import ConfigError
from .urlcheck import check_public_url

if TYPE_CHECKING:
    from .service import Service

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


class Control:
    def __init__(self, service: "Service"):
        self.service = service

    # -- who may do what ---------------------------------------------------------------------------

    def is_admin(self, chat_id: int | None, user_id: int | None) -> bool:
        admins = self.service.config.telegram.admin_ids
        return (chat_id in admins) or (user_id in admins)

    def is_member(self, chat_id: int | None, user_id: int | None) -> bool:
        return self.is_admin(chat_id, user_id) or chat_id in self.service.config.telegram.chat_ids

    # -- read --------------------------------------------------------------------------------------

    async def snapshot(self) -> dict[str, Any]:
        svc = self.service
        store = svc.store
        states = await store.run(store.feed_states)
        counts = await store.run(store.outbox_counts)
        now = svc.clock()
        midnight = now - (now % 86400)
        today = await store.run(lambda: store.sent_since(midnight))
        next_runs = svc.scheduler.next_run_times()
        feeds = []
        for url, spec in svc.feeds.items():
            st = states.get(url)
            feeds.append({
                "url": url, "name": spec.name,
                "ok": bool(st and not st.failures and st.last_ok_at),
                "failures": st.failures if st else 0,
                "last_error": st.last_error if st else None,
                "last_ok_at": st.last_ok_at if st else None,
                "next_poll_at": next_runs.get(url, st.next_poll_at if st else None),
            })
        return {"uptime_s": round(now - svc.started_at, 1), "feeds": feeds, "outbox": counts,
                "alerts_today": today, "sender": {"sent": svc.sender.stats.sent, "failed": svc.sender.stats.failed,
                                                  "retried": svc.sender.stats.retried}}

    async def health(self) -> tuple[bool, dict[str, Any]]:
        svc = self.service
        body = await self.snapshot()
        sender_alive = any(t.get_name() == "sender" and not t.done() for t in svc._tasks)  # noqa: SLF001
        body["scheduler_running"] = svc.scheduler.running
        body["sender_running"] = sender_alive
        oks = [f["last_ok_at"] for f in body["feeds"] if f["last_ok_at"]]
        body["last_successful_poll"] = max(oks) if oks else None
        body["status"] = "ok" if svc.scheduler.running and sender_alive else "stuck"
        return body["status"] == "ok", body

    async def metrics_text(self) -> str:
        svc = self.service
        counts = await svc.store.run(svc.store.outbox_counts)
        gauges = {"newsbot_feeds": float(len(svc.feeds)), "newsbot_outbox_pending": float(counts["pending"]),
                  "newsbot_outbox_failed": float(counts["failed"]),
                  "newsbot_uptime_seconds": round(svc.clock() - svc.started_at, 1)}
        stats = svc.sender.stats
        return svc.metrics.render(gauges=gauges, sender={"sent": stats.sent, "failed": stats.failed,
                                                         "retried": stats.retried})

    async def status_text(self) -> str:
        snap = await self.snapshot()
        now = time.time()
        failing = [f for f in snap["feeds"] if f["failures"]]
        ok = sum(1 for f in snap["feeds"] if f["ok"])
        lines = [f"<b>newsbot status</b> — up {_ago(snap['uptime_s'])}",
                 f"Feeds: {len(snap['feeds'])} ({ok} ok, {len(failing)} failing)",
                 f"Alerts today: {snap['alerts_today']} · queue: {snap['outbox']['pending']}"
                 f" · undeliverable: {snap['outbox']['failed']}"]
        for f in failing[:10]:
            nxt = f" · next try in {_ago(f['next_poll_at'] - now)}" if f["next_poll_at"] else ""
            lines.append(f"⚠️ {html.escape(f['name'] or f['url'])}: {html.escape(str(f['last_error'])[:120])}"
                         f" ({f['failures']}×{nxt})")
        if len(failing) > 10:
            lines.append(f"… and {len(failing) - 10} more failing")
        return "\n".join(lines)

    def topics_text(self) -> str:
        wl = self.service.config.watchlist
        lines = ["<b>Topics</b>"]
        for topic in wl.topics:
            terms = sorted({t for ts in topic.search_terms.values() for t in ts})[:8]
            lines.append(f"• <code>{html.escape(topic.id)}</code> — {html.escape(topic.name)}"
                         + (f": {html.escape(', '.join(terms))}" if terms else ""))
        return "\n".join(lines)

    def feeds_text(self) -> str:
        feeds = list(self.service.feeds.values())
        lines = [f"<b>Feeds</b> ({len(feeds)})"]
        for spec in feeds[:40]:
            lines.append(f"• {html.escape(spec.name or spec.url)} — {html.escape(spec.url)}")
        if len(feeds) > 40:
            lines.append(f"… and {len(feeds) - 40} more")
        return "\n".join(lines)

    # -- change ------------------------------------------------------------------------------------

    async def add_feed(self, url: str, name: str) -> str:
        path = self.service.config.path
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return "Only http(s) feed URLs can be added."
        if not self.service.config.telegram.allow_private_feed_urls:
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
        await self._reload()
        return f"✅ Added {html.escape(url)}; first poll within seconds."

    async def remove_feed(self, url: str) -> str:
        path = self.service.config.path
        if path is None:
            return "This bot runs without a config file."
        removed = await asyncio.to_thread(config_edit.remove_feed, path, url)
        if not removed:
            return "That feed is not in the config file."
        await self._reload()
        return f"🗑 Removed {html.escape(url)}."

    async def _reload(self) -> None:
        if self.service.config_watcher is not None:
            await self.service.config_watcher.check()
