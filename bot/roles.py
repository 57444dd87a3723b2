"""Roles only one of several instances may play, held as renewable leases in the shared store."""

from __future__ import annotations

import logging
from collections.abc import Callable

from .store import StoreAPI, StoreError

log = logging.getLogger(__name__)

COMMANDS_TERM = 30.0  # the instance answering commands renews this term every third of it


class CommandsRole:
    """Telegram allows one update poller per bot: of several instances one answers commands."""

    def __init__(self, store: StoreAPI, *, holding: Callable[[], bool], clock: Callable[[], float]):
        self.store, self.holding, self.clock = store, holding, clock

    async def __call__(self) -> bool:
        try:
            return await self.store.lease_role("commands", now=self.clock(), ttl=COMMANDS_TERM)
        except StoreError as exc:  # keep doing what we did; the term decides if the database stays away
            log.warning("cannot renew the commands role: %s", exc)
            return self.holding()
