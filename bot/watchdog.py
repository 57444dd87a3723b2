"""Tells systemd how the daemon is (Type=notify): READY=1 once running, STOPPING=1 on stop, STATUS= lines, and
WATCHDOG=1 every half WatchdogSec= only while the parts without which no alert goes out are running. A daemon
whose scheduler or sender is dead, or whose event loop is blocked, stops pinging and systemd restarts it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence

from .sdnotify import Notifier
from .status import StatusBoard

log = logging.getLogger(__name__)


class Watchdog:
    def __init__(self, notifier: Notifier, *, period: float | None, board: StatusBoard, parts: Sequence[str],
                 describe: Callable[[], str]):
        """`describe`: the STATUS= line of a healthy daemon (feeds, problems)."""
        self.notifier, self.period = notifier, period
        self.board, self.parts, self.describe = board, tuple(parts), describe
        self.ticks = 0  # steps taken (tests wait on it)
        self._status: str | None = None
        self._stuck: tuple[str, ...] = ()

    @property
    def wanted(self) -> bool:
        """systemd asked for a watchdog (WatchdogSec=) and gave a socket."""
        return self.period is not None and self.notifier.enabled

    def ready(self) -> None:
        self._status = self.describe()
        self.notifier.send("READY=1", f"STATUS={self._status}")

    def stopping(self) -> None:
        self.notifier.send("STOPPING=1", "STATUS=stopping")

    def step(self) -> bool:
        """One tick: WATCHDOG=1 when every part runs (True), else only the STATUS saying which does not."""
        self.ticks += 1
        dead = tuple(part for part in self.parts if not self.board.alive(part))
        if dead != self._stuck:
            if dead:
                log.error("%s not running: the systemd watchdog is no longer fed, so systemd restarts the daemon "
                          "unless it recovers within WatchdogSec", " and ".join(dead))
            else:
                log.info("%s running again: feeding the systemd watchdog", " and ".join(self._stuck))
            self._stuck = dead
        status = f"stuck: {' and '.join(dead)} not running" if dead else self.describe()
        lines = [] if dead else ["WATCHDOG=1"]
        if status != self._status:
            lines.append(f"STATUS={status}")
            self._status = status
        if lines:
            self.notifier.send(*lines)
        return not dead

    async def run(self) -> None:
        """The long-lived task, when `wanted`."""
        assert self.period is not None
        while True:
            self.step()
            await asyncio.sleep(self.period)  # systemd's period, not a wait for a condition
