"""The README's worked example of adding a topic, run as written: its files load, its commands answer what it
shows."""

from __future__ import annotations

import io
import json
import re
import shlex
from pathlib import Path

import pytest

from bot import cli

ROOT = Path(__file__).resolve().parents[1]


def section(title: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, flags=re.DOTALL)


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """The README's watchlist file and config written where it says, and its shell block (run from there)."""
    monkeypatch.chdir(tmp_path)
    text = section("Your own topics")
    watchlist, config = blocks(text, "toml")
    (tmp_path / "my-topics.toml").write_text(watchlist, encoding="utf-8")
    (tmp_path / "config.toml").write_text(config + "\n[[feeds]]\nurl = \"https://example.org/feed.xml\"\n",
                                          encoding="utf-8")
    (shell,) = blocks(text, "sh")
    return tmp_path / "config.toml", shell


def run(argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def command(shell: str, name: str) -> tuple[list[str], str]:
    """The arguments of the README's `newsbot <name> ...` line, and what is piped into it."""
    line = next(line for line in shell.splitlines() if f"newsbot {name} " in line)
    feed, _, line = line.rpartition("|")
    stdin = shlex.split(feed)[1] if feed else ""  # echo '<json>'
    argv = shlex.split(line)
    return argv[argv.index("newsbot") + 1:], stdin


def shown_after(shell: str, command: str) -> str:
    """The output the README shows (as a `# ...` comment) right after the line running `command`."""
    lines = shell.splitlines()
    index = next(i for i, line in enumerate(lines) if f"newsbot {command} " in line)
    return lines[index + 1].removeprefix("# ")


def test_the_readme_topic_example_loads_and_matches_its_headline(
        example: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _, shell = example
    code, out, err = run(command(shell, "check")[0], capsys, monkeypatch)
    assert code == 0 and not err, err  # extends = "bundled": no warning
    listed = re.search(r"\d+ topic\(s\) \([^)]*\)", shown_after(shell, "check"))
    assert listed and listed.group(0) in out

    argv, stdin = command(shell, "match")
    code, out, _ = run(argv, capsys, monkeypatch, stdin=stdin)
    assert code == 0 and json.loads(out) == json.loads(shown_after(shell, "match"))
    assert "moonshot" in json.loads(out)["topics"]

    code, out, _ = run(command(shell, "explain")[0], capsys, monkeypatch)
    assert code == 0 and shown_after(shell, "explain") in out.splitlines()
    fired = next(line for line in shell.splitlines() if line.startswith("# ✔"))
    assert fired.removeprefix("# ").split("   (")[0] in out


def test_the_readme_warning_is_what_a_file_without_extends_gets(
        example: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    cfg, _ = example
    watchlist = cfg.parent / "my-topics.toml"
    watchlist.write_text(re.sub(r"(?m)^extends = .*$", "", watchlist.read_text(encoding="utf-8")), encoding="utf-8")
    (shown,) = blocks(section("Your own topics"), "text")
    code, _, err = run(["check", "--config", str(cfg)], capsys, monkeypatch)
    assert code == 0
    before, after = shown.strip().removesuffix(" ...").split("/etc/newsbot/my-topics.toml")
    assert f"{before}{watchlist}{after}" in err
