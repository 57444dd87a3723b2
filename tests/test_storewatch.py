"""A store that cannot record is said once (a log line, a metric, a word to the admins past the outbox), shown by
/healthz and /status, and its end is said too; the polls it could not record are read again, not lost. A new
database where a lost one lived alerts nothing of what went out before."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import aiohttp
import pytest
from test_e2e import ADMIN, CHATS, TOKEN, Running, polled, write_config

from bot.config import parse_config
from bot.metrics import Metrics
from bot.notices import Notices
from bot.store import AsyncSqliteStore
from bot.store.errors import DiskFullError
from bot.storewatch import StoreWatch
from support.daemon import Daemon
from support.fake_bot_api import FakeBotApi
from support.feed_server import FeedServer, rss
from support.store_probe import fill_disk, free_disk, outbox_rows, overflow
from support.wait import wait_until

T0 = 1_760_000_000.0


class Admins:
    """`send_now` of a sender whose first `failing` sends do not get through."""

    def __init__(self, failing: int = 0):
        self.failing = failing
        self.sent: list[tuple[tuple[int, ...], str]] = []

    async def __call__(self, chat_ids: Sequence[int], text: str) -> bool:
        if self.failing:
            self.failing -= 1
            return False
        self.sent.append((tuple(chat_ids), text))
        return True


async def test_a_full_disk_is_said_once_and_its_end_too(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = parse_config(f'[telegram]\ntoken = "{TOKEN}"\nadmin_ids = [{ADMIN}]\n', path=tmp_path / "c.toml", env={})
    store = AsyncSqliteStore(tmp_path / "s.sqlite3")
    await store.open()
    admins = Admins(failing=1)  # Telegram is briefly away too: the word goes out on the next look
    metrics = Metrics()
    watch = StoreWatch(store, Notices(config, store, kick=lambda: None, clock=lambda: T0, send_now=admins), metrics)
    await watch.step()
    assert watch.problem is None and admins.sent == []

    await fill_disk(store)
    with caplog.at_level(logging.DEBUG, logger="bot"):
        for _ in range(3):
            with pytest.raises(DiskFullError):
                await overflow(store)
            await watch.step()
    said = [r for r in caplog.records if "store fault" in r.getMessage()]
    assert len(said) == 1 and said[0].levelname == "ERROR" and "disk is full" in said[0].getMessage()
    assert admins.sent == [((ADMIN,), admins.sent[0][1])] and "cannot record" in admins.sent[0][1]
    assert watch.problem is not None and "disk is full" in watch.problem
    assert metrics.store_faults["disk_full"] == 1

    await free_disk(store)
    await overflow(store)  # the write that needed room goes through
    caplog.clear()
    await watch.step()
    await watch.step()
    assert watch.problem is None
    assert len([r for r in caplog.records if "records again" in r.getMessage()]) == 1
    told = [r["notice"] for r in await outbox_rows(store) if r["chat_id"] == ADMIN]
    assert len(told) == 1 and "takes writes again" in told[0]  # through the outbox: it works again
    assert len(admins.sent) == 1
    await store.close()


def _now() -> str:
    return format_datetime(datetime.now(UTC))


@pytest.mark.slow
async def test_the_daemon_on_a_full_disk_is_unhealthy_tells_the_admins_and_catches_up_when_room_returns(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    filler = [{"title": f"Weather report number {n}", "link": f"https://ex.org/w/{n}", "pubDate": _now()}
              for n in range(300)]
    story = {"title": "DeepSeek releases a new model", "link": "https://ex.org/ds", "pubDate": _now()}
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        url = feeds.url("/a.xml")
        feeds.set_feed("/a.xml", rss([]))
        cfg = write_config(tmp_path, feeds, api, ["/a.xml"])
        cfg.write_text(cfg.read_text().replace('listen = ""', 'listen = "127.0.0.1:0"'))
        daemon = Daemon(cfg)
        daemon.service.storewatch.period = 0.05
        async with daemon:
            service = daemon.service
            await wait_until(lambda: polled(service, url), timeout=10)
            assert isinstance(service.store, AsyncSqliteStore)
            await fill_disk(service.store)
            caplog.clear()
            feeds.set_feed("/a.xml", rss([story, *filler]))
            told = await api.wait_for_message(ADMIN, lambda m: "cannot record" in m.rendered, timeout=10)
            assert told is not None and "disk is full" in told.rendered
            base = f"http://127.0.0.1:{service.health.port}"
            async with aiohttp.ClientSession() as http:
                async with http.get(base + "/healthz") as resp:
                    body = await resp.json()
                    assert resp.status == 503 and any("disk is full" in p for p in body["problems"])
                async with http.get(base + "/metrics") as resp:
                    assert 'newsbot_store_faults_total{kind="disk_full"} 1' in await resp.text()
            assert "disk is full" in await service.control.status_text()
            await wait_until(lambda: service.metrics.errors["store"] >= 2, timeout=10, message="polls went on")
            assert all(not api.sent_to(chat) for chat in CHATS)

            await free_disk(service.store)
            for chat in CHATS:
                await api.wait_for_message(chat, lambda m: "DeepSeek releases a new model" in m.rendered, timeout=10)
            await api.wait_for_message(ADMIN, lambda m: "takes writes again" in m.rendered, timeout=10)

            async def healthy() -> bool:
                return (await service.probe.health())[0]

            await wait_until(healthy, timeout=5, message="healthy again")
            assert len([m for m in api.sent_to(ADMIN) if "cannot record" in m.rendered]) == 1
        tracebacks = [r for r in caplog.records if r.exc_info]
        assert tracebacks == [], [r.getMessage() for r in tracebacks]
        assert len([r for r in caplog.records if "store fault" in r.getMessage()]) == 1


def lose_database(folder: Path, *, with_lineage: bool) -> None:
    for extra in folder.glob("state.sqlite3*"):
        if with_lineage or not extra.name.endswith("-lineage"):
            extra.unlink()


@pytest.mark.parametrize("lineage", ["kept", "removed too"])
async def test_a_lost_database_does_not_alert_again_what_went_out(tmp_path: Path, lineage: str) -> None:
    """Deleted while newsbot was stopped: the next start records the feed's items without alerting them. With the
    lineage note removed as well it is a fresh install, and the first poll's backfill alerts as the contract says."""
    story = {"title": "DeepSeek releases a new model", "link": "https://ex.org/ds", "pubDate": _now()}
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        url = feeds.url("/a.xml")
        feeds.set_feed("/a.xml", rss([story]))
        cfg = write_config(tmp_path, feeds, api, ["/a.xml"], backfill=24)
        async with Running(cfg) as service:
            await api.wait_for_message(CHATS[0], lambda m: "DeepSeek releases" in m.rendered, timeout=10)
        lose_database(tmp_path, with_lineage=lineage == "removed too")
        async with Running(cfg) as service:
            await wait_until(lambda: polled(service, url), timeout=10)
            if lineage == "kept":
                notice = await api.wait_for_message(ADMIN, lambda m: "lived there before" in m.rendered, timeout=10)
                assert notice is not None and "without alerting" in notice.rendered
                assert [r["notice"] is not None for r in await outbox_rows(service.store)] == [True]  # no alert
                assert len([m for m in api.sent_to(CHATS[0]) if "DeepSeek releases" in m.rendered]) == 1
            else:
                await wait_until(lambda: len(api.sent_to(CHATS[0])) == 2, timeout=10, message="the backfill")
