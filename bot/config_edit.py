"""Edits to the config file made by chat commands: style-preserving (tomlkit) and atomic.

The file stays the single source of truth: the bot writes the change and the reload watcher applies
it like any human edit, so the two never fight.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import tomlkit

from .config import ConfigError, parse_config


def add_feed(path: Path, url: str, name: str = "") -> None:
    if not add_feeds(path, [(url, name)]):
        raise ConfigError(f"feed already configured: {url}", key="feeds.url", path=path)


def add_feeds(path: Path, entries: list[tuple[str, str]]) -> list[str]:
    """Append feeds not configured yet, in one validated atomic write; returns the URLs added."""
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    feeds = doc.get("feeds")
    if feeds is None:
        feeds = tomlkit.aot()
        doc.append("feeds", feeds)
    known = {str(f.get("url", "")).strip() for f in feeds}
    added: list[str] = []
    for url, name in entries:
        if url in known:
            continue
        known.add(url)
        entry = tomlkit.table()
        entry.add("url", url)
        if name:
            entry.add("name", name)
        feeds.append(entry)
        added.append(url)
    if added:
        _write_validated(path, tomlkit.dumps(doc))
    return added


def remove_feed(path: Path, url: str) -> bool:
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    feeds = doc.get("feeds")
    if feeds is None:
        return False
    keep = [f for f in feeds if str(f.get("url", "")).strip() != url]
    if len(keep) == len(feeds):
        return False
    for i in reversed(range(len(feeds))):
        if str(feeds[i].get("url", "")).strip() == url:
            del feeds[i]
    _write_validated(path, tomlkit.dumps(doc))
    return True


def replace_feed_url(path: Path, old: str, new: str) -> bool:
    """Point a configured feed at its new address (after a permanent redirect), keeping its options."""
    doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    feeds = doc.get("feeds") or []
    if any(str(f.get("url", "")).strip() == new for f in feeds):
        return False
    changed = False
    for entry in feeds:
        if str(entry.get("url", "")).strip() == old:
            entry["url"] = new
            changed = True
    if changed:
        _write_validated(path, tomlkit.dumps(doc))
    return changed


def _write_validated(path: Path, text: str) -> None:
    """Refuse to write a config that would not load; replace the file atomically, keeping its mode."""
    parse_config(text, path=path, env={})
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o600
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
