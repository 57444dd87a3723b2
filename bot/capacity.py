"""Can the politeness limits keep every feed's interval? Pure.

`[polling] host_gap` spaces requests to one host, so a host serves at most 1 / host_gap polls a
second however many of its feeds are due: 400 feeds at a 10 s interval on one host need 40 a second,
and a 0.1 s gap allows 10, so every one of them is polled late. The daemon says so, once per config,
in the log, /status, /healthz and /metrics, naming the setting to change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from yarl import URL

from watchers.items import FeedSpec


@dataclass(frozen=True)
class HostLimit:
    """A host whose feeds need more polls a second than `host_gap` lets through."""

    host: str
    feeds: int
    needed_per_s: float
    allowed_per_s: float
    host_gap: float

    def __str__(self) -> str:
        return (f"{self.host}: {self.feeds} feeds need {self.needed_per_s:.1f} polls/s but [polling] host_gap = "
                f"{self.host_gap:g} s allows {self.allowed_per_s:.1f}/s, so they are polled late; lower host_gap "
                f"(0 turns it off, for a host you run) or raise these feeds' interval")

    def as_dict(self) -> dict[str, object]:
        return {"host": self.host, "feeds": self.feeds, "needed_per_s": round(self.needed_per_s, 2),
                "allowed_per_s": round(self.allowed_per_s, 2), "setting": "[polling] host_gap"}


def host_limits(feeds: Iterable[FeedSpec], *, host_gap: float) -> tuple[HostLimit, ...]:
    """The hosts whose feeds' intervals `host_gap` cannot keep, busiest first."""
    if host_gap <= 0:
        return ()
    allowed = 1.0 / host_gap
    needed: dict[str, list[float]] = {}
    for spec in feeds:
        host = URL(spec.url).host or spec.url
        needed.setdefault(host, []).append(1.0 / max(spec.interval, 1e-3))
    over = [HostLimit(host, len(rates), sum(rates), allowed, host_gap)
            for host, rates in needed.items() if sum(rates) > allowed * 1.0001]
    return tuple(sorted(over, key=lambda h: h.needed_per_s, reverse=True))
