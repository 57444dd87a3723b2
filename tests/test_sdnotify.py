"""systemd's Type=notify: READY=1 once running, WATCHDOG=1 only while the scheduler and the sender run, STATUS=
lines, STOPPING=1 at stop; nothing at all without $NOTIFY_SOCKET."""

from __future__ import annotations

import asyncio
import io
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from test_cli import ROOT, config

from bot.sdnotify import Notifier, NotifySettings
from bot.status import StatusBoard
from bot.watchdog import Watchdog
from support.daemon import Daemon
from support.feed_server import FeedServer, rss
from support.wait import wait_until


class Systemd:
    """The receiving end of $NOTIFY_SOCKET: every datagram, in order."""

    def __init__(self, sock: socket.socket, address: str):
        self.sock, self.address = sock, address
        self.messages: list[str] = []

    def drain(self) -> list[str]:
        while True:
            try:
                self.messages.append(self.sock.recv(4096).decode("utf-8"))
            except BlockingIOError:
                return self.messages

    def lines(self) -> list[str]:
        return [line for message in self.drain() for line in message.splitlines()]

    def saw(self, line: str) -> bool:
        return line in self.lines()


@contextmanager
def systemd(abstract: bool = True) -> Iterator[Systemd]:
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock, tempfile.TemporaryDirectory(prefix="sd") as tmp:
        if abstract:
            name = f"newsbot-test-{secrets.token_hex(6)}"
            sock.bind("\0" + name)
            address = "@" + name
        else:
            address = str(Path(tmp) / "notify")  # a short path: AF_UNIX paths stop at 107 bytes
            sock.bind(address)
        sock.setblocking(False)
        yield Systemd(sock, address)


@pytest.mark.parametrize("abstract", [True, False])
def test_a_notification_reaches_a_path_or_an_abstract_socket(abstract: bool) -> None:
    with systemd(abstract) as sd:
        assert Notifier(sd.address).send("READY=1", "STATUS=running")
        assert sd.drain() == ["READY=1\nSTATUS=running"]


def test_without_notify_socket_nothing_is_sent_and_no_watchdog_is_wanted() -> None:
    settings = NotifySettings.from_env({}, pid=42)
    assert settings == NotifySettings(None, None)
    assert Notifier(settings.address).send("READY=1") is False
    dog = Watchdog(Notifier(None), period=settings.watchdog_period, board=StatusBoard(0.0), parts=("sender",),
                   describe=str)
    assert not dog.wanted


def test_the_watchdog_period_is_half_what_systemd_asks_and_only_for_this_process() -> None:
    env = {"NOTIFY_SOCKET": "@x", "WATCHDOG_USEC": "60000000"}
    assert NotifySettings.from_env(env, pid=7) == NotifySettings("@x", 30.0)
    assert NotifySettings.from_env({**env, "WATCHDOG_PID": "7"}, pid=7).watchdog_period == 30.0
    assert NotifySettings.from_env({**env, "WATCHDOG_PID": "8"}, pid=7).watchdog_period is None
    taken = {**env, "WATCHDOG_PID": str(os.getpid()), "PATH": "/bin"}
    assert NotifySettings.take_from_env(taken) == NotifySettings("@x", 30.0)
    assert taken == {"PATH": "/bin"}  # a child process (a parse worker) cannot notify in the daemon's name


def test_the_watchdog_is_fed_only_while_every_part_runs() -> None:
    board = StatusBoard(0.0)
    board.mark("scheduler", True)
    board.mark("sender", True)
    with systemd() as sd:
        dog = Watchdog(Notifier(sd.address), period=1.0, board=board, parts=("scheduler", "sender"),
                       describe=lambda: "3 feeds; running")
        assert dog.step()
        board.mark("sender", False)
        assert not dog.step() and not dog.step()
        board.mark("sender", True)
        assert dog.step()
        assert sd.drain() == ["WATCHDOG=1\nSTATUS=3 feeds; running", "STATUS=stuck: sender not running",
                              "WATCHDOG=1\nSTATUS=3 feeds; running"]


async def test_the_daemon_is_ready_feeds_the_watchdog_while_healthy_and_says_stopping(tmp_path: Path) -> None:
    async with FeedServer() as feeds:
        feeds.set_feed("/f.xml", rss([]))
        cfg = config(tmp_path, feeds.url("/f.xml"))
        with systemd() as sd:
            daemon = Daemon(cfg, stdout=io.StringIO(), notify=NotifySettings(sd.address, watchdog_period=0.02))
            async with daemon:
                service = daemon.service
                await wait_until(lambda: sd.saw("READY=1"), timeout=10, message="READY=1")
                await wait_until(lambda: sd.lines().count("WATCHDOG=1") >= 3, timeout=10, message="WATCHDOG=1")
                for part in ("sender", "scheduler"):
                    service.board.mark(part, False)  # as if it died
                    await wait_until(lambda part=part: sd.saw(f"STATUS=stuck: {part} not running"), timeout=10)
                    since = len(sd.lines())
                    ticks = service.watchdog.ticks
                    await wait_until(lambda ticks=ticks: service.watchdog.ticks >= ticks + 5, timeout=10)
                    assert "WATCHDOG=1" not in sd.lines()[since:]
                    service.board.mark(part, True)
                    since = len(sd.lines())
                    await wait_until(lambda since=since: "WATCHDOG=1" in sd.lines()[since:], timeout=10)
                assert not sd.saw("STOPPING=1")
            assert sd.lines()[-2:] == ["STOPPING=1", "STATUS=stopping"]


async def test_newsbot_run_takes_the_socket_and_the_watchdog_from_systemds_environment(tmp_path: Path) -> None:
    async with FeedServer() as feeds:
        feeds.set_feed("/f.xml", rss([]))
        cfg = config(tmp_path, feeds.url("/f.xml"))
        with systemd() as sd:
            env = {**os.environ, "NOTIFY_SOCKET": sd.address, "WATCHDOG_USEC": "100000"}  # a ping every 50 ms
            proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", "--config", str(cfg),
                                                        cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                                        stderr=subprocess.PIPE)
            try:
                await wait_until(lambda: sd.saw("READY=1"), timeout=30, interval=0.05, message="READY=1")
                await wait_until(lambda: sd.lines().count("WATCHDOG=1") >= 2, timeout=10, interval=0.05)
            finally:
                proc.send_signal(signal.SIGTERM)
                _, err = await asyncio.wait_for(proc.communicate(), timeout=15)
            assert proc.returncode == 0, err.decode()[-2000:]
            assert sd.lines()[-2:] == ["STOPPING=1", "STATUS=stopping"]
            ready = next(m for m in sd.drain() if m.startswith("READY=1"))
            assert ready == "READY=1\nSTATUS=1 feeds; running"
