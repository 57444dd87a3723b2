"""A feed that moved for good (HTTP 301/308): rewrite its address in the config file, and say so."""

from __future__ import annotations

import asyncio
import logging

from watchers.items import FeedSpec

from . import config_edit
from .config import Config, ConfigError

log = logging.getLogger(__name__)


async def follow_move(config: Config, spec: FeedSpec, new_url: str) -> tuple[bool, str]:
    """Edit the config file when the feed is one of its own; returns (edited, the admins' notice)."""
    updated = False
    if config.path and spec.url in {f.url for f in config.feeds}:
        try:
            updated = await asyncio.to_thread(config_edit.replace_feed_url, config.path, spec.url, new_url)
        except (ConfigError, OSError) as exc:
            log.warning("could not update %s in the config: %s", spec.url, exc)
    log.warning("feed %s moved permanently to %s%s", spec.url, new_url,
                "; config updated" if updated else "; please update the config")
    return updated, (f"ℹ️ Feed {spec.url} moved permanently to {new_url}; "
                     + ("the config file was updated." if updated else "please update the config."))
