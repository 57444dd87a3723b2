"""The chats, as the config and the chats' own commands set them: one Routing, rebuilt only when either changes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping

from .config import Config
from .models import ChatSettings
from .routing import ChatRoute, Routing
from .store import StoreAPI, StoreError

log = logging.getLogger(__name__)

CONSOLE_CHAT = 0  # the pseudo chat that stands for stdout when no token is configured
SETTINGS_REFRESH = 5.0  # shared store: seconds until a chat's /mute, /digest... made elsewhere applies here


class ChatBook:
    def __init__(self, config: Config, store: StoreAPI, *, clock: Callable[[], float]):
        self.store = store
        self.clock = clock
        self._config = config
        self._settings: Mapping[int, ChatSettings] = {}
        self._routing = self._build()

    def apply(self, config: Config) -> None:
        self._config = config
        self._routing = self._build()

    async def load(self) -> None:
        self._set(await self.store.chat_settings())

    def routing(self) -> Routing:
        return self._routing

    def settings(self, chat_id: int) -> ChatSettings:
        return self._settings.get(chat_id) or ChatSettings(chat_id)

    async def save(self, settings: ChatSettings) -> None:
        await self.store.save_chat_settings(settings, now=self.clock())
        self._set({**self._settings, settings.chat_id: settings})

    def timezone(self, chat_id: int) -> str:
        route = self._routing.route(chat_id)
        return route.timezone if route else "UTC"

    def is_quiet(self, chat_id: int, now: float) -> bool:
        return self._routing.is_quiet(chat_id, now)

    async def follow(self) -> None:
        """Shared store: chat commands answered by another instance change settings in the database."""
        while True:
            await asyncio.sleep(SETTINGS_REFRESH)  # a refresh period, not a wait for a condition
            try:
                fresh = await self.store.chat_settings()
            except StoreError as exc:
                log.warning("cannot refresh chat settings: %s", exc)
                continue
            if fresh != self._settings:
                self._set(fresh)

    def _set(self, settings: Mapping[int, ChatSettings]) -> None:
        self._settings = settings
        self._routing = self._build()

    def _build(self) -> Routing:
        config = self._config
        chats = config.routes if config.telegram.token else (ChatRoute(CONSOLE_CHAT),)
        return Routing(chats=chats, backfill_hours=config.polling.backfill_hours,
                       max_age_hours=config.storage.retention_days * 24,
                       max_alerts_per_poll=config.polling.max_alerts_per_poll, settings=self._settings)
