"""Telling the admins: a notice is an outbox row like an alert, so it is durable, paced and retried."""

from __future__ import annotations

import logging
from collections.abc import Callable

from .config import Config
from .store import StoreAPI, StoreError

log = logging.getLogger(__name__)

NOTICE_MAX = 4000  # characters; Telegram's limit is 4,096 after entity parsing


class Notices:
    def __init__(self, config: Config, store: StoreAPI, *, kick: Callable[[], None], clock: Callable[[], float]):
        self.store, self.kick, self.clock = store, kick, clock
        self.apply(config)

    def apply(self, config: Config) -> None:
        # without a token there is nobody to tell: the log line that goes with each notice is what remains
        self.admins = config.telegram.admin_ids if config.telegram.token else ()

    async def tell(self, text: str) -> None:
        if not self.admins:
            return
        try:
            await self.store.queue_notice(self.admins, text[:NOTICE_MAX], now=self.clock())
        except StoreError as exc:
            log.warning("could not queue a notice for the admins: %s", exc)
            return
        self.kick()
