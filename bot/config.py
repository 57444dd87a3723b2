"""TOML -> one frozen, validated Config. Every error names the key and, where it can, the line."""

from __future__ import annotations

import hashlib
import ipaddress
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from watchers.items import FeedSpec

from .routing import ChatRoute, parse_hhmm
from .watchlist import BUNDLED, Watchlist, WatchlistError, load_watchlist

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"


class ConfigError(ValueError):
    """A config problem a human can fix: where it is and what is wrong."""

    def __init__(self, message: str, *, key: str = "", line: int | None = None, path: Path | None = None):
        self.key, self.line, self.path, self.message = key, line, path, message
        where = str(path) if path else "config"
        if line:
            where += f", line {line}"
        super().__init__(f"{where}: {key + ': ' if key else ''}{message}")


@dataclass(frozen=True)
class TelegramConfig:
    token: str | None = field(default=None, repr=False)  # a secret: never in a repr, a log line or an error
    chat_ids: tuple[int, ...] = ()
    admin_ids: tuple[int, ...] = ()
    api_base_url: str = DEFAULT_API_BASE_URL
    link_preview: bool = False
    request_timeout: float = 20.0
    allow_private_feed_urls: bool = False  # /add_feed may name loopback/private hosts (tests, intranets)


@dataclass(frozen=True)
class StorageConfig:
    path: Path = Path("newsbot.sqlite3")
    retention_days: float = 30.0
    url: str = field(default="", repr=False)  # postgresql://user:password@host/db (a secret); "" = SQLite


@dataclass(frozen=True)
class PollingConfig:
    interval: float = 300.0
    min_interval: float = 60.0
    max_interval: float = 6 * 3600.0
    timeout: float = 20.0
    max_concurrency: int = 20
    per_host: int = 4
    host_gap: float = 0.1  # seconds between request starts to one host (politeness)
    max_bytes: int = 5 * 1024 * 1024
    backfill_hours: float = 24.0
    jitter: float = 0.1
    retry_base: float = 30.0
    retry_max: float = 3600.0
    report_failing_after_hours: float = 6.0  # tell the admins once when a feed fails this long
    max_alerts_per_poll: int = 10  # a burst of older news beyond this becomes one summary message
    adaptive: bool = True  # poll a busy feed faster than interval, down to min_interval, at its own pace
    stretch_quiet_feeds: bool = False  # opt-in: let adaptive polling also slow a quiet feed, up to max_interval


@dataclass(frozen=True)
class SearchConfig:
    enabled: bool = False
    languages: tuple[str, ...] = ("en", "zh", "hi")
    interval: float = 600.0


@dataclass(frozen=True)
class HttpConfig:
    listen: str = "127.0.0.1:8787"

    @property
    def host_port(self) -> tuple[str, int] | None:
        if not self.listen:
            return None
        host, _, port = self.listen.rpartition(":")
        return host.strip("[]") or "127.0.0.1", int(port)


@dataclass(frozen=True)
class WebSubConfig:
    """Push instead of poll for feeds whose hub offers it; off until a public callback URL is set."""

    callback_url: str = ""  # public URL that reaches this server's /websub path (via [http] listen)
    lease_seconds: int = 10 * 86400  # asked of the hub; hubs may grant less, renewal comes before expiry
    poll_interval: float = 3600.0  # a pushed feed is still polled this often, in case a push is lost
    verify_timeout: float = 600.0  # a hub that has not verified intent by then has failed


@dataclass(frozen=True)
class ConfigWarning:
    """Valid, but probably not what was meant: said by `check`, at start and in /status."""

    key: str  # what it is about: "entities.file" (the watchlist), "feeds"
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Config:
    path: Path | None
    telegram: TelegramConfig
    storage: StorageConfig
    polling: PollingConfig
    search: SearchConfig
    http: HttpConfig
    websub: WebSubConfig
    entities_file: Path | None
    feeds: tuple[FeedSpec, ...]
    watchlist: Watchlist = field(repr=False, compare=False)
    chats: tuple[ChatRoute, ...] = ()  # [[chats]]: routing, threads, quiet hours per chat
    digest: str = ""  # sha256 of the text it was parsed from: what the reload watcher compares against
    warnings: tuple[ConfigWarning, ...] = ()

    @property
    def routes(self) -> tuple[ChatRoute, ...]:
        """Every chat that receives alerts: `chat_ids` plus the `[[chats]]` entries (which win)."""
        listed = {c.chat_id: c for c in self.chats}
        plain = tuple(ChatRoute(c) for c in self.telegram.chat_ids if c not in listed)
        return plain + self.chats


