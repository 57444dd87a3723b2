"""Telling the admins: a notice is an outbox row like an alert, so it is durable, paced and retried.

Except when the outbox is what fails: a full disk or a lost database file cannot take the row that would
say so. That notice goes straight through the sender (`tell_now`): the admins must hear it while the store
is broken, not after, and a notice kept in memory for a store that never writes again would never go out.
It is not durable, so the store watch tries again until it went out once (bot/storewatch.py).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence

from .config import Config
from .store import StoreAPI, StoreError

log = logging.getLogger(__name__)

NOTICE_MAX = 4000  # characters; Telegram's limit is 4,096 after entity parsing

SendNow = Callable[[Sequence[int], str], Awaitable[bool]]  # (chats, plain text) -> every chat took it


async def _nobody(chat_ids: Sequence[int], text: str) -> bool:
    return False


class Notices:
    def __init__(self, config: Config, store: StoreAPI, *, kick: Callable[[], None], clock: Callable[[], float],
                 send_now: SendNow = _nobody):
        self.store, self.kick, self.clock = store, kick, clock
        self.send_now = send_now
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

    async def tell_now(self, text: str) -> bool:
        """Past the outbox, for when the store cannot write; True when every admin has it (or there is none)."""
        if not self.admins:
            return True
        return await self.send_now(self.admins, text[:NOTICE_MAX])
