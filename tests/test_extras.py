"""Without an extra installed, its feature says how to enable it: /trend answers, PostgreSQL stops the start."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from test_e2e import TOKEN, Running, write_config

from bot import cli
from bot.config import load_config
from bot.extras import CHARTS, POSTGRES, missing
from bot.store import StoreError, make_store
from bot.trend import ChartsMissingError, render_png
from support.fake_bot_api import FakeBotApi
from support.feed_server import FeedServer, rss
from support.wait import wait_until

USER = 111  # a chat of write_config's chat_ids


def without(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    """Make `import module` fail as if it were not installed (None in sys.modules is what Python does)."""
    for name in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)


def test_an_installed_extra_is_found_and_a_missing_one_says_how_to_install_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert missing(CHARTS) is None and missing(POSTGRES) is None  # the test extra installs both
    without(monkeypatch, "matplotlib")
    assert missing(CHARTS) == "Charts (/trend) need the charts extra: pip install 'newsbot[charts]'"


def test_a_chart_without_matplotlib_raises_the_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    without(monkeypatch, "matplotlib")
    with pytest.raises(ChartsMissingError, match=r"pip install 'newsbot\[charts\]'"):
        render_png([date(2025, 1, 1)], {"deepseek": [1]}, {})


async def test_trend_without_the_charts_extra_answers_how_to_enable_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        feeds.set_feed("/f.xml", rss([]))
        cfg = write_config(tmp_path, feeds, api, ["/f.xml"])
        async with Running(cfg) as service:
            await wait_until(service.telegram.ready.is_set, timeout=10)
            without(monkeypatch, "matplotlib")
            api.push_message(USER, "/trend 7", from_id=USER)
            reply = await api.wait_for_message(USER, lambda m: "charts extra" in m.rendered, timeout=10)
        assert "pip install 'newsbot[charts]'" in reply.rendered
        assert not api.photos and "Something went wrong" not in reply.rendered


PG_CONFIG = '[storage]\nurl = "postgresql://newsbot:s3cret@127.0.0.1:9/newsbot"\n'


@pytest.mark.parametrize("command", ["check", "run", "once"])
def test_a_postgresql_config_without_the_postgres_extra_is_refused_naming_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: str) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(PG_CONFIG)
    monkeypatch.delenv("NEWSBOT_STORAGE_URL", raising=False)
    without(monkeypatch, "asyncpg")
    assert cli.main([command, "--config", str(cfg)]) == cli.EXIT_CONFIG
    err = capsys.readouterr().err
    assert "storage.url" in err and "pip install 'newsbot[postgres]'" in err
    assert "Traceback" not in err and "s3cret" not in err


def test_the_store_factory_names_the_extra_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(PG_CONFIG)
    storage = load_config(cfg, env={}).storage
    without(monkeypatch, "bot.store.pg")
    without(monkeypatch, "asyncpg")
    monkeypatch.delitem(sys.modules, "bot.store.pg")  # importable again, and then asyncpg is missing
    with pytest.raises(StoreError, match=r"newsbot\[postgres\]") as raised:
        make_store(storage)
    assert "s3cret" not in str(raised.value)
