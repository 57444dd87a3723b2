"""Readiness says when alerts cannot go out: a rejected token, or no feed answering for hours."""

from __future__ import annotations

import asyncio
import errno
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from test_cli import ROOT
from test_cli import config as cli_config
from test_e2e import ADMIN, TOKEN, Running, polled, write_config

from bot.config import HttpConfig
from bot.health import HealthServer, ListenError
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


class _Prober:
    async def health(self) -> tuple[bool, dict[str, Any]]:
        return True, {}

    async def metrics_page(self) -> tuple[bytes, str]:
        return b"", "text/plain"


class _Store:
    """The probe's reads, of a store whose feeds last succeeded at `last_ok`."""

    def __init__(self, last_ok: float | None):
        self.last_ok = last_ok

    async def feed_states(self) -> dict[str, object]:
        from bot.models import FeedState
        return {"https://a.example/feed": FeedState(url="https://a.example/feed", last_ok_at=self.last_ok)}

    async def feed_health(self) -> dict[str, object]:
        from bot.models import FeedHealth
        return {"https://a.example/feed": FeedHealth(0, self.last_ok)}

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

        feed_health = feed_states

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


@contextmanager
def taken_port() -> Iterator[int]:
    """A port on 127.0.0.1 that another process (here: this test) listens on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield int(other.getsockname()[1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_a_taken_health_port_stops_the_daemon_at_start_naming_address_and_key(tmp_path: Path) -> None:
    async with FeedServer() as feeds:
        feeds.set_feed("/f.xml", rss([]))
        with taken_port() as port:
            cfg = cli_config(tmp_path, feeds.url("/f.xml"))
            cfg.write_text(cfg.read_text().replace('listen = ""', f'listen = "127.0.0.1:{port}"'))
            proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", "--config", str(cfg),
                                                        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            try:
                _, err = await asyncio.wait_for(proc.communicate(), timeout=30)
            finally:
                if proc.returncode is None:  # still running: the port was not fatal
                    proc.kill()
                    await proc.wait()
    said = err.decode()
    assert proc.returncode == 1, said[-2000:]
    assert f"cannot listen on 127.0.0.1:{port}" in said and "already in use" in said
    assert "change [http] listen" in said and str(cfg) in said
    assert "newsbot running" not in said  # nothing started


async def test_a_reload_to_a_taken_port_keeps_the_old_listener_and_tells_the_admins(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        feeds.set_feed("/a.xml", rss([]))
        cfg = write_config(tmp_path, feeds, api, ["/a.xml"])
        first = _free_port()
        cfg.write_text(cfg.read_text().replace('listen = ""', f'listen = "127.0.0.1:{first}"'))
        async with Running(cfg) as service, aiohttp.ClientSession() as http:
            await wait_until(lambda: service.health.port == first, timeout=10)
            with taken_port() as port:
                cfg.write_text(cfg.read_text().replace(f"127.0.0.1:{first}", f"127.0.0.1:{port}"))
                service.reload_now()
                told = await api.wait_for_message(ADMIN, lambda m: "cannot listen" in m.rendered, timeout=10)
                assert f"127.0.0.1:{port}" in told.rendered and "[http] listen" in told.rendered
                assert f"stay at 127.0.0.1:{first}" in told.rendered
                async with http.get(f"http://127.0.0.1:{first}/livez") as resp:
                    assert resp.status == 200
                assert service.health.port == first and service.config.http.listen == f"127.0.0.1:{port}"
            second = _free_port()  # a later edit to a free port moves the endpoint
            cfg.write_text(cfg.read_text().replace(f"127.0.0.1:{port}", f"127.0.0.1:{second}"))
            service.reload_now()
            await wait_until(lambda: service.health.port == second, timeout=10, message="moved to the free port")
            async with http.get(f"http://127.0.0.1:{second}/livez") as resp:
                assert resp.status == 200
            with pytest.raises(aiohttp.ClientConnectionError):
                await http.get(f"http://127.0.0.1:{first}/livez")
            await service.control.status_text()  # still answering


async def test_moving_to_another_host_on_the_same_port_lets_go_of_it_first() -> None:
    """127.0.0.1:8787 -> 0.0.0.0:8787: the old listener holds the port the new one wants."""

    class OneHost(HealthServer):
        """Serves "any" on 127.0.0.1 (tests bind nothing else), taken while the old listener is open."""

        async def _open(self, host: str, port: int) -> tuple[web.AppRunner, int]:
            if host == "any" and self._runner is not None:
                raise OSError(errno.EADDRINUSE, "address already in use")
            return await super()._open("127.0.0.1", port)

    port = _free_port()
    server = OneHost(_Prober())
    try:
        await server.apply(HttpConfig(f"127.0.0.1:{port}"))
        await server.apply(HttpConfig(f"any:{port}"))
        assert server.listening == f"any:{port}"
        with taken_port() as other:
            with pytest.raises(ListenError, match=f"cannot listen on any:{other}"):
                await server.apply(HttpConfig(f"any:{other}"))
            assert server.listening == f"any:{port}"  # a different port: the old listener was never closed
    finally:
        await server.stop()
