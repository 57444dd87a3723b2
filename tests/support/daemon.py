"""The daemon's own `run` path in-process for tests, stopped the way SIGTERM stops it.

    async with Daemon(config_path) as daemon:
        await wait_until(lambda: daemon.polled_ok(url), timeout=10)
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from bot.config import load_config
from bot.models import FeedState
from bot.service import Service


class Daemon:
    def __init__(self, config_path: Path, **service: Any):
        """`service`: more arguments of Service (a clock, systemd's notify settings)."""
        self.service = Service(load_config(config_path, env={}), **service)
        self.stop = asyncio.Event()
        self.task: asyncio.Task | None = None

    async def __aenter__(self) -> Daemon:
        await self.service.__aenter__()
        self.task = asyncio.create_task(self.service.run(self.stop))
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.stop.set()
        assert self.task is not None
        try:
            await asyncio.wait_for(self.task, timeout=10)
        finally:
            await self.service.__aexit__(None, None, None)

    async def state(self, url: str) -> FeedState:
        return await self.service.store.feed_state(url)

    async def polled_ok(self, url: str) -> bool:
        """The feed had its first successful poll."""
        return (await self.state(url)).first_ok_at is not None

    async def failed_and_rescheduled(self, url: str) -> bool:
        """The failure is recorded and the scheduler holds the backoff time (set just after the store)."""
        state = await self.state(url)
        planned = self.service.scheduler.next_run_times().get(url)
        return state.failures >= 1 and planned is not None and abs(planned - (state.next_poll_at or 0)) < 0.01

    async def assert_up(self) -> None:
        assert self.task is not None and not self.task.done(), "the daemon stopped"
        healthy, body = await self.service.probe.health()
        assert healthy, body
