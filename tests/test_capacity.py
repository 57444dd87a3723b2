"""The interval is a promise: when the politeness gap makes it impossible, the daemon says so."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from test_e2e import TOKEN, Running

from bot.capacity import feeds_polled_late, host_limits
from support.fake_bot_api import FakeBotApi
from support.feed_server import FeedServer, rss
from watchers.items import FeedSpec


def specs(n: int, host: str, interval: float) -> list[FeedSpec]:
    return [FeedSpec(f"https://{host}/feed{i}.xml", interval=interval) for i in range(n)]


def test_a_host_whose_feeds_need_more_polls_than_the_gap_allows_is_named() -> None:
    feeds = specs(400, "news.example", 10.0) + specs(5, "blog.example", 300.0)
    (limit,) = host_limits(feeds, host_gap=0.1)
    assert (limit.host, limit.feeds) == ("news.example", 400)
    assert limit.needed_per_s == pytest.approx(40.0) and limit.allowed_per_s == pytest.approx(10.0)
    assert "[polling] host_gap" in str(limit) and limit.as_dict()["setting"] == "[polling] host_gap"


def test_requests_at_once_per_host_and_in_all_limit_the_polls_a_second_by_the_time_a_request_takes() -> None:
    feeds = specs(400, "news.example", 10.0) + specs(100, "wire.example", 10.0)  # 40/s and 10/s
    assert host_limits(feeds, host_gap=0.0, per_host=4, max_concurrency=20) == ()  # no request timed yet
    limits = host_limits(feeds, host_gap=0.0, per_host=4, max_concurrency=20, request_seconds=0.5)
    assert [(lim.host, lim.setting) for lim in limits] == [("all feeds", "max_concurrency"),
                                                           ("news.example", "per_host"), ("wire.example", "per_host")]
    everything, news, _ = limits
    assert everything.needed_per_s == pytest.approx(50.0) and everything.allowed_per_s == pytest.approx(40.0)
    assert news.allowed_per_s == pytest.approx(8.0) and "raise per_host" in str(news)
    assert feeds_polled_late(limits) == 500  # every feed, once
    assert feeds_polled_late(limits[1:]) == 500 and feeds_polled_late(limits[2:]) == 100
    assert host_limits(feeds, host_gap=0.0, per_host=4, max_concurrency=20, request_seconds=0.05) == ()


def test_no_gap_or_enough_room_names_nothing() -> None:
    assert host_limits(specs(400, "news.example", 10.0), host_gap=0.0) == ()
    assert host_limits(specs(100, "news.example", 10.0), host_gap=0.1) == ()  # exactly 10/s: kept


async def test_the_daemon_says_so_in_the_log_status_healthz_and_metrics(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    paths = [f"/f{i}.xml" for i in range(30)]
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        for p in paths:
            feeds.set_feed(p, rss([]))
        cfg = tmp_path / "config.toml"
        cfg.write_text(f'[telegram]\ntoken = "{TOKEN}"\nchat_ids = [1]\napi_base_url = "{api.base_url}"\n'
                       'allow_private_feed_urls = true\n[storage]\npath = "s.sqlite3"\n'
                       '[polling]\ninterval = 2\nmin_interval = 1\nhost_gap = 0.1\n[http]\nlisten = ""\n'
                       + "".join(f'[[feeds]]\nurl = "{feeds.url(p)}"\n' for p in paths), encoding="utf-8")
        with caplog.at_level(logging.WARNING, logger="bot.service"):
            async with Running(cfg) as service:
                status = await service.control.status_text()
                _, health = await service.probe.health()
                metrics = await service.probe.metrics_text()
                said = [r.getMessage() for r in caplog.records if "interval cannot be kept" in r.getMessage()]
                service.refresher.fetcher.request_seconds = 2.0  # as if requests took 2 s: 4 at once allow 2/s
                service._check_limits()  # what the scheduler's minute check does
                _, slow = await service.probe.health()
    assert len(said) == 1 and "127.0.0.1: 30 feeds need 15.0 polls/s" in said[0]
    assert "polled late" in status and "host_gap" in status
    assert health["polled_late"] == [{"host": "127.0.0.1", "feeds": 30, "needed_per_s": 15.0, "allowed_per_s": 10.0,
                                      "setting": "[polling] host_gap"}]
    assert "newsbot_feeds_polled_late 30" in metrics
    assert sorted(late["setting"] for late in slow["polled_late"]) == [
        "[polling] host_gap", "[polling] max_concurrency", "[polling] per_host"]
    warnings = [r.getMessage() for r in caplog.records if "interval cannot be kept" in r.getMessage()]
    assert len(warnings) == 3 and warnings[0] == said[0]  # each limit said once
    assert any("[polling] per_host = 4 allows 2.0/s" in w for w in warnings)
