"""Logs: tokens never printed, Telegram's bad-gateway pages are one warning, JSON lines on request."""

from __future__ import annotations

import json
import logging

import pytest
from telegram import Bot

from bot.logs import setup_logging
from support.fake_bot_api import FakeBotApi

TOKEN = "424242:SECRET-abcdefghijklmnopqrstuvwxyz"


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_tokens_are_redacted_from_messages_and_tracebacks(capsys, restore_logging) -> None:
    setup_logging("DEBUG", "text", secrets=(TOKEN,))
    log = logging.getLogger("newsbot.test")
    log.info("calling https://api.telegram.org/bot%s/getMe", TOKEN)
    try:
        raise RuntimeError(f"failed at /bot{TOKEN}/sendMessage")
    except RuntimeError:
        log.exception("boom 123456789:AAabcdefghijklmnopqrstuvwxyz0123")
    err = capsys.readouterr().err
    assert "SECRET" not in err and "AAabcdefghij" not in err
    assert err.count("[REDACTED]") >= 3 and "RuntimeError" in err


def test_json_lines(capsys, restore_logging) -> None:
    setup_logging("INFO", "json")
    logging.getLogger("newsbot.test").warning("feed=%s failed", "https://ex.org/f")
    line = capsys.readouterr().err.strip().splitlines()[-1]
    entry = json.loads(line)
    assert entry["level"] == "WARNING" and entry["message"] == "feed=https://ex.org/f failed"


async def test_a_bad_gateway_page_is_one_warning_without_traceback(capsys, restore_logging) -> None:
    setup_logging("INFO", "text", secrets=(TOKEN,))
    async with FakeBotApi(token=TOKEN) as api, Bot(TOKEN, base_url=api.base_url) as bot:
        api.fail_next("sendMessage", "server_error", status=502)
        with pytest.raises(Exception):  # noqa: B017, PT011 - any failure will do: the test is about what is logged
            await bot.send_message(42, "hi")
    err = capsys.readouterr().err
    assert "bad gateway" in err and "ERROR" not in err and "Traceback" not in err


def test_ptb_failing_to_confirm_updates_at_shutdown_is_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    from bot.logs import quiet_ptb_shutdown
    quiet_ptb_shutdown()
    quiet_ptb_shutdown()  # idempotent
    updater = logging.getLogger("telegram.ext.Updater")
    assert sum(type(f).__name__ == "ShutdownUpdatesFilter" for f in updater.filters) == 1
    with caplog.at_level(logging.DEBUG):
        try:
            raise RuntimeError("Conflict: terminated by other getUpdates request")
        except RuntimeError:
            updater.error("Error while calling `get_updates` one more time to mark all fetched updates. "
                          "Suppressing error to ensure graceful shutdown.", exc_info=True)
        updater.error("Network Retry Loop (Polling Updates): Failed run number 3")
    first, second = caplog.records[-2:]
    assert first.levelno == logging.WARNING and first.exc_info is None and "next start" in first.getMessage()
    assert second.levelno == logging.ERROR  # other updater errors stay errors
