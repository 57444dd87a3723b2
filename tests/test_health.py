"""Readiness says when alerts cannot go out: a rejected token, or no feed answering for hours."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest
from test_e2e import Running, polled, write_config

from bot.metrics import Metrics
from bot.probe import STALE_AFTER, Probe
from bot.status import StatusBoard
from bot.store import StoreError
from support.fake_bot_api import FakeBotApi
from support.feed_server import FeedServer, rss
from support.wait import wait_until
from watchers.items import FeedSpec


async def test_a_rejected_token_makes_healthz_unhealthy_and_status_say_why(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token="999:ANOTHERTOKENabcdefghijklmnopqrstuvwxyz") as api:
        feeds.set_feed("/a.xml", rss([]))
        cfg = write_config(tmp_path, feeds, api, ["/a.xml"])  # its token is not the one the API accepts
        cfg.write_text(cfg.read_text().replace('listen = ""', 'listen = "127.0.0.1:0"'))
        async with Running(cfg) as service:
            await wait_until(lambda: polled(service, feeds.url("/a.xml")), timeout=10)
            await wait_until(lambda: service.health.port and service.telegram.fatal, timeout=10)
            base = f"http://127.0.0.1:{service.health.port}"
            async with aiohttp.ClientSession() as http:
                async with http.get(base + "/healthz") as resp:
                    body = await resp.json()
                    assert resp.status == 503 and body["status"] == "unhealthy"
                    assert any("rejected the bot token" in p for p in body["problems"])
                async with http.get(base + "/livez") as resp:
                    assert resp.status == 200  # alive: a restart would not help, the token must change
            assert "❌ Telegram rejected the bot token" in await service.control.status_text()


class _Store:
    """The probe's reads, of a store whose feeds last succeeded at `last_ok`."""

    def __init__(self, last_ok: float | None):
        self.last_ok = last_ok

    async def feed_states(self) -> dict[str, object]:
        from bot.models import FeedState
        return {"https://a.example/feed": FeedState(url="https://a.example/feed", last_ok_at=self.last_ok)}

    async def outbox_counts(self) -> dict[str, int]:
        return {"pending": 0, "failed": 0, "sent": 0}

    async def sent_since(self, since: float) -> int:
        return 0


@pytest.mark.parametrize(("last_ok", "now", "healthy"), [
    (None, 1000.0 + STALE_AFTER - 1, True),  # just started: not yet
    (None, 1000.0 + STALE_AFTER + 1, False),  # nothing ever answered for an hour
    (5000.0, 5000.0 + STALE_AFTER + 1, False),  # answered once, then nothing for an hour
    (5000.0, 5000.0 + 60, True),
])
async def test_no_successful_poll_for_an_hour_is_unhealthy(last_ok: float | None, now: float, healthy: bool) -> None:
    board = StatusBoard(started_at=1000.0)
    board.mark("scheduler", True)
    board.mark("sender", True)

    class Sent:
        sent = failed = retried = 0

    probe = Probe(board, _Store(last_ok), feeds=lambda: {"https://a.example/feed": FeedSpec("https://a.example/feed")},
                  next_runs=dict, clock=lambda: now, metrics=Metrics(), sender=Sent())
    ok, body = await probe.health()
    assert ok is healthy
    assert bool(body["problems"]) is not healthy


async def test_a_store_that_cannot_be_read_is_a_problem_not_a_crash() -> None:
    class Broken(_Store):
        async def feed_states(self) -> dict[str, object]:
            raise StoreError("/data/state.sqlite3: database disk image is malformed")

    board = StatusBoard(started_at=1000.0)
    board.mark("scheduler", True)
    board.mark("sender", True)

    class Sent:
        sent = failed = retried = 0

    probe = Probe(board, Broken(None), feeds=dict, next_runs=dict, clock=lambda: 1001.0, metrics=Metrics(),
                  sender=Sent(), problems=lambda: ["the disk is full"])
    ok, body = await probe.health()
    assert not ok and body["status"] == "unhealthy"
    unreadable = "the store cannot be read: /data/state.sqlite3: database disk image is malformed"
    assert body["problems"] == ["the disk is full", unreadable]
    assert "newsbot_problems 2.0" in await probe.metrics_text()  # the same ones as /healthz
