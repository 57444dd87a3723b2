"""GET /metrics through prometheus_client (the one module that imports it).

Each service has its own registry (tests run several services in one process, so nothing is registered
globally). It holds the standard process_* and python_* collectors and one collector of newsbot's own that
turns the workers' plain counters (bot/metrics.py) into families at scrape time: the poll path never touches
prometheus_client.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from prometheus_client import (
    CONTENT_TYPE_PLAIN_0_0_4,
    CollectorRegistry,
    GCCollector,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector

from .metrics import Histogram, Metrics, Readings

CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4  # what generate_latest writes: the text format 0.0.4
STORE_FAULT_KINDS = ("disk_full", "lost")  # always shown, so an alert rule sees 0 before the first fault


class Exposition:
    """The /metrics page of one service."""

    def __init__(self, metrics: Metrics):
        self.registry = CollectorRegistry(auto_describe=False)
        ProcessCollector(registry=self.registry)  # process_*: CPU, memory, open fds, start time
        PlatformCollector(registry=self.registry)  # python_info
        GCCollector(registry=self.registry)  # python_gc_*
        self._own = _Newsbot(metrics)
        self.registry.register(self._own)

    def render(self, readings: Readings) -> bytes:
        """The page, with `readings` (the store is read asynchronously, collect() cannot await it; nothing
        yields between the two lines, so two scrapes cannot mix their readings)."""
        self._own.readings = readings
        return generate_latest(self.registry)


class _Newsbot(Collector):
    def __init__(self, metrics: Metrics):
        self.metrics = metrics
        self.readings: Readings | None = None

    def collect(self) -> Iterator[Metric]:
        m, r = self.metrics, self.readings
        yield _by("newsbot_polls_total", "Feed polls by outcome (ok, not_modified, error, pushed); the share "
                  "answered 304 or skipped as unchanged is the rate of outcome=\"not_modified\" over all.",
                  "outcome", m.polls)
        yield _by("newsbot_poll_errors_total", "Failed polls by error kind.", "kind", m.errors)
        yield CounterMetricFamily("newsbot_bytes_fetched_total", "Response bytes read.", value=m.bytes_fetched)
        yield CounterMetricFamily("newsbot_items_total", "Items parsed from feeds.", value=m.items)
        yield CounterMetricFamily("newsbot_new_items_total", "Items not seen before.", value=m.new_items)
        yield _by("newsbot_matches_total", "New matching items by topic.", "topic", m.matches)
        yield CounterMetricFamily("newsbot_stories_total", "Stories created (alerts queued).", value=m.stories)
        yield CounterMetricFamily("newsbot_stories_merged_total", "Stories folded into another story of the same "
                                  "event before any of their alerts went out.", value=m.stories_merged)
        yield _by("newsbot_store_faults_total", "Times the store could not record anything, by kind "
                  "(disk_full, lost).", "kind", {**dict.fromkeys(STORE_FAULT_KINDS, 0), **m.store_faults})
        yield _histogram("newsbot_poll_duration_seconds", "Poll wall time.", m.poll_seconds)
        yield _histogram("newsbot_alert_latency_seconds", "Seconds from story creation to Telegram's answer.",
                         m.send_latency)
        yield _histogram("newsbot_end_to_end_latency_seconds",
                         "Seconds from the item's published time to Telegram's answer.", m.e2e_latency)
        if r is None:
            return
        yield _by("newsbot_alerts_total", "Alert sends by result (sent, failed, retried).", "result", r.alerts)
        for name, help_, value in (
                ("newsbot_feeds", "Configured feeds, search feeds included.", r.feeds),
                ("newsbot_feeds_failing", "Configured feeds whose last poll failed.", r.feeds_failing),
                ("newsbot_feeds_polled_late", ("Feeds that a politeness or concurrency limit polls later than "
                                               "their interval (/healthz polled_late names the limit)."),
                 r.feeds_polled_late),
                ("newsbot_outbox_pending", "Messages waiting to be sent.", r.outbox_pending),
                ("newsbot_outbox_failed", "Messages given up as undeliverable.", r.outbox_failed),
                ("newsbot_problems", ("Problems that keep every alert from going out until someone acts "
                                      "(/healthz problems)."), r.problems),
                ("newsbot_uptime_seconds", "Seconds since the daemon started.", r.uptime_seconds)):
            yield GaugeMetricFamily(name, help_, value=value)
        running = GaugeMetricFamily("newsbot_part_running", "1 while a part without which no alert goes out "
                                    "(scheduler, sender) runs, else 0.", labels=["part"])
        for part, alive in sorted(r.running.items()):
            running.add_metric([part], 1.0 if alive else 0.0)
        yield running
        for sample in r.samples:
            family = CounterMetricFamily if sample.kind == "counter" else GaugeMetricFamily
            yield family(sample.name, sample.help, value=sample.value)


def _by(name: str, help_: str, label: str, values: Mapping[str, float]) -> CounterMetricFamily:
    family = CounterMetricFamily(name, help_, labels=[label])
    for key, value in sorted(values.items()):
        family.add_metric([key], value)
    return family


def _histogram(name: str, help_: str, hist: Histogram) -> HistogramMetricFamily:
    running, buckets = 0, []
    for bound, count in zip(hist.buckets, hist.counts, strict=False):
        running += count
        buckets.append((str(float(bound)), float(running)))
    buckets.append(("+Inf", float(hist.n)))
    return HistogramMetricFamily(name, help_, buckets=buckets, sum_value=hist.total)
