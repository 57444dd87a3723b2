"""Watch the config file and hand every valid new version to the service; keep the old on errors.

What a reload may not change (the token, the store) is listed once here: `keep_restart_keys`.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

from .config import Config, ConfigError, load_config

log = logging.getLogger(__name__)


class ConfigWatcher:
    """Polls the file's content hash every `interval` seconds (edits apply within 5 s); SIGHUP calls `check`."""

    def __init__(self, config: Config, *, apply: Callable[[Config], Awaitable[None]],
                 report: Callable[[ConfigError], Awaitable[None]], interval: float = 1.0):
        assert config.path is not None
        self.path = config.path
        self.apply, self.report = apply, report
        self.interval = interval
        self._digest: str | None = config.digest  # the running config's text, not the file's current one
        self._last_error: str | None = None
        self._lock = asyncio.Lock()

    def _read_digest(self) -> str | None:
        try:
            return hashlib.sha256(self.path.read_bytes()).hexdigest()
        except OSError:
            return None

    def _stamp(self) -> tuple[int, int, int] | None:
        """Size, modification time and inode: a file whose stamp is unchanged is not read again."""
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_size, st.st_mtime_ns, st.st_ino

    async def run(self) -> None:
        seen: tuple[int, int, int] | None = None  # the first tick always compares the content
        while True:
            await asyncio.sleep(self.interval)  # a polling period, not a wait for a test condition
            stamp = self._stamp()
            if stamp is None or stamp == seen:
                continue  # a 100 MB config is not hashed every second for nothing
            seen = stamp
            digest = await asyncio.to_thread(self._read_digest)
            if digest is not None and digest != self._digest:
                await self.check()

    async def check(self, *, force: bool = False) -> bool:
        """Load the file; apply it if valid. Returns True when a new config was applied."""
        async with self._lock:
            digest = await asyncio.to_thread(self._read_digest)
            if digest is None or (digest == self._digest and not force):
                return False
            try:
                config = await asyncio.to_thread(load_config, self.path)
            except ConfigError as exc:
                self._digest = digest
                log.error("config edit rejected, keeping the running config: %s", exc)
                if str(exc) != self._last_error:
                    self._last_error = str(exc)
                    await self.report(exc)
                return False
            self._digest = config.digest
            self._last_error = None
            await self.apply(config)
            log.info("config reloaded from %s", self.path)
            return True


RESTART_KEYS = ("telegram.token", "telegram.api_base_url", "storage.path", "storage.url")


def keep_restart_keys(old: Config, new: Config) -> tuple[Config, list[str]]:
    """`new` with the values only a restart can change taken from `old`, and which of those keys differed."""
    changed = [key for key in RESTART_KEYS if _get(old, key) != _get(new, key)]
    telegram = replace(new.telegram, token=old.telegram.token, api_base_url=old.telegram.api_base_url)
    storage = replace(new.storage, path=old.storage.path, url=old.storage.url)
    return replace(new, telegram=telegram, storage=storage), changed


def _get(config: Config, dotted: str) -> object:
    section, key = dotted.split(".")
    return getattr(getattr(config, section), key)
