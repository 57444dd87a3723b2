"""The store's own health, watched: a full disk and a lost database file are said once, when they begin and
when they end, instead of in a traceback per poll.

The store notes its fault where the database answers (bot/store/faults.py) and looks at its file when asked
(`check`); this loop asks every `period` seconds and turns a change into one log line, a metric, and a word
to the admins: straight through the sender while the store cannot write (bot/notices.py), through the outbox
once it can again. /healthz and /status read `problem` meanwhile.
"""

from __future__ import annotations

import asyncio
import logging

from .metrics import Metrics
from .models import StoreFault
from .notices import Notices
from .store import StoreAPI, StoreError

log = logging.getLogger(__name__)

PERIOD = 10.0  # seconds between looks: a stat and a 100-byte read for SQLite


class StoreWatch:
    def __init__(self, store: StoreAPI, notices: Notices, metrics: Metrics, *, period: float = PERIOD):
        self.store, self.notices, self.metrics = store, notices, metrics
        self.period = period
        self._seen: StoreFault | None = None  # the fault last said
        self._told = True  # the admins have heard of `_seen` (or there is nothing to tell)

    @property
    def problem(self) -> str | None:
        fault = self.store.fault
        return None if fault is None else fault.message

    async def run(self) -> None:
        while True:
            await self.step()
            await asyncio.sleep(self.period)  # a watch period, not a wait for a condition

    async def step(self) -> None:
        try:
            await self.store.check()
        except StoreError as exc:  # the look itself failed: the store noted what it could
            log.debug("store check: %s", exc)
        fault = self.store.fault
        if fault != self._seen:
            if fault is not None:
                log.error("store fault (%s): %s", fault.kind, fault.message)
                self.metrics.store_faults[fault.kind] += 1
                self._told = False
            else:
                log.warning("store %s records again", self.store.describe)
                if self._told:  # the admins heard of the fault: they hear of its end (the outbox works again)
                    await self.notices.tell(f"✅ The database takes writes again ({self.store.describe}); "
                                            "newsbot records and alerts as before.")
                self._told = True
            self._seen = fault
        if fault is not None and not self._told:
            self._told = await self.notices.tell_now(f"⚠️ newsbot cannot record anything: {fault.message}")
