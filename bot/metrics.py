"""Counters and histograms recorded by the workers and only read by /metrics and /status."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600)


@dataclass
class Histogram:
    buckets: tuple[float, ...] = LATENCY_BUCKETS
    counts: list[int] = field(default_factory=lambda: [0] * (len(LATENCY_BUCKETS) + 1))
    total: float = 0.0
    n: int = 0

    def observe(self, value: float) -> None:
        self.counts[bisect.bisect_left(self.buckets, value)] += 1
        self.total += value
        self.n += 1


@dataclass
class Metrics:
    polls: Counter[str] = field(default_factory=Counter)  # by outcome: ok, not_modified, error
    errors: Counter[str] = field(default_factory=Counter)  # by kind
    bytes_fetched: int = 0
    items: int = 0
    new_items: int = 0
    matches: Counter[str] = field(default_factory=Counter)  # by topic
    stories: int = 0
    poll_seconds: Histogram = field(default_factory=Histogram)
    send_latency: Histogram = field(default_factory=Histogram)  # story queued -> Telegram accepted
    e2e_latency: Histogram = field(default_factory=Histogram)  # item published -> Telegram accepted
    store_faults: Counter[str] = field(default_factory=Counter)  # by kind: disk_full, lost (bot/storewatch.py)

    def render(self, *, gauges: dict[str, float], sender: dict[str, int]) -> str:
        """Prometheus text exposition format."""
        out: list[str] = []

        def counter(name: str, help_: str, values: Mapping[str, float] | float, label: str = "") -> None:
            out.append(f"# HELP {name} {help_}")
            out.append(f"# TYPE {name} counter")
            if isinstance(values, Mapping):
                for key, value in sorted(values.items()):
                    out.append(f'{name}{{{label}="{key}"}} {value}')
            else:
                out.append(f"{name} {values}")

        counter("newsbot_polls_total", "Feed polls by outcome.", dict(self.polls), "outcome")
        counter("newsbot_poll_errors_total", "Failed polls by error kind.", dict(self.errors), "kind")
        counter("newsbot_bytes_fetched_total", "Response bytes read.", self.bytes_fetched)
        polled = sum(self.polls.values())
        out.append("# HELP newsbot_not_modified_ratio Share of polls answered 304 or skipped as unchanged.")
        out.append("# TYPE newsbot_not_modified_ratio gauge")
        out.append(f"newsbot_not_modified_ratio {self.polls['not_modified'] / polled if polled else 0.0}")
        counter("newsbot_items_total", "Items parsed from feeds.", self.items)
        counter("newsbot_new_items_total", "Items not seen before.", self.new_items)
        counter("newsbot_matches_total", "New matching items by topic.", dict(self.matches), "topic")
        counter("newsbot_stories_total", "Stories created (alerts queued).", self.stories)
        counter("newsbot_alerts_total", "Alert sends by result.", sender, "result")
        counter("newsbot_store_faults_total", "Times the store could not record anything, by kind (disk_full, lost).",
                {"disk_full": 0, "lost": 0, **self.store_faults}, "kind")
        for name, hist, help_ in (("newsbot_poll_duration_seconds", self.poll_seconds, "Poll wall time."),
                                  ("newsbot_alert_latency_seconds", self.send_latency,
                                   "Seconds from story creation to Telegram's answer."),
                                  ("newsbot_end_to_end_latency_seconds", self.e2e_latency,
                                   "Seconds from the item's published time to Telegram's answer.")):
            out.append(f"# HELP {name} {help_}")
            out.append(f"# TYPE {name} histogram")
            running = 0
            for bound, count in zip(hist.buckets, hist.counts, strict=False):
                running += count
                out.append(f'{name}_bucket{{le="{bound}"}} {running}')
            out.append(f'{name}_bucket{{le="+Inf"}} {hist.n}')
            out.append(f"{name}_sum {hist.total}")
            out.append(f"{name}_count {hist.n}")
        for name, value in sorted(gauges.items()):
            out.append(f"# TYPE {name} gauge")
            out.append(f"{name} {value}")
        return "\n".join(out) + "\n"
