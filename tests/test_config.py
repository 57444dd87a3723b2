"""Config: defaults, every key validated, errors that name the key and the line."""

from pathlib import Path

import pytest

from bot.config import ConfigError, SearchConfig, load_config, parse_config

VALID = """
[telegram]
token = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ"
chat_ids = [1, -1002]
admin_ids = [1]

[storage]
path = "state/bot.sqlite3"

[polling]
interval = 120
min_interval = 1
backfill_hours = 0

[[feeds]]
url = "http://127.0.0.1:9/a.xml"
name = "A"
topics = ["deepseek"]

[[feeds]]
url = "https://example.org/b.xml"
interval = 30
"""


def test_a_valid_file_loads_with_defaults_and_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text(VALID)
    cfg = load_config(tmp_path / "c.toml", env={})
    assert cfg.telegram.chat_ids == (1, -1002)
    assert cfg.storage.path == tmp_path / "state" / "bot.sqlite3"
    assert cfg.polling.interval == 120 and cfg.polling.timeout == 20.0
    assert cfg.polling.backfill_hours == 0
    assert [f.url for f in cfg.feeds] == ["http://127.0.0.1:9/a.xml", "https://example.org/b.xml"]
    assert cfg.feeds[0].topics == ("deepseek",) and cfg.feeds[0].interval == 120
    assert cfg.feeds[1].interval == 30 and cfg.feeds[1].name == "example.org"
    assert {"xiaomi_ai", "luo_fuli", "deepseek"} <= set(cfg.watchlist.topic_ids)


def test_the_token_may_come_from_the_environment(tmp_path: Path) -> None:
    cfg = parse_config("[telegram]\nchat_ids = [5]\n", path=tmp_path / "c.toml",
                       env={"TELEGRAM_BOT_TOKEN": "42:abcdefghijklmnopqrstuvwxyz"})
    assert cfg.telegram.token == "42:abcdefghijklmnopqrstuvwxyz"
    assert parse_config("", path=tmp_path / "c.toml", env={}).telegram.token is None


@pytest.mark.parametrize(("text", "key", "line"), [
    ('[polling]\ninterval = "fast"\n', "polling.interval", 2),
    ("[polling]\n\nmin_interval = 0\n", "polling.min_interval", 3),
    ("[polling]\nmin_interval = 600\n", "polling.min_interval", 2),  # the key that was set, not interval
    ("[polling]\ninterval = 30\n", "polling.interval", 2),  # below the default min_interval
    ("[polling]\ninterval = 30\nmin_interval = 60\n", "polling.min_interval", 3),
    ("[telegram]\nchat_ids = [1, 'x']\n", "telegram.chat_ids", 2),
    ("[telegram]\ncolour = 1\n", "telegram.colour", 2),
    ("nonsense = 1\n", "nonsense", 1),
    ('[[feeds]]\nurl = "https://a.example/x"\n\n[[feeds]]\nurl = "ftp://b.example/y"\n', "feeds[1].url", 5),
    ('[[feeds]]\nurl = "https://a.example/x"\ntopics = ["nope"]\n', "feeds[0].topics", 3),
    ('[[feeds]]\nurl = "https://a.example/x"\nintervall = 5\n', "feeds[0].intervall", 3),
    ('[[feeds]]\nurl = "https://a.example/x"\n[[feeds]]\nurl = "https://a.example/x"\n', "feeds[1].url", 4),
    ('[http]\nlisten = "everywhere"\n', "http.listen", 2),
    ('[telegram]\ntoken = "not a token"\n', "telegram.token", 2),
])
def test_invalid_values_name_the_key_and_line(tmp_path: Path, text: str, key: str, line: int) -> None:
    with pytest.raises(ConfigError) as err:
        parse_config(text, path=tmp_path / "c.toml", env={})
    assert err.value.key == key
    assert err.value.line == line
    assert key in str(err.value) and f"line {line}" in str(err.value)


def test_broken_toml_reports_its_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        parse_config("[polling]\ninterval = 5\n[[feeds]\n", path=tmp_path / "c.toml", env={})
    assert err.value.line == 3
    assert "invalid TOML" in str(err.value)


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "absent.toml")


def test_the_example_config_is_valid() -> None:
    cfg = load_config(Path(__file__).resolve().parents[1] / "config.example.toml", env={})
    assert len(cfg.feeds) >= 10
    assert cfg.warnings == ()


def test_config_reprs_never_show_secrets() -> None:
    token, password = "123456:SECRET-token-abcdefghijklmnop", "pg-secret-pw"
    config = parse_config(f'[telegram]\ntoken = "{token}"\n[storage]\nurl = "postgresql://u:{password}@db/x"\n')
    shown = repr(config) + repr(config.telegram) + repr(config.storage) + str(config)
    assert token not in shown and "SECRET" not in shown
    assert password not in shown
    assert config.telegram.token == token  # still there for the parts that need it


def test_a_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_bytes("\ufeff[polling]\ninterval = 120\n".encode())
    assert load_config(path, env={}).polling.interval == 120


