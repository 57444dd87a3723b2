"""Hourly (the scheduler's periodic duty): forget what the retention no longer keeps, in the store and in
the clustering index."""

from __future__ import annotations

import logging
from collections.abc import Callable

from .config import Config
from .store import StoreAPI, StoreError
from .stories import StoryIndex

log = logging.getLogger(__name__)

HOUSEKEEPING_PERIOD = 3600.0


class Housekeeping:
    def __init__(self, config: Config, store: StoreAPI, index: StoryIndex, *, clock: Callable[[], float]):
        self.store, self.index, self.clock = store, index, clock
        self.apply(config)

    def apply(self, config: Config) -> None:
        self.retention = config.storage.retention_days * 86400

    async def step(self) -> int:
        self.index.prune(self.clock())
        try:
            removed = await self.store.prune(older_than=self.clock() - self.retention)
        except StoreError as exc:  # a full disk: the store watch says so; pruning waits for the next round
            log.debug("housekeeping skipped: %s", exc)
            return 0
        if removed:
            log.info("pruned %d old rows", removed)
        return removed
