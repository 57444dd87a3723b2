"""import-opml / export-opml / service through the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.opml import OpmlError, read_opml

ROOT = Path(__file__).resolve().parents[1]

OPML = b"""<?xml version="1.0"?>
<opml version="1.0"><head><title>subs</title></head><body>
  <outline text="Tech"><outline text="TechCrunch" type="rss" xmlUrl="https://techcrunch.com/feed/"/>
    <outline title="36Kr" type="rss" xmlUrl="https://36kr.com/feed"/></outline>
  <outline text="dup" xmlUrl="https://36kr.com/feed"/>
  <outline text="not a feed" htmlUrl="https://example.org"/>
  <outline text="bad scheme" xmlUrl="javascript:alert(1)"/>
</body></opml>"""


def newsbot(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], check=False, capture_output=True, text=True, cwd=ROOT,
                          timeout=60, env={**os.environ, "TELEGRAM_BOT_TOKEN": ""})  # tests read returncode


def test_read_opml_takes_nested_feeds_once_and_says_why_it_skips_the_rest() -> None:
    found = read_opml(OPML)
    assert [(f.url, f.name) for f in found.feeds] == [("https://techcrunch.com/feed/", "TechCrunch"),
                                                      ("https://36kr.com/feed", "36Kr")]
    assert [(s.entry, s.reason) for s in found.skipped] == [
        ("https://36kr.com/feed (dup)", "listed twice in the file"),
        ("not a feed", "no xmlUrl: not a feed"),
        ("javascript:alert(1) (bad scheme)", "not an http(s) URL (javascript scheme)"),
    ]  # the folder "Tech" is no entry


def test_unusable_urls_are_skipped_like_the_config_would_refuse_them() -> None:
    found = read_opml(b"""<opml><body><outline text="empty" xmlUrl=" "/><outline xmlUrl="https:///path"/>
        <outline text="v6" xmlUrl="http://[::1/feed"/><outline xmlUrl="feed://example.org/rss"/></body></opml>""")
    assert not found.feeds
    assert [s.reason.split(" (")[0] for s in found.skipped] == [
        "empty xmlUrl", "no host name", "not a valid URL", "not an http(s) URL"]


def test_entities_in_opml_are_refused() -> None:
    with pytest.raises(OpmlError):
        read_opml(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><opml><body/></opml>')


def test_import_keeps_comments_and_export_round_trips(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('# my precious comment\n[polling]\ninterval = 300  # five minutes\n\n'
                   '[[feeds]]\nurl = "https://techcrunch.com/feed/"\n')
    (tmp_path / "subs.opml").write_bytes(OPML)
    res = newsbot("import-opml", "--config", str(cfg), str(tmp_path / "subs.opml"))
    assert res.returncode == 0, res.stderr
    assert "2 feed(s) found, 1 added" in res.stdout and "4 skipped" in res.stdout
    for line in ("skipped https://36kr.com/feed (dup): listed twice in the file",
                 "skipped not a feed: no xmlUrl: not a feed",
                 "skipped javascript:alert(1) (bad scheme): not an http(s) URL",
                 "skipped https://techcrunch.com/feed/ (TechCrunch): already in the config"):
        assert line in res.stdout
    text = cfg.read_text()
    assert "# my precious comment" in text and "# five minutes" in text and text.count("https://36kr.com/feed") == 1
    out = newsbot("export-opml", "--config", str(cfg))
    assert out.returncode == 0
    assert [f.url for f in read_opml(out.stdout.encode()).feeds] == ["https://techcrunch.com/feed/", "https://36kr.com/feed"]


def test_service_prints_a_hardened_unit_for_this_install(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text("")
    res = newsbot("service", "--config", str(cfg))
    assert res.returncode == 0
    assert f"ExecStart={Path(sys.executable).absolute()} -m bot run --config {cfg}" in res.stdout  # the venv's
    for option in ("Restart=on-failure", "NoNewPrivileges=yes", "ProtectSystem=strict", "ExecReload=/bin/kill -HUP"):
        assert option in res.stdout
