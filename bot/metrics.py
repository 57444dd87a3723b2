"""Counters and histograms the workers record as plain integers (a poll costs an increment, never a label
lookup); /metrics reads them at scrape time through bot/exposition.py, /status reads them directly."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600)


@dataclass
class Histogram:
    buckets: tuple[float, ...] = LATENCY_BUCKETS
    counts: list[int] = field(default_factory=lambda: [0] * (len(LATENCY_BUCKETS) + 1))  # per bucket, not running
    total: float = 0.0
    n: int = 0

    def observe(self, value: float) -> None:
        self.counts[bisect.bisect_left(self.buckets, value)] += 1
        self.total += value
        self.n += 1


@dataclass
class Metrics:
    polls: Counter[str] = field(default_factory=Counter)  # by outcome: ok, not_modified, error, pushed
    errors: Counter[str] = field(default_factory=Counter)  # by kind
    bytes_fetched: int = 0
    items: int = 0
    new_items: int = 0
    matches: Counter[str] = field(default_factory=Counter)  # by topic
    stories: int = 0
    stories_merged: int = 0  # stories found to be one event with another, folded into it
    poll_seconds: Histogram = field(default_factory=Histogram)
    send_latency: Histogram = field(default_factory=Histogram)  # story queued -> Telegram accepted
    e2e_latency: Histogram = field(default_factory=Histogram)  # item published -> Telegram accepted
    store_faults: Counter[str] = field(default_factory=Counter)  # by kind: disk_full, lost (bot/storewatch.py)


@dataclass(frozen=True)
class Sample:
    """One unlabelled value a part owns and names itself (WebSub's pushed feeds), read at scrape time."""

    name: str  # a counter's name ends in _total
    help: str
    kind: Literal["gauge", "counter"]
    value: float


@dataclass(frozen=True)
class Readings:
    """What the probe read for one scrape besides the counters above: the store's state and the parts'."""

    feeds: int  # configured, search feeds included
    feeds_failing: int  # configured feeds whose last poll failed
    feeds_polled_late: int  # feeds a politeness or concurrency limit polls later than their interval
    outbox_pending: int
    outbox_failed: int
    problems: int  # what keeps every alert from going out until someone acts (/healthz "problems")
    uptime_seconds: float
    running: Mapping[str, bool]  # the parts without which no alert goes out -> alive
    alerts: Mapping[str, int]  # sends by result: sent, failed, retried
    samples: tuple[Sample, ...] = ()