_SECTIONS: dict[str, type] = {
    "telegram": TelegramConfig,
    "storage": StorageConfig,
    "polling": PollingConfig,
    "search": SearchConfig,
    "http": HttpConfig,
    "websub": WebSubConfig,
}
_TOP_KEYS = set(_SECTIONS) | {"entities", "feeds", "chats"}
_FEED_KEYS = {"url", "name", "interval", "topics"}
_CHAT_KEYS = {"id", "topics", "threads", "quiet_hours", "timezone"}


class _Source:
    """The config text, for turning a key path into a line number."""

    def __init__(self, text: str, path: Path | None):
        self.lines = text.splitlines()
        self.path = path

    def line_of(self, section: str, key: str | None = None, index: int | None = None) -> int | None:
        header = re.compile(rf"^\s*\[\[?\s*{re.escape(section)}\s*\]\]?\s*(#.*)?$")
        starts = [i for i, ln in enumerate(self.lines) if header.match(ln)]
        if index is not None:
            starts = starts[index:index + 1]
        if not starts:
            return None
        start = starts[0]
        if key is None:
            return start + 1
        key_re = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for i in range(start + 1, len(self.lines)):
            if re.match(r"^\s*\[", self.lines[i]):
                break
            if key_re.match(self.lines[i]):
                return i + 1
        return start + 1

    def error(self, message: str, section: str, key: str | None = None, index: int | None = None) -> ConfigError:
        dotted = section + (f"[{index}]" if index is not None else "") + (f".{key}" if key else "")
        return ConfigError(message, key=dotted, line=self.line_of(section, key, index), path=self.path)


