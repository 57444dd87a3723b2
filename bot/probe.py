"""What operators see, read and never changed: the store's feed and outbox state plus the status board.

/status, /healthz and /metrics all read through here, so they always agree with each other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from watchers.items import FeedSpec
from watchers.urls import redact_url

from .capacity import HostLimit, feeds_polled_late
from .delivery import DeliveryStats
from .exposition import CONTENT_TYPE, Exposition
from .metrics import Metrics, Readings, Sample
from .routing import day_start
from .status import StatusBoard
from .store import StoreAPI, StoreError

HEALTH_PARTS = ("scheduler", "sender")  # the parts without which no alert can go out
STALE_AFTER = 3600.0  # seconds without any successful poll after which the daemon is unhealthy
OUTBOX_STATES = ("pending", "sending", "sent", "failed")


class Probe:
    def __init__(self, board: StatusBoard, store: StoreAPI, *, feeds: Callable[[], Mapping[str, FeedSpec]],
                 next_runs: Callable[[], Mapping[str, float]], clock: Callable[[], float], metrics: Metrics,
                 sender: DeliveryStats, samples: Callable[[float], Sequence[Sample]] = lambda now: (),
                 limits: Callable[[], Sequence[HostLimit]] = tuple, problems: Callable[[], list[str]] = list):
        self.board, self.store = board, store
        self.feeds, self.next_runs = feeds, next_runs
        self.clock = clock
        self.metrics, self.sender = metrics, sender
        self.samples = samples  # more values by the parts that own them (WebSub), given the time
        self.limits = limits  # hosts whose feeds the politeness gap polls late
        self.problems = problems  # what stops alerts for good, by the parts that know (a rejected token)
        self.exposition = Exposition(metrics)

    async def snapshot(self, zone: str = "UTC") -> dict[str, Any]:
        """`zone`: whose midnight begins "today" for `alerts_today` (a chat's own, in its /status)."""
        now = self.clock()
        midnight = day_start(now, zone)
        unreadable: list[str] = []
        try:
            states = await self.store.feed_states()
            counts = await self.store.outbox_counts()
            today = await self.store.sent_since(midnight)
        except StoreError as exc:  # what the probe reports above all: it must still answer
            states, counts, today = {}, dict.fromkeys(OUTBOX_STATES, 0), 0
            unreadable.append(f"the store cannot be read: {exc}")
        next_runs = self.next_runs()
        feeds = []
        known = self.feeds()
        for url, spec in known.items():
            st = states.get(url)
            feeds.append({
                "url": redact_url(url), "name": spec.name,  # a feed URL may carry user:password@ or ?apikey=
                "ok": bool(st and not st.failures and st.last_ok_at),
                "failures": st.failures if st else 0,
                "last_error": redact_url(st.last_error) if st and st.last_error else None,
                "last_error_kind": st.last_error_kind if st else None,
                "last_ok_at": st.last_ok_at if st else None,
                "next_poll_at": next_runs.get(url, st.next_poll_at if st else None),
            })
        oks = [st.last_ok_at for url, st in states.items() if url in known and st.last_ok_at]
        last_ok = max(oks) if oks else None
        return {"uptime_s": round(now - self.board.started_at, 1), "feeds": feeds, "outbox": counts,
                "last_successful_poll": last_ok, "polled_late": [limit.as_dict() for limit in self.limits()],
                "problems": self._problems(unreadable, last_ok),
                # alerts sent (to every chat) since midnight in `zone`, that midnight in UTC
                "alerts_today": today, "alerts_today_zone": zone,
                "alerts_today_since": datetime.fromtimestamp(midnight, tz=UTC).isoformat(),
                "sender": {"sent": self.sender.sent, "failed": self.sender.failed, "retried": self.sender.retried}}

    async def health(self) -> tuple[bool, dict[str, Any]]:
        body = await self.snapshot()
        body["scheduler_running"] = self.board.alive("scheduler")
        body["sender_running"] = self.board.alive("sender")
        problems = body["problems"]  # /status shows the same ones
        alive = all(self.board.alive(part) for part in HEALTH_PARTS)
        body["status"] = "ok" if alive and not problems else "stuck" if not alive else "unhealthy"
        return alive and not problems, body

    def _problems(self, unreadable: list[str], last_ok: float | None) -> list[str]:
        return list(dict.fromkeys([*self.problems(), *unreadable, *self._stale(last_ok)]))

    def _stale(self, last_ok: float | None) -> list[str]:
        """No feed answered for three of its intervals (at least an hour), since the start or the last success."""
        feeds = self.feeds()
        if not feeds:
            return []
        limit = max(STALE_AFTER, 3 * max(spec.interval for spec in feeds.values()))
        since = last_ok if last_ok is not None else self.board.started_at
        quiet = self.clock() - since
        if quiet <= limit:
            return []
        return [f"no feed has been polled successfully for {quiet / 3600:.1f} h (network, DNS or every feed down?)"]

    async def metrics_page(self) -> tuple[bytes, str]:
        """GET /metrics: the body and its content type."""
        unreadable: list[str] = []
        try:
            counts = await self.store.outbox_counts()
            states = await self.store.feed_health()
        except StoreError as exc:  # a problem, as in /healthz; the counters are still worth a scrape
            counts, states = dict.fromkeys(OUTBOX_STATES, 0), {}
            unreadable.append(f"the store cannot be read: {exc}")
        now, known = self.clock(), self.feeds()
        mine = [st for url, st in states.items() if url in known]
        oks = [st.last_ok_at for st in mine if st.last_ok_at]
        problems = self._problems(unreadable, max(oks) if oks else None)
        readings = Readings(
            feeds=len(known), feeds_failing=sum(1 for st in mine if st.failures),
            feeds_polled_late=feeds_polled_late(self.limits()), outbox_pending=counts["pending"],
            outbox_failed=counts["failed"], problems=len(problems),
            uptime_seconds=round(now - self.board.started_at, 1),
            running={part: self.board.alive(part) for part in HEALTH_PARTS},
            alerts={"sent": self.sender.sent, "failed": self.sender.failed, "retried": self.sender.retried},
            samples=tuple(self.samples(now)))
        return self.exposition.render(readings), CONTENT_TYPE

    async def metrics_text(self) -> str:
        return (await self.metrics_page())[0].decode("utf-8")
