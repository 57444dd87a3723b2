"""Logging set-up: readable or JSON lines on stderr, and no secret ever printed.

The bot token is part of every Bot API URL and httpx logs URLs at INFO, so httpx is quieted and
every record passes a filter that masks anything shaped like a token.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime

from watchers.urls import redact_url

TOKEN_RE = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{20,}\b")


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[REDACTED]")
    return redact_url(TOKEN_RE.sub("[REDACTED]", text))


class RedactingFilter(logging.Filter):
    def __init__(self, secrets: tuple[str, ...] = ()):
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message, self.secrets)
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info), self.secrets)
            record.exc_info = None
        if clean != message or record.args:
            record.msg, record.args = clean, None
        return True


class BadGatewayFilter(logging.Filter):
    """python-telegram-bot logs an ERROR with a traceback when Telegram's front end answers an HTML
    502/504 page; the send is retried and the sender logs a warning, so this is one line of warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("telegram.request") and record.getMessage().startswith("Can not load invalid JSON"):
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.msg, record.args, record.exc_info, record.exc_text = (
                "Telegram answered a non-JSON page (bad gateway); the request is retried", None, None, None)
        return True


class ShutdownUpdatesFilter(logging.Filter):
    """On stop, python-telegram-bot confirms the last updates with one more getUpdates; when Telegram
    still holds the cancelled long poll that call fails (409 Conflict, a timeout) and PTB logs an ERROR
    with a traceback. Nothing is lost: unconfirmed updates come again at the next start. A warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.getMessage().startswith("Error while calling `get_updates` one more time"):
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.msg, record.args, record.exc_info, record.exc_text = (
                ("Telegram: the last updates could not be confirmed at shutdown; they come again at the next "
                 "start"), None, None, None)
        return True


def quiet_ptb_shutdown() -> None:
    """Attach `ShutdownUpdatesFilter` to PTB's updater logger (a logger filter: every handler sees the
    record as rewritten, test log capture included). Idempotent."""
    logger = logging.getLogger("telegram.ext.Updater")
    if not any(isinstance(f, ShutdownUpdatesFilter) for f in logger.filters):
        logger.addFilter(ShutdownUpdatesFilter())


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
                 "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(level: str = "INFO", fmt: str = "text", secrets: tuple[str, ...] = ()) -> RedactingFilter:
    """Configure the root logger once; returns the filter so a reload can add a new token to it."""
    handler = logging.StreamHandler(sys.stderr)
    flt = RedactingFilter(secrets)
    handler.addFilter(BadGatewayFilter())
    handler.addFilter(flt)
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    for noisy in ("httpx", "httpcore", "apscheduler", "telegram.ext.Updater"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return flt
