"""Can the politeness and concurrency limits keep every feed's interval? Pure.

Three settings cap how many polls a second go out, whatever the feeds' intervals ask for:

- `[polling] host_gap` spaces requests to one host, so a host serves at most 1 / host_gap polls a
  second: 400 feeds at a 10 s interval on one host need 40 a second, and a 0.1 s gap allows 10;
- `[polling] per_host` requests at once to one host, each taking the time a request takes (measured),
  allow per_host / that time a second: 4 at 0.5 s allow 8;
- `[polling] max_concurrency` requests at once in all, likewise for all feeds together.

The daemon says so, once per limit that binds, in the log, /status, /healthz and /metrics, naming the
setting to change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from yarl import URL

from watchers.items import FeedSpec

ALL_FEEDS = "all feeds"
_ADVICE = {
    "host_gap": "lower host_gap (0 turns it off, for a host you run) or raise these feeds' interval",
    "per_host": "raise per_host (for a host that takes it) or raise these feeds' interval",
    "max_concurrency": "raise max_concurrency or raise the feeds' interval",
}


@dataclass(frozen=True)
class HostLimit:
    """Feeds (of one host, or all of them) that need more polls a second than a setting lets through."""

    host: str  # or ALL_FEEDS
    feeds: int
    needed_per_s: float
    allowed_per_s: float
    setting: str  # "host_gap", "per_host" or "max_concurrency" of [polling]
    value: float  # the setting's value

    def __str__(self) -> str:
        unit = " s" if self.setting == "host_gap" else ""
        return (f"{self.host}: {self.feeds} feeds need {self.needed_per_s:.1f} polls/s but [polling] {self.setting} = "
                f"{self.value:g}{unit} allows {self.allowed_per_s:.1f}/s, so they are polled late; "
                f"{_ADVICE[self.setting]}")

    def as_dict(self) -> dict[str, object]:
        return {"host": self.host, "feeds": self.feeds, "needed_per_s": round(self.needed_per_s, 2),
                "allowed_per_s": round(self.allowed_per_s, 2), "setting": f"[polling] {self.setting}"}


def host_limits(feeds: Iterable[FeedSpec], *, host_gap: float, per_host: int = 0, max_concurrency: int = 0,
                request_seconds: float | None = None) -> tuple[HostLimit, ...]:
    """The limits that cannot keep some feeds' intervals, busiest first. The concurrency limits are judged
    only once a request's time is known (`request_seconds`, measured)."""
    needed: dict[str, list[float]] = {}
    for spec in feeds:
        host = URL(spec.url).host or spec.url
        needed.setdefault(host, []).append(1.0 / max(spec.interval, 1e-3))
    over: list[HostLimit] = []

    def check(host: str, rates: list[float], allowed: float, setting: str, value: float) -> None:
        if sum(rates) > allowed * 1.0001:
            over.append(HostLimit(host, len(rates), sum(rates), allowed, setting, value))

    for host, rates in needed.items():
        if host_gap > 0:
            check(host, rates, 1.0 / host_gap, "host_gap", host_gap)
        if per_host > 0 and request_seconds:
            check(host, rates, per_host / request_seconds, "per_host", per_host)
    if max_concurrency > 0 and request_seconds:
        check(ALL_FEEDS, [r for rates in needed.values() for r in rates], max_concurrency / request_seconds,
              "max_concurrency", max_concurrency)
    return tuple(sorted(over, key=lambda h: h.needed_per_s, reverse=True))


def feeds_polled_late(limits: Sequence[HostLimit]) -> int:
    """How many feeds some limit polls late (a feed behind two limits counts once)."""
    if any(limit.host == ALL_FEEDS for limit in limits):
        return max(limit.feeds for limit in limits if limit.host == ALL_FEEDS)
    return sum({limit.host: limit.feeds for limit in limits}.values())
