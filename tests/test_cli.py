"""The CLI contract, through real processes: exit codes, stdout, signals, and no secret in any output."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

from support.fake_bot_api import FakeBotApi
from support.feed_server import FeedServer, rss
from support.process import DaemonProcess
from support.wait import wait_until

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "987654:SECRET-TOKEN-must-never-be-logged-xyz"


def newsbot(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], check=False, input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=120, env={**os.environ, **(env or {})})  # tests read returncode


def test_check_accepts_the_example_and_names_key_and_line_of_an_error(tmp_path: Path) -> None:
    ok = newsbot("check", "--config", str(ROOT / "config.example.toml"))
    assert ok.returncode == 0, ok.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text('[polling]\ninterval = 300\nmax_bytes = "big"\n')
    res = newsbot("check", "--config", str(bad))
    assert res.returncode == 2
    assert "polling.max_bytes" in res.stderr and "line 3" in res.stderr


def test_once_and_run_refuse_an_invalid_config_with_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[feeds]]\nurl = 'gopher://x'\n")
    for cmd in ("once", "run"):
        res = newsbot(cmd, "--config", str(bad))
        assert res.returncode == 2 and "feeds[0].url" in res.stderr and "line 2" in res.stderr


def test_match_reads_json_lines_and_writes_one_line_each() -> None:
    lines = [{"id": 1, "title": "前DeepSeek研究员罗福莉已加入小米", "summary": ""},
             {"id": "b", "title": "Xiaomi 15 Ultra review", "summary": "Great camera, long battery life."},
             {"id": 3, "title": "शाओमी का नया एआई मॉडल", "summary": "", "lang": "hi"}]
    res = newsbot("match", stdin="\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n")
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "b", 3]
    assert out[0]["topics"] == ["deepseek", "luo_fuli", "xiaomi_ai"]
    assert "罗福莉" in out[0]["terms"]
    assert out[1]["topics"] == []
    assert out[2]["topics"] == ["xiaomi_ai"]
    assert res.returncode == 1 and "line 4" in res.stderr


def now() -> str:
    return format_datetime(datetime.now(UTC))


def config(tmp_path: Path, feed_url: str, extra: str = "") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f"""{extra}
[storage]
path = "state.sqlite3"
[polling]
interval = 1
min_interval = 1
backfill_hours = 24
[http]
listen = ""
[[feeds]]
url = "{feed_url}"
""")
    return path


async def test_once_without_a_token_prints_the_alerts(tmp_path: Path) -> None:
    async with FeedServer() as feeds:
        feeds.set_feed("/f.xml", rss([{"title": "DeepSeek R2 launches today", "link": "https://ex.org/r2?utm_source=x",
                                       "pubDate": now()},
                                      {"title": "Weather is fine", "link": "https://ex.org/w", "pubDate": now()}]))
        cfg = config(tmp_path, feeds.url("/f.xml"))
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "once", "--config", str(cfg),
                                                    cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
        assert proc.returncode == 0, err.decode()
        text = out.decode()
        assert "DeepSeek R2 launches today" in text and "https://ex.org/r2" in text
        assert "utm_source" not in text and "Weather" not in text
        # a second run: the item is known, nothing is printed again
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "once", "--config", str(cfg),
                                                    cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=60)
        assert proc.returncode == 0 and "DeepSeek" not in out.decode()


async def test_run_alerts_stops_on_sigterm_within_10s_and_never_logs_the_token(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        feeds.set_feed("/f.xml", rss([{"title": "Luo Fuli joins Xiaomi to lead its AI model team",
                                       "link": "https://ex.org/luo", "pubDate": now()}]))
        cfg = config(tmp_path, feeds.url("/f.xml"),
                     extra=f'[telegram]\nchat_ids = [77]\nadmin_ids = [78]\napi_base_url = "{api.base_url}"\n')
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--config", str(cfg), "--log-level", "DEBUG", cwd=ROOT,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN})
        try:
            msg = await api.wait_for_message(77, timeout=30)
            assert "Luo Fuli" in msg.rendered
            api.push_message(77, "/status", from_id=5)
            await api.wait_for_message(77, lambda m: "status" in m.rendered, timeout=15)
            await wait_until(lambda: feeds.count("/f.xml") >= 2, timeout=15)
        finally:
            proc.send_signal(signal.SIGTERM)
            started = time.monotonic()
            out, err = await asyncio.wait_for(proc.communicate(), timeout=15)
        assert proc.returncode == 0, err.decode()[-2000:]
        assert time.monotonic() - started < 10
        everything = out.decode() + err.decode()
        assert "DEBUG" in everything  # the logs were verbose, and still:
        assert TOKEN not in everything and TOKEN.split(":")[1] not in everything


def test_demo_runs_offline_and_prints_alerts() -> None:
    res = newsbot("demo")
    assert res.returncode == 0, res.stderr
    assert res.stdout.count("🔔") >= 10
    # Chinese and English stories of the watched topics; Luo Fuli's debut and the MiMo launch she made it at are
    # one event (one alert)
    assert "🔔 Xiaomi AI\n小米发布最新MiMo大模型" in res.stdout and "DeepSeek" in res.stdout
    assert "小米天才少女罗福莉首次登场" not in res.stdout


async def test_a_second_signal_exits_at_once(tmp_path: Path) -> None:
    async with FeedServer() as feeds:
        feeds.set_feed("/f.xml", rss([]))
        cfg = config(tmp_path, feeds.url("/f.xml"))
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", "--config", str(cfg), cwd=ROOT,
                                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        await wait_until(lambda: feeds.count("/f.xml") >= 1, timeout=20)
        proc.send_signal(signal.SIGINT)
        proc.send_signal(signal.SIGINT)
        _, err = await asyncio.wait_for(proc.communicate(), timeout=10)
        assert proc.returncode in (0, 130), err.decode()[-1000:]


def test_explain_shows_the_rule_and_alias_that_fired() -> None:
    res = newsbot("explain", "前DeepSeek研究员罗福莉已加入小米")
    assert res.returncode == 0
    assert "topics: deepseek, luo_fuli, xiaomi_ai" in res.stdout
    assert "✔ xiaomi_ai: rule" in res.stdout and "luo_fuli='罗福莉'" in res.stdout
    res = newsbot("explain", "小米粥的做法")
    assert "topics: (none)" in res.stdout and "blocked by grain_context" in res.stdout


def test_same_story_shows_both_frames_and_the_verdict_with_its_reason() -> None:
    same = newsbot("same-story", "DeepSeek seeks about $7.4 billion in first funding round",
                   "DeepSeek拟首轮融资超500亿元")
    assert same.returncode == 0, same.stderr
    assert "7.4e+09 usd" in same.stdout and ">5e+10 cny" in same.stdout  # figures with currency and bound
    assert "same story" in same.stdout and "action funding" in same.stdout
    other = newsbot("same-story", "Italy blocks DeepSeek over privacy", "South Korea blocks DeepSeek over privacy")
    assert other.returncode == 0, other.stderr
    assert "different stories" in other.stdout and "places differ" in other.stdout
    georgia = ("美国佐治亚州扩大禁令 州政府网络禁用DeepSeek和小红书",
               "喬治亞州州長肯普：州政府機關停用DeepSeek等6款中國應用")
    breaking = newsbot("same-story", *georgia)
    assert "same story" in breaking.stdout and "within a story's first day" in breaking.stdout, breaking.stdout
    later = newsbot("same-story", *georgia, "--hours", "30")
    assert later.returncode == 0, later.stderr
    assert "different stories" in later.stdout and "first day" not in later.stdout


def test_users_add_their_own_topics_with_an_extra_entities_file(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text('''extends = "bundled"

[[entities]]
id = "moonshot"
name = "Moonshot AI"
kind = "company"
aliases = ["Moonshot AI", "月之暗面", "Kimi K2"]

[[topics]]
id = "moonshot"
name = "Moonshot AI"
[[topics.rules]]
any_of = ["moonshot"]
''')
    cfg = tmp_path / "config.toml"
    cfg.write_text('[entities]\nfile = "mine.toml"\n')
    res = newsbot("match", "--config", str(cfg),
                  stdin=json.dumps({"id": 1, "title": "月之暗面发布Kimi K2，对标DeepSeek"}))
    assert json.loads(res.stdout)["topics"] == ["deepseek", "moonshot"]
    (tmp_path / "mine.toml").write_text('[[topics]]\nid = "x"\nname = "X"\n[[topics.rules]]\nany_of = ["nobody"]\n')
    res = newsbot("check", "--config", str(cfg))
    assert res.returncode == 2 and "entities.file" in res.stderr and "nobody" in res.stderr


@pytest.mark.parametrize("chats", ["[telegram]\nchat_ids = [77]\n", "[[chats]]\nid = 77\n"])
@pytest.mark.parametrize("command", ["run", "once"])
def test_chats_without_a_token_refuse_to_start_and_say_why(tmp_path: Path, chats: str, command: str) -> None:
    """Alerts must not be printed and marked delivered when the token is missing (an absent EnvironmentFile)."""
    cfg = config(tmp_path, "http://127.0.0.1:9/feed.xml", extra=chats)
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    res = subprocess.run([sys.executable, "-m", "bot", command, "--config", str(cfg)], check=False,
                         capture_output=True, text=True, cwd=ROOT, timeout=60, env=env)
    assert res.returncode == 2
    assert "no bot token" in res.stderr and "TELEGRAM_BOT_TOKEN" in res.stderr
    assert not (tmp_path / "state.sqlite3").exists()  # nothing was recorded as delivered


def test_version_is_printed() -> None:
    res = newsbot("--version")
    assert res.returncode == 0 and res.stdout.startswith("newsbot ") and res.stdout.split()[1][0].isdigit()


def test_an_unknown_log_level_is_a_usage_error_not_a_traceback() -> None:
    res = newsbot("check", "--config", str(ROOT / "config.example.toml"), "--log-level", "verbose")
    assert res.returncode == 2 and "invalid choice" in res.stderr and "Traceback" not in res.stderr
    assert newsbot("check", "--config", str(ROOT / "config.example.toml"), "--log-level", "debug").returncode == 0


def test_demo_refuses_a_config_it_would_ignore(tmp_path: Path) -> None:
    res = newsbot("demo", "--config", str(ROOT / "config.example.toml"))
    assert res.returncode == 2 and "--config is not used" in res.stderr


def test_the_generated_unit_runs_this_install_as_an_unprivileged_user(tmp_path: Path) -> None:
    res = newsbot("service", "--config", str(ROOT / "config.example.toml"))
    assert res.returncode == 0, res.stderr
    unit = res.stdout
    assert f"ExecStart={sys.executable} -m bot run" in unit  # the venv's interpreter, not the base one it links to
    user = next(line.split("=", 1)[1] for line in unit.splitlines() if line.startswith("User="))
    assert user and user != "root"
    settings = [line for line in unit.splitlines() if line and not line.startswith("#")]
    # systemd waits for READY=1 and restarts a daemon that stops feeding its watchdog (bot/watchdog.py)
    assert {"Type=notify", "NotifyAccess=main", "WatchdogSec=60", "Restart=on-failure"} <= set(settings)
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed: the exposure score is not checked")
    path = tmp_path / "newsbot.service"
    path.write_text(unit, encoding="utf-8")
    out = subprocess.run([analyze, "security", "--offline=yes", str(path)], check=False,
                         capture_output=True, text=True, timeout=60)
    score = float(out.stdout.rsplit("Overall exposure level for newsbot.service:", 1)[1].split()[0])
    assert score <= 1.5, out.stdout[-2000:]  # was 6.2 MEDIUM without User= and the syscall filters
    verify = subprocess.run([analyze, "verify", str(path)], check=False, capture_output=True, text=True, timeout=60)
    said = [line for line in (verify.stdout + verify.stderr).splitlines() if path.name in line]
    assert verify.returncode == 0 and not said, verify.stdout + verify.stderr  # an unknown key is only a warning


async def test_health_asks_the_running_daemon(tmp_path: Path) -> None:
    """The container HEALTHCHECK: the port comes from the config, 0 when ready, 1 when not answering."""
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        feeds.set_feed("/f.xml", rss([]))
        port = _free_port()
        cfg = config(tmp_path, feeds.url("/f.xml"),
                     extra=f'[telegram]\nchat_ids = [77]\napi_base_url = "{api.base_url}"\n')
        cfg.write_text(cfg.read_text().replace('listen = ""', f'listen = "127.0.0.1:{port}"'))
        assert f'listen = "127.0.0.1:{port}"' in cfg.read_text()
        down = await asyncio.to_thread(newsbot, "health", "--config", str(cfg))
        assert down.returncode == 1
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--config", str(cfg), cwd=ROOT, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, env={**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN})
        try:
            async def ready() -> bool:
                return (await asyncio.to_thread(newsbot, "health", "--config", str(cfg))).returncode == 0
            await wait_until(ready, timeout=30, interval=0.5)
        finally:
            proc.send_signal(signal.SIGTERM)
            await asyncio.wait_for(proc.wait(), timeout=15)


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_once_fails_when_no_feed_could_be_polled(tmp_path: Path) -> None:
    cfg = config(tmp_path, "http://127.0.0.1:9/nothing-listens-here.xml")
    res = newsbot("once", "--config", str(cfg))
    assert res.returncode == 1 and "no feed could be polled" in res.stderr


def test_check_warns_when_nothing_would_be_polled(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[storage]\npath = "state.sqlite3"\n')
    res = newsbot("check", "--config", str(cfg))
    assert res.returncode == 0  # valid, but:
    assert "WARNING" in res.stderr and "no feeds" in res.stderr and "[search] enabled = false" in res.stderr


async def test_a_second_daemon_on_the_same_sqlite_file_exits_with_an_error(tmp_path: Path) -> None:
    """SQLite's locks do not stop a second daemon (both would send every alert); a lock file beside it does.
    Read-only commands still work meanwhile. The first daemon here has no feeds: it says so when it starts."""
    cfg = tmp_path / "config.toml"
    cfg.write_text('[storage]\npath = "state.sqlite3"\n[http]\nlisten = ""\n')
    first = DaemonProcess(cfg, tmp_path / "first.log")
    await first.start()
    try:
        await wait_until(first.running.is_set, timeout=30)
        second = await asyncio.to_thread(newsbot, "run", "--config", str(cfg))
        assert second.returncode == 1
        assert "already running" in second.stderr and f"pid {first.pid}" in second.stderr
        assert str(tmp_path / "state.sqlite3") in second.stderr and "Traceback" not in second.stderr
        once = await asyncio.to_thread(newsbot, "once", "--config", str(cfg))
        assert once.returncode == 1 and "already running" in once.stderr
        check = await asyncio.to_thread(newsbot, "check", "--config", str(cfg))
        assert check.returncode == 0, check.stderr
    finally:
        assert await first.stop(signal.SIGTERM, timeout=10) == 0
    log = (tmp_path / "first.log").read_text()
    assert "WARNING" in log and "no feeds" in log  # said at start, not only by `check`
    again = await asyncio.to_thread(newsbot, "once", "--config", str(cfg))  # the lock went with the process
    assert again.returncode == 0, again.stderr


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    from bot.cli import _parser
    (sub,) = [a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def test_every_subcommand_and_argument_says_what_it_is_for() -> None:
    from bot.cli import _parser
    listing = _parser().format_help()
    for name, parser in _subcommands().items():
        assert parser.description, f"`newsbot {name} --help` has no description"
        described = re.search(rf"^\s+{re.escape(name)}\s+\S", listing, flags=re.MULTILINE)
        assert described, f"`newsbot --help` lists {name} without saying what it does"
        for action in parser._actions:
            assert action.help, f"newsbot {name}: {action.option_strings or action.dest} has no help"


def test_the_readme_command_table_lists_every_subcommand_with_its_options() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(0)
            for m in re.finditer(r"^\| `newsbot ([a-z-]+)[^|]*\|", readme, flags=re.MULTILINE)}
    general = {"-h", "--help", "--log-level", "--log-format"}
    for name, parser in _subcommands().items():
        assert name in rows, f"README's command table has no row for `newsbot {name}`"
        for action in parser._actions:
            options = set(action.option_strings) - general
            if options and not (name == "demo" and "--config" in options):  # demo refuses a config
                assert any(o in rows[name] for o in options), f"README: `newsbot {name}` row lacks {options}"