def test_a_bad_token_from_the_environment_is_blamed_on_the_environment(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        parse_config("[telegram]\nchat_ids = [1]\n", path=tmp_path / "c.toml", env={"TELEGRAM_BOT_TOKEN": "nope"})
    assert "TELEGRAM_BOT_TOKEN environment variable" in str(err.value)
    assert err.value.key != "telegram.token" and err.value.line is None


def test_threads_for_an_unknown_topic_name_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        parse_config("[[chats]]\nid = 5\nthreads = { deepsek = 3 }\n", path=tmp_path / "c.toml", env={})
    assert err.value.key == "chats[0].threads" and "'deepsek'" in str(err.value) and "deepseek" in str(err.value)


def test_relative_state_paths_resolve_against_the_data_dir_when_one_is_given(tmp_path: Path) -> None:
    cfg = parse_config("", path=tmp_path / "conf" / "c.toml", env={"NEWSBOT_DATA_DIR": "/data"})
    assert cfg.storage.path == Path("/data/newsbot.sqlite3")
    assert parse_config("", path=tmp_path / "c.toml", env={}).storage.path == tmp_path / "newsbot.sqlite3"
    absolute = parse_config('[storage]\npath = "/srv/x.sqlite3"\n', path=tmp_path / "c.toml",
                            env={"NEWSBOT_DATA_DIR": "/data"})
    assert absolute.storage.path == Path("/srv/x.sqlite3")


@pytest.mark.parametrize(("text", "secret"), [
    ('[telegram]\ntoken = ["123456:SECRETSECRETSECRETSECRETSECRET"]\n', "SECRETSECRET"),
    ('[storage]\nurl = ["postgresql://u:hunter2@db/x"]\n', "hunter2"),
])
def test_a_mistyped_secret_is_never_echoed(tmp_path: Path, text: str, secret: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_config(text, path=tmp_path / "c.toml", env={})
    assert secret not in str(err.value) and "hidden" in str(err.value)


def test_a_deeply_nested_value_is_a_clean_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="nested too deeply"):
        parse_config("x = " + "[" * 5000 + "]" * 5000 + "\n", path=tmp_path / "c.toml", env={})


async def test_an_unchanged_config_file_is_not_read_again_and_a_bom_is_no_change(tmp_path: Path) -> None:
    import asyncio

    from bot.reload import ConfigWatcher
    from support.wait import wait_until

    path = tmp_path / "c.toml"
    path.write_bytes("\ufeff[polling]\ninterval = 120\n".encode())
    applied: list[object] = []

    async def apply(config: object) -> None:
        applied.append(config)

    async def report(error: object) -> None:
        applied.append(error)

    watcher = ConfigWatcher(load_config(path, env={}), apply=apply, report=report, interval=0.005)
    stamps, reads = [0], [0]
    stamp, read = watcher._stamp, watcher._read_digest
    watcher._stamp = lambda: (stamps.__setitem__(0, stamps[0] + 1), stamp())[1]  # type: ignore[method-assign]
    watcher._read_digest = lambda: (reads.__setitem__(0, reads[0] + 1), read())[1]  # type: ignore[method-assign]
    task = asyncio.create_task(watcher.run())
    try:
        await wait_until(lambda: stamps[0] >= 20, timeout=5)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert reads[0] == 1  # read once (the first tick), then only stat'ed
    assert applied == []  # the BOM is part of the running config's digest: no reload loop


MINE = ('[[entities]]\nid = "moonshot"\nname = "Moonshot AI"\nkind = "company"\naliases = ["Moonshot AI"]\n\n'
        '[[topics]]\nid = "moonshot"\nname = "Moonshot AI"\n[[topics.rules]]\nany_of = ["moonshot"]\n')


def test_a_watchlist_without_extends_warns_that_the_bundled_topics_are_not_watched(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(MINE)
    (tmp_path / "config.toml").write_text('[entities]\nfile = "mine.toml"\n[[feeds]]\nurl = "https://a.example/f"\n')
    config = load_config(tmp_path / "config.toml", env={})
    (warning,) = map(str, config.warnings)
    assert str(tmp_path / "mine.toml") in warning and 'extends = "bundled"' in warning
    assert "xiaomi_ai" in warning and "luo_fuli" in warning and "deepseek" in warning and "NOT watched" in warning
    (tmp_path / "mine.toml").write_text('extends = "bundled"\n' + MINE)
    assert load_config(tmp_path / "config.toml", env={}).warnings == ()


def test_a_config_that_would_poll_nothing_warns() -> None:
    (warning,) = map(str, parse_config("[telegram]\nchat_ids = [1]\n").warnings)
    assert "no feeds" in warning and "[search] enabled = false" in warning
    assert parse_config("[search]\nenabled = true\n").warnings == ()
    assert parse_config(VALID).warnings == ()


def test_the_example_config_keeps_the_documented_defaults_of_search() -> None:
    """config.example.toml is what the README runs: it may show options, but a default it sets must be the one
    the README's table gives (search was on in the example while the table said off)."""
    root = Path(__file__).resolve().parents[1]
    example = load_config(root / "config.example.toml", env={})
    assert example.search == SearchConfig()
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "| `[search] enabled` | `false` |" in readme and SearchConfig().enabled is False