def load_config(path: Path | str, env: Mapping[str, str] | None = None) -> Config:
    """Read and validate a config file; raise ConfigError naming the key and line."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")  # no newline translation: the digest is of the bytes
    except OSError as exc:
        raise ConfigError(f"cannot read config file: {exc.strerror or exc}", path=path) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"config file is not UTF-8: {exc}", path=path) from exc
    return parse_config(text, path=path, env=os.environ if env is None else env)


def parse_config(text: str, *, path: Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()  # of the file as written (the reload watcher's)
    text = text.removeprefix("\ufeff")  # a byte order mark some Windows editors write: not TOML, but harmless
    src = _Source(text, path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ConfigError(f"invalid TOML: {exc}", line=int(m.group(1)) if m else None, path=path) from exc
    except RecursionError as exc:  # "x = [[[[...]]]]" thousands deep: tomllib recurses per level
        raise ConfigError("invalid TOML: values nested too deeply", path=path) from exc
    base = path.resolve().parent if path else Path.cwd()
    env = env or {}

    for key in data:
        if key not in _TOP_KEYS:
            raise ConfigError(f"unknown section or key (known: {', '.join(sorted(_TOP_KEYS))})",
                              key=key, line=src.line_of(key) or _line_of_top_key(src, key), path=path)
    sections = {name: _section(src, data, name, cls) for name, cls in _SECTIONS.items()}
    telegram: TelegramConfig = sections["telegram"]
    token = telegram.token or env.get("TELEGRAM_BOT_TOKEN") or None
    if token is not None and not re.fullmatch(r"\d+:[A-Za-z0-9_-]{20,}", token.strip()):
        if not telegram.token:  # it came from the environment, not from the file
            raise ConfigError("the TELEGRAM_BOT_TOKEN environment variable does not look like a bot token "
                              "(expected '123456:ABC...')", path=path)
        raise src.error("does not look like a bot token (expected '123456:ABC...')", "telegram", "token")
    telegram = replace(telegram, token=token.strip() if token else None)
    if not _is_http_url(telegram.api_base_url):
        raise src.error("must be an http(s) URL", "telegram", "api_base_url")
    storage: StorageConfig = sections["storage"]
    data_dir = env.get("NEWSBOT_DATA_DIR")  # the container's /data: state is not kept beside a read-only config
    storage = replace(storage, path=_resolve(Path(data_dir) if data_dir else base, storage.path),
                      url=(storage.url or env.get("NEWSBOT_STORAGE_URL") or "").strip())
    if storage.url and not re.match(r"postgres(ql)?://[^/?#]", storage.url):
        raise src.error("must be a postgresql://user:password@host[:port]/database URL (or empty for SQLite)",
                        "storage", "url")
    polling: PollingConfig = sections["polling"]
    raw_polling = data.get("polling")
    _check_polling(src, polling, raw_polling if isinstance(raw_polling, Mapping) else {})
    http: HttpConfig = sections["http"]
    _check_listen(src, http.listen)
    search: SearchConfig = sections["search"]
    websub: WebSubConfig = sections["websub"]
    if websub.callback_url:
        if not _is_http_url(websub.callback_url):
            raise src.error("must be an http(s) URL that reaches this server's /websub path", "websub",
                            "callback_url")
        if not http.listen:
            raise src.error("needs [http] listen: the hub calls back through that server", "websub",
                            "callback_url")

    entities_file = _entities_file(src, data.get("entities"), base)
    try:
        watchlist = load_watchlist(entities_file)
    except WatchlistError as exc:
        raise ConfigError(f"entities file invalid: {exc}", key="entities.file",
                          line=src.line_of("entities", "file"), path=path) from exc
    feeds = _feeds(src, data.get("feeds", []), polling, set(watchlist.topic_ids))
    chats = _chats(src, data.get("chats", []), set(watchlist.topic_ids))
    warnings = tuple(w for w in (_replaced_watchlist(entities_file, watchlist), _idle(path, feeds, search)) if w)
    return Config(chats=chats, path=path.resolve() if path else None, telegram=telegram, storage=storage,
                  polling=polling, search=search, http=http, websub=websub, entities_file=entities_file, feeds=feeds,
                  watchlist=watchlist,
                  digest=digest, warnings=warnings)


def _replaced_watchlist(entities_file: Path | None, watchlist: Watchlist) -> ConfigWarning | None:
    """A watchlist file without `extends = "bundled"` replaces the bundled one: say which of its topics that
    drops, since a user adding one topic rarely means to stop watching the others."""
    if entities_file is None:
        return None
    try:
        bundled = load_watchlist(None).topic_ids
    except WatchlistError:  # a broken install: the bundled file's own error shows where it is used
        return None
    dropped = [t for t in bundled if t not in watchlist.topic_ids]
    if not dropped:
        return None
    return ConfigWarning("entities.file", f"[entities] file {entities_file} replaces the bundled watchlist (it has"
                         f" no extends = \"{BUNDLED}\"): the bundled topics {', '.join(dropped)} are NOT watched."
                         f" Put extends = \"{BUNDLED}\" at the top of that file to add to them instead")


def _idle(path: Path | None, feeds: tuple[FeedSpec, ...], search: SearchConfig) -> ConfigWarning | None:
    """Valid, yet nothing would ever be polled: the daemon would sit idle without a word."""
    if feeds or search.enabled:
        return None
    return ConfigWarning("feeds", f"{path or 'config'}: no feeds ([[feeds]] is empty) and [search] enabled = false:"
                         " nothing will be polled and no alert can come. Add [[feeds]] entries (or `newsbot"
                         " import-opml`, or /add_feed in Telegram), or set [search] enabled = true")


def _line_of_top_key(src: _Source, key: str) -> int | None:
    for i, ln in enumerate(src.lines):
        if re.match(rf"^\s*{re.escape(key)}\s*=", ln):
            return i + 1
    return None


def _section(src: _Source, data: dict[str, Any], name: str, cls: type) -> Any:
    raw = data.get(name, {})
    if not isinstance(raw, dict):
        raise src.error("must be a table", name)
    defaults = cls()
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if not hasattr(defaults, key) or key.startswith("_"):
            known = ", ".join(f.name for f in fields(cls))
            raise src.error(f"unknown key (known: {known})", name, key)
        values[key] = _coerce(src, name, key, value, getattr(defaults, key))
    return cls(**values)


SECRET_KEYS = frozenset({("telegram", "token"), ("storage", "url"), ("websub", "secret")})  # never echoed


def _coerce(src: _Source, section: str, key: str, value: Any, default: Any) -> Any:
    def bad(expected: str) -> ConfigError:
        shown = "(value hidden: a secret)" if (section, key) in SECRET_KEYS else repr(value)
        return src.error(f"expected {expected}, got {type(value).__name__} {shown}", section, key)

    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if isinstance(default, int) and not isinstance(default, bool):
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad("an integer")
        if value <= 0:
            raise src.error("must be positive", section, key)
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad("a number")
        if value < 0:
            raise src.error("must not be negative", section, key)
        return float(value)
    if isinstance(default, tuple):
        if not isinstance(value, list):
            raise bad("a list")
        kind = int if key.endswith("_ids") else str
        for v in value:
            if isinstance(v, bool) or not isinstance(v, kind):
                raise src.error(f"every entry must be {'an integer' if kind is int else 'a string'}, "
                                f"got {v!r}", section, key)
        return tuple(value)
    if isinstance(default, Path):
        if not isinstance(value, str) or not value.strip():
            raise bad("a path string")
        return Path(value)
    if default is None or isinstance(default, str):
        if not isinstance(value, str):
            raise bad("a string")
        return value
    raise bad(type(default).__name__)


def _check_polling(src: _Source, p: PollingConfig, written: Mapping[str, Any]) -> None:
    """`written`: the [polling] table as the file gives it, to blame a key the user set."""
    if p.min_interval < 1:
        raise src.error("must be at least 1 second", "polling", "min_interval")
    if p.interval < p.min_interval:  # blame the key the file sets: min_interval when both are (or neither)
        if "interval" in written and "min_interval" not in written:
            raise src.error(f"must be >= min_interval ({p.min_interval:g})", "polling", "interval")
        raise src.error(f"must be <= interval ({p.interval:g})", "polling", "min_interval")
    if p.max_interval < p.interval:
        raise src.error(f"must be >= interval ({p.interval:g})", "polling", "max_interval")
    if p.timeout <= 0:
        raise src.error("must be positive", "polling", "timeout")
    if p.max_bytes < 1024:
        raise src.error("must be at least 1024 bytes", "polling", "max_bytes")
    if not 0 <= p.jitter < 1:
        raise src.error("must be between 0 and 1", "polling", "jitter")


def _check_listen(src: _Source, listen: str) -> None:
    if not listen:
        return
    host, sep, port = listen.rpartition(":")
    ok = bool(sep) and port.isdigit() and 0 <= int(port) <= 65535
    if ok and host:
        try:
            ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            ok = host == "localhost"
    if not ok:
        raise src.error("expected 'HOST:PORT' such as '127.0.0.1:8787' (or '' to disable)", "http", "listen")


def _entities_file(src: _Source, raw: Any, base: Path) -> Path | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise src.error("must be a table", "entities")
    for key in raw:
        if key != "file":
            raise src.error("unknown key (known: file)", "entities", key)
    value = raw.get("file")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise src.error("expected a path string", "entities", "file")
    path = _resolve(base, Path(value))
    if not path.is_file():
        raise src.error(f"file not found: {path}", "entities", "file")
    return path


def _feeds(src: _Source, raw: Any, polling: PollingConfig, topic_ids: set[str]) -> tuple[FeedSpec, ...]:
    if not isinstance(raw, list):
        raise src.error("must be an array of tables ([[feeds]])", "feeds")
    specs: list[FeedSpec] = []
    seen: set[str] = set()
    for i, entry in enumerate(raw):
        if not isinstance(entry, dict):
            raise src.error("must be a table", "feeds", index=i)
        for key in entry:
            if key not in _FEED_KEYS:
                raise src.error(f"unknown key (known: {', '.join(sorted(_FEED_KEYS))})", "feeds", key, i)
        url = entry.get("url")
        if not isinstance(url, str) or not _is_http_url(url.strip()):
            raise src.error("required, and must be an http(s) URL with a host", "feeds", "url", i)
        url = url.strip()
        if url in seen:
            raise src.error(f"duplicate feed {url}", "feeds", "url", i)
        seen.add(url)
        name = entry.get("name", "")
        if not isinstance(name, str):
            raise src.error("expected a string", "feeds", "name", i)
        interval = entry.get("interval", polling.interval)
        if isinstance(interval, bool) or not isinstance(interval, (int, float)):
            raise src.error("expected a number of seconds", "feeds", "interval", i)
        if interval < polling.min_interval:
            raise src.error(f"must be >= polling.min_interval ({polling.min_interval:g})", "feeds", "interval", i)
        topics = entry.get("topics")
        if topics is not None:
            if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
                raise src.error("expected a list of topic ids", "feeds", "topics", i)
            unknown = [t for t in topics if t not in topic_ids]
            if unknown:
                raise src.error(f"unknown topic {unknown[0]!r} (known: {', '.join(sorted(topic_ids))})",
                                "feeds", "topics", i)
            topics = tuple(topics)
        specs.append(FeedSpec(url=url, name=name or urlsplit(url).hostname or url,
                              interval=float(interval), topics=topics))
    return tuple(specs)


def _chats(src: _Source, raw: Any, topic_ids: set[str]) -> tuple[ChatRoute, ...]:
    if not isinstance(raw, list):
        raise src.error("must be an array of tables ([[chats]])", "chats")
    out: list[ChatRoute] = []
    for i, entry in enumerate(raw):
        if not isinstance(entry, dict):
            raise src.error("must be a table", "chats", index=i)
        for key in entry:
            if key not in _CHAT_KEYS:
                raise src.error(f"unknown key (known: {', '.join(sorted(_CHAT_KEYS))})", "chats", key, i)
        chat_id = entry.get("id")
        if isinstance(chat_id, bool) or not isinstance(chat_id, int):
            raise src.error("required: the chat's numeric id", "chats", "id", i)
        if any(c.chat_id == chat_id for c in out):
            raise src.error(f"chat {chat_id} is listed twice", "chats", "id", i)
        topics = entry.get("topics")
        if topics is not None:
            if not isinstance(topics, list) or not all(isinstance(t, str) and t in topic_ids for t in topics):
                raise src.error(f"expected a list of topic ids ({', '.join(sorted(topic_ids))})", "chats", "topics", i)
            topics = frozenset(topics)
        threads = entry.get("threads", {})
        unknown = sorted(t for t in threads if t not in topic_ids) if isinstance(threads, dict) else []
        if unknown:
            raise src.error(f"unknown topic {', '.join(map(repr, unknown))} (topics: {', '.join(sorted(topic_ids))})",
                            "chats", "threads", i)
        if not isinstance(threads, dict) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in threads.values()):
            raise src.error("expected a table of topic id = message thread id, e.g. { deepseek = 12 }",
                            "chats", "threads", i)
        quiet = entry.get("quiet_hours")
        if quiet is not None:
            try:
                start, _, end = str(quiet).partition("-")
                quiet = (parse_hhmm(start), parse_hhmm(end))
            except ValueError:
                raise src.error("expected 'HH:MM-HH:MM', e.g. '23:00-07:00'", "chats", "quiet_hours", i) from None
        tz = entry.get("timezone", "UTC")
        try:
            if not isinstance(tz, str) or (tz.upper() != "UTC" and not ZoneInfo(tz)):
                raise ZoneInfoNotFoundError(tz)
        except (ValueError, ZoneInfoNotFoundError):
            raise src.error(f"unknown time zone {tz!r} (use an IANA name like 'Asia/Kolkata')", "chats",
                            "timezone", i) from None
        out.append(ChatRoute(chat_id=chat_id, topics=topics, threads=dict(threads), quiet_hours=quiet, timezone=tz))
    return tuple(out)


def _is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _resolve(base: Path, path: Path) -> Path:
    path = path.expanduser()
    return path if path.is_absolute() else (base / path)
