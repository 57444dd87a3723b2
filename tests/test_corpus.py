"""Every real-world feed document parses without an exception into well-formed Items.

Two folders: the redistributable copy in tests/data/corpus (MIT, BSD and Apache-2.0 files, with
EXPECTED.tsv) and, when present, the team's full shared corpus next to the repository, whose
MANIFEST.tsv gives each file's kind and entry count. Adding a case means adding a file.
"""

from __future__ import annotations

import csv
import re
from datetime import timedelta
from pathlib import Path

import pytest

from watchers.items import Item
from watchers.parse import SUMMARY_CHARS, ParsedFeed, parse_feed
from watchers.urls import canonical_url

LOCAL = Path(__file__).resolve().parent / "data" / "corpus"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FEED_KINDS = {"rss2", "atom", "rdf", "rss091", "rss092", "jsonfeed", "gzip"}
NOT_FEEDS = {"notfeed", "json"}
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^>]*)?/?>")
KEY = re.compile(r"[gut]:[0-9a-f]{16}")


def _expectations(table: Path) -> dict[str, dict[str, str]]:
    if not table.is_file():
        return {}
    with table.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


LOCAL_EXPECTED = _expectations(LOCAL / "EXPECTED.tsv")
SHARED_MANIFEST = _expectations(SHARED / "MANIFEST.tsv")


def _feed_files(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_file() and p.suffix not in (".md", ".tsv"))


def check_well_formed(parsed: ParsedFeed, feed_url: str) -> None:
    """What every consumer of Items may rely on."""
    assert isinstance(parsed.title, str) and TAG.search(parsed.title) is None
    assert parsed.lang is None or re.fullmatch(r"[a-z]{2,3}", parsed.lang)
    assert parsed.ttl_seconds is None or parsed.ttl_seconds > 0
    if not parsed.items:
        assert parsed.is_feed or parsed.bozo_message
    ids = [item.id for item in parsed.items]
    assert len(ids) == len(set(ids)), "duplicate ids inside one document"
    for item in parsed.items:
        check_item(item, feed_url)


def check_item(item: Item, feed_url: str) -> None:
    assert item.keys and item.id == item.keys[0]
    assert all(KEY.fullmatch(key) for key in item.keys) and len(set(item.keys)) == len(item.keys)
    assert item.url == "" or item.url.startswith(("http://", "https://")), item.url
    assert "utm_" not in item.url and "fbclid" not in item.url
    assert canonical_url(item.url) == item.url, "canonical_url must be idempotent"
    assert item.url or item.title or item.id.startswith("g:"), "an item needs a link, a title or a guid"
    for text in (item.title, item.summary, item.source):
        assert isinstance(text, str) and TAG.search(text) is None, text[:200]
        assert text == text.strip() and "  " not in text and "\n" not in text
    assert len(item.summary) <= SUMMARY_CHARS + 1
    assert item.source, "every item names a source"
    if item.published is not None:
        assert item.published.utcoffset() == timedelta(0), item.published
    assert item.lang is None or re.fullmatch(r"[a-z]{2,3}", item.lang)
    assert item.feed_url == feed_url


def check_against_expectation(parsed: ParsedFeed, kind: str, entries: str) -> None:
    if kind in NOT_FEEDS:
        assert parsed.items == () and not parsed.is_feed and parsed.bozo_message
    elif kind in FEED_KINDS:
        assert parsed.is_feed
        if entries.isdigit() and int(entries) >= 3:
            # a few entries may be repeats or carry nothing to identify them, most may not
            assert int(entries) // 2 <= len(parsed.items) <= int(entries), len(parsed.items)


@pytest.mark.parametrize("name", _feed_files(LOCAL))
def test_local_corpus_file_parses_into_well_formed_items(name: str) -> None:
    feed_url = f"https://feeds.example.com/{name}"
    parsed = parse_feed((LOCAL / name).read_bytes(), feed_url)
    check_well_formed(parsed, feed_url)
    row = LOCAL_EXPECTED.get(name)
    assert row is not None, f"{name} is missing from EXPECTED.tsv"
    check_against_expectation(parsed, row["kind"], row["entries"])


def test_local_corpus_is_complete_and_attributed() -> None:
    files = set(_feed_files(LOCAL))
    attribution = (LOCAL / "ATTRIBUTION.md").read_text("utf-8")
    assert len(files) >= 100 and files == set(LOCAL_EXPECTED)
    for name in files:
        assert f"| {name} |" in attribution, f"{name} has no attribution"
    assert not re.search(r"GPL|CC-BY|none stated", attribution)


@pytest.mark.parametrize("name", _feed_files(SHARED / "feeds") or ["(shared corpus absent)"])
def test_shared_corpus_file_parses_into_well_formed_items(name: str) -> None:
    folder = SHARED / "feeds"
    if not folder.is_dir():
        pytest.skip(f"shared corpus not present at {folder}")
    feed_url = f"https://feeds.example.com/{name}"
    parsed = parse_feed((folder / name).read_bytes(), feed_url)
    check_well_formed(parsed, feed_url)
    row = SHARED_MANIFEST.get(name)
    assert row is not None, f"{name} is missing from MANIFEST.tsv"
    match = re.search(r"(\d+) items/entries", row["notes"])
    check_against_expectation(parsed, row["kind"], match.group(1) if match else "")


def test_shared_corpus_has_every_manifest_file() -> None:
    if not (SHARED / "feeds").is_dir():
        pytest.skip("shared corpus not present")
    assert set(_feed_files(SHARED / "feeds")) == set(SHARED_MANIFEST)
    assert len(SHARED_MANIFEST) == 146
