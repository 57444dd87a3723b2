"""GET /metrics follows Prometheus' conventions: HELP on every family, counters named _total, no precomputed
ratios, the standard process_* and python_* families, and gauges of the failing and the late feeds."""

from __future__ import annotations

from typing import Any

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from bot.capacity import HostLimit
from bot.config import HttpConfig
from bot.health import HealthServer
from bot.metrics import Metrics
from bot.metrics import Sample as OwnSample
from bot.models import FeedHealth, FeedState
from bot.probe import Probe
from bot.status import StatusBoard
from watchers.items import FeedSpec

FEEDS = {url: FeedSpec(url) for url in ("https://a.example/feed", "https://b.example/feed", "https://c.example/feed")}


class _Store:
    """The probe's reads: feed a failing, b fine, c not polled yet; and a feed no longer configured, failing."""

    async def feed_states(self) -> dict[str, FeedState]:
        return {"https://a.example/feed": FeedState("https://a.example/feed", last_ok_at=900.0, failures=3),
                "https://b.example/feed": FeedState("https://b.example/feed", last_ok_at=950.0),
                "https://gone.example/feed": FeedState("https://gone.example/feed", failures=9)}

    async def feed_health(self) -> dict[str, FeedHealth]:
        return {url: FeedHealth(st.failures, st.last_ok_at) for url, st in (await self.feed_states()).items()}

    async def outbox_counts(self) -> dict[str, int]:
        return {"pending": 4, "sending": 0, "sent": 7, "failed": 1}

    async def sent_since(self, since: float) -> int:
        return 7


class _Sent:
    sent, failed, retried = 7, 1, 2


def _probe(metrics: Metrics | None = None, *, sender_alive: bool = True) -> Probe:
    board = StatusBoard(started_at=1000.0)
    board.mark("scheduler", True)
    board.mark("sender", sender_alive)
    late = (HostLimit("a.example", 2, 20.0, 10.0, "host_gap", 0.1),)
    return Probe(board, _Store(), feeds=lambda: FEEDS, next_runs=dict,  # type: ignore[arg-type]
                 clock=lambda: 1060.0, metrics=metrics or Metrics(), sender=_Sent(),  # type: ignore[arg-type]
                 limits=lambda: late,
                 samples=lambda now: (OwnSample("newsbot_websub_pushed_feeds", "Pushed feeds.", "gauge", 2),
                                      OwnSample("newsbot_websub_bad_signatures_total", "Bad pushes.", "counter", 5)))


def _families(text: str) -> dict[str, Any]:
    return {family.name: family for family in text_string_to_metric_families(text)}


def _value(family: Any, name: str, **labels: str) -> float:
    found = [s.value for s in family.samples if s.name == name and s.labels == labels]
    assert len(found) == 1, (name, labels, family.samples)
    return float(found[0])


async def test_every_family_has_help_and_every_counter_is_named_total() -> None:
    metrics = Metrics()
    metrics.polls.update({"ok": 5, "not_modified": 3, "error": 1})
    metrics.errors["timeout"] += 1
    metrics.matches["deepseek"] += 2
    metrics.poll_seconds.observe(0.2)
    metrics.poll_seconds.observe(7.0)
    text = await _probe(metrics).metrics_text()
    families = _families(text)
    assert all(f.documentation.strip() for f in families.values()), [n for n, f in families.items()
                                                                   if not f.documentation.strip()]
    counters = [f for f in families.values() if f.type == "counter"]
    assert len(counters) >= 10
    for family in counters:
        assert all(s.name.endswith(("_total", "_created")) for s in family.samples), family
    assert "newsbot_not_modified_ratio" not in text and not any(n.endswith("_ratio") for n in families)
    assert _value(families["newsbot_polls"], "newsbot_polls_total", outcome="not_modified") == 3
    assert _value(families["newsbot_poll_errors"], "newsbot_poll_errors_total", kind="timeout") == 1
    assert _value(families["newsbot_matches"], "newsbot_matches_total", topic="deepseek") == 2
    assert _value(families["newsbot_alerts"], "newsbot_alerts_total", result="retried") == 2
    assert _value(families["newsbot_store_faults"], "newsbot_store_faults_total", kind="lost") == 0
    assert families["newsbot_websub_bad_signatures"].type == "counter"
    hist = families["newsbot_poll_duration_seconds"]
    assert hist.type == "histogram"
    assert _value(hist, "newsbot_poll_duration_seconds_bucket", le="0.25") == 1
    assert _value(hist, "newsbot_poll_duration_seconds_bucket", le="+Inf") == 2
    assert _value(hist, "newsbot_poll_duration_seconds_sum") == 7.2


async def test_failing_and_late_feeds_are_gauges_of_the_configured_feeds() -> None:
    families = _families(await _probe(sender_alive=False).metrics_text())
    gauges = {name: _value(families[name], name) for name in (
        "newsbot_feeds", "newsbot_feeds_failing", "newsbot_feeds_polled_late", "newsbot_outbox_pending",
        "newsbot_outbox_failed", "newsbot_uptime_seconds", "newsbot_websub_pushed_feeds")}
    assert gauges == {"newsbot_feeds": 3, "newsbot_feeds_failing": 1, "newsbot_feeds_polled_late": 2,
                      "newsbot_outbox_pending": 4, "newsbot_outbox_failed": 1, "newsbot_uptime_seconds": 60,
                      "newsbot_websub_pushed_feeds": 2}
    assert all(families[name].type == "gauge" for name in gauges)
    running = families["newsbot_part_running"]
    assert _value(running, "newsbot_part_running", part="scheduler") == 1
    assert _value(running, "newsbot_part_running", part="sender") == 0


async def test_the_standard_process_and_python_families_are_there() -> None:
    families = _families(await _probe().metrics_text())
    for name in ("process_cpu_seconds", "process_resident_memory_bytes", "process_start_time_seconds",
                 "process_open_fds", "python_info", "python_gc_collections"):
        assert name in families, sorted(families)
    assert _value(families["process_resident_memory_bytes"], "process_resident_memory_bytes") > 0


async def test_two_services_in_one_process_keep_their_own_counters() -> None:
    first, second = Metrics(), Metrics()
    first.items, second.items = 10, 20
    texts = [await _probe(m).metrics_text() for m in (first, second, first)]
    items = [_value(_families(t)["newsbot_items"], "newsbot_items_total") for t in texts]
    assert items == [10, 20, 10]


async def test_metrics_is_served_with_the_text_format_content_type() -> None:
    server = HealthServer(_probe())
    await server.apply(HttpConfig(listen="127.0.0.1:0"))
    try:
        async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{server.port}/metrics") as resp:
            assert resp.status == 200
            assert resp.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8"
            families = _families(await resp.text())
    finally:
        await server.stop()
    assert _value(families["newsbot_feeds_failing"], "newsbot_feeds_failing") == 1
    assert "process_cpu_seconds" in families
