"""Every task the service starts is owned here: named, restarted after an unexpected error, awaited on stop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from .status import StatusBoard

log = logging.getLogger(__name__)

RESTART_FIRST, RESTART_MAX = 1.0, 60.0  # seconds before a crashed long-lived task runs again, doubling


class Tasks:
    """Long-lived parts (`spawn`) and short-lived jobs (`background`), cancelled and awaited by `stop`."""

    def __init__(self, board: StatusBoard):
        self.board = board
        self._tasks: set[asyncio.Task[None]] = set()
        self._stopping = False

    def spawn(self, name: str, start: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Run `start()` until it returns; a crash is logged and the part started again after a pause."""
        self._own(asyncio.create_task(self._keep(name, start), name=name))

    def background(self, name: str, job: Coroutine[Any, Any, Any]) -> None:
        """A short job the service still owns: its error is logged, and stop cancels it."""
        self._own(asyncio.create_task(self._once(name, job), name=name))

    async def stop(self, timeout: float = 6.0) -> None:
        """Cancel everything; never hang the exit (the store is crash-safe, the outbox re-sends on start)."""
        self._stopping = True
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            _, stuck = await asyncio.wait(tasks, timeout=timeout)
            if stuck:
                log.warning("tasks still stopping after %.0fs: %s", timeout, ", ".join(t.get_name() for t in stuck))

    def _own(self, task: asyncio.Task[None]) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _keep(self, name: str, start: Callable[[], Coroutine[Any, Any, None]]) -> None:
        delay = RESTART_FIRST
        while True:
            self.board.mark(name, True)
            try:
                await start()
                return
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("task %s died; restarting it in %.0fs", name, delay)
            finally:
                self.board.mark(name, False)
            await asyncio.sleep(delay)  # a restart pause, not a wait for a condition
            delay = min(delay * 2, RESTART_MAX)

    @staticmethod
    async def _once(name: str, job: Coroutine[Any, Any, Any]) -> None:
        try:
            await job
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("task %s failed", name)
