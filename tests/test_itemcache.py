"""Parsing only the new items of a changed feed: the cut, the memory, and sameness with a full parse."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.feed_server import rss
from watchers.incremental import ChangedParse, parse_changed
from watchers.itemcache import ItemCache, SeenItems
from watchers.itemsplit import split_items
from watchers.parse import ParsedFeed, parse_feed
from watchers.xmlguard import utf8_if_wide

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
FEED = "https://example.org/feed.xml"
MAX = 10 * 1024 * 1024


def _items(n: int, start: int = 0) -> list[dict[str, str]]:
    return [{"title": f"Story {i}", "link": f"https://ex.com/{i}", "guid": f"g{i}",
             "pubDate": "Mon, 27 Jan 2025 10:00:00 GMT"} for i in range(start, start + n)]


def _changed(body: bytes, previous: SeenItems | None = None, *, previous_hash: str | None = "h0",
             body_hash: str = "h1", base_url: str | None = None, calls: list[bytes] | None = None) -> ChangedParse:
    def parse(doc: bytes, feed_url: str, **kwargs: object) -> ParsedFeed:
        if calls is not None:
            calls.append(doc)
        return parse_feed(doc, feed_url, **kwargs)  # type: ignore[arg-type]

    return parse_changed(body, FEED, previous=previous, previous_hash=previous_hash, body_hash=body_hash,
                         max_bytes=MAX, base_url=base_url, parse=parse)


def _seen(body: bytes, body_hash: str = "h0") -> SeenItems:
    first = _changed(body, None, previous_hash=None, body_hash=body_hash)
    assert first.seen is not None and not first.incremental
    return first.seen


# -- the cut --------------------------------------------------------------------------------------


def test_rss_is_cut_into_head_items_and_tail() -> None:
    body = rss(_items(3))
    split = split_items(body)
    assert split is not None and split.tag == b"item" and len(split.items) == 3
    assert split.head.endswith(b"<language>en</language>") and split.tail == b"</channel></rss>\n"
    assert all(raw.startswith(b"<item>") and raw.endswith(b"</item>") for raw in split.items)
    assert split.head + b"".join(split.items) + split.tail == body
    assert len(set(split.digests())) == 3 and all(len(d) == 8 for d in split.digests())


def test_cdata_and_comments_that_mention_items_do_not_cut() -> None:
    body = (b"<rss><channel><title>T</title><!-- <item> in a comment -->"
            b"<item><title>A</title><description><![CDATA[<p>x</item><item>y</p>]]></description></item>\n"
            b"<item><title>B</title><!-- </item> --></item></channel></rss>")
    split = split_items(body)
    assert split is not None and len(split.items) == 2
    assert b"x</item><item>y" in split.items[0] and split.items[1].startswith(b"<item><title>B")


def test_prefixed_atom_entries_odd_case_and_rdf_items_are_cut() -> None:
    atom = (b"<a:feed xmlns:a='http://www.w3.org/2005/Atom'><a:title>T</a:title>"
            b"<a:entry><a:title>1</a:title></a:entry> <a:entry ><a:title>2</a:title></a:entry ></a:feed>")
    split = split_items(atom)
    assert split is not None and split.tag == b"a:entry" and len(split.items) == 2
    upper = split_items(b"<rss><channel><ITEM><title>1</title></ITEM></channel></rss>")
    assert upper is not None and upper.tag == b"ITEM"
    rdf = (b"<rdf:RDF><channel rdf:about='x'><items><rdf:Seq><rdf:li rdf:resource='a'/></rdf:Seq></items>"
           b"</channel><item rdf:about='a'><title>1</title></item></rdf:RDF>")
    split = split_items(rdf)
    assert split is not None and len(split.items) == 1 and b"<items>" in split.head


@pytest.mark.parametrize("body", [
    b"<rss><channel><item><title>1</title><item>2</item></item></channel></rss>",  # nested
    b"<rss><channel><item><title>1</title></item><item><title>2</title>",  # truncated
    b"<rss><channel><item/><item><title>2</title></item></channel></rss>",  # self-closing
    b"<rss><channel><item>1</item><entry>2</entry></channel></rss>",  # two kinds of item
    b"<rss><channel><item>1</item><title>between</title><item>2</item></channel></rss>",  # text between
    b"<rss><channel><item><![CDATA[never closed</item></channel></rss>",  # unterminated CDATA
    b"<rss><channel></item><item>1</item></channel></rss>",  # a close before any open
    b"<rss><channel><title>no items</title></channel></rss>",
], ids=["nested", "truncated", "self-closing", "mixed", "between", "cdata", "stray-close", "none"])
def test_what_cannot_be_cut_with_certainty_is_refused(body: bytes) -> None:
    assert split_items(body) is None


# -- only the new items -------------------------------------------------------------------------------


def test_only_new_items_are_parsed_and_returned() -> None:
    seen = _seen(rss(_items(50)))
    calls: list[bytes] = []
    outcome = _changed(rss(_items(1, start=50) + _items(49)), seen, calls=calls)
    assert outcome.incremental and [i.title for i in outcome.parsed.items] == ["Story 50"]
    assert outcome.parsed.title == "Test feed" and outcome.parsed.lang == "en"
    assert len(calls) == 1 and calls[0].count(b"<item>") == 1, "feedparser saw the new item only"
    assert outcome.seen is not None and outcome.seen.body_hash == "h1" and len(outcome.seen.known()) == 50


def test_an_edited_item_is_new_again_and_a_changed_head_alone_yields_nothing() -> None:
    items = _items(3)
    seen = _seen(rss(items))
    edited = [dict(items[0], title="Story 0, updated"), *items[1:]]
    outcome = _changed(rss(edited), seen)
    assert outcome.incremental and [i.title for i in outcome.parsed.items] == ["Story 0, updated"]
    retitled = _changed(rss(items, title="Renamed", ttl=30), seen)
    assert retitled.incremental and retitled.parsed.items == () and retitled.parsed.is_feed
    assert retitled.parsed.title == "Renamed" and retitled.parsed.ttl_seconds == 1800


def test_the_first_parse_is_whole_and_a_stale_memory_is_not_used() -> None:
    body = rss(_items(5, start=1) + _items(1))
    first = _changed(body, None, previous_hash=None)
    assert not first.incremental and first.parsed == parse_feed(body, FEED)
    seen = _seen(rss(_items(1)))
    # the caller never recorded the body `seen` belongs to (its store commit failed): parse whole
    stale = _changed(body, seen, previous_hash="something else")
    assert not stale.incremental and len(stale.parsed.items) == 6
    moved = _changed(body, seen, base_url="https://elsewhere.example/feed.xml")
    assert not moved.incremental and len(moved.parsed.items) == 6


def test_an_ill_formed_new_item_makes_it_a_full_parse() -> None:
    seen = _seen(rss(_items(3)))
    body = rss(_items(3)).replace(b"</channel>", b"<item><title>Fish & chips</title><link>https://ex.com/f</link>"
                                  b"</item></channel>")
    calls: list[bytes] = []
    outcome = _changed(body, seen, calls=calls)
    assert not outcome.incremental and len(calls) == 2 and calls[1] == body
    assert outcome.parsed == parse_feed(body, FEED) and len(outcome.parsed.items) == 4
    assert outcome.seen is None, "an ill-formed document is parsed whole until it is well-formed again"


def test_encodings_a_piece_could_decode_differently_in_are_parsed_whole() -> None:
    latin = rss(_items(2)).replace(b"encoding='utf-8'", b"encoding='iso-8859-1'").replace(b"Story 1", b"Caf\xe9")
    assert _changed(latin, None, previous_hash=None).seen is None
    assert _changed(latin.replace(b"Caf\xe9", b"Cafe"), None, previous_hash=None).seen is not None, \
        "ASCII reads the same under any ASCII-compatible encoding"
    not_utf8 = rss(_items(2)).replace(b"Story 1", b"Caf\xe9")  # declared UTF-8, is not
    assert _changed(not_utf8, None, previous_hash=None).seen is None


def test_utf16_documents_are_cut_after_transcoding() -> None:
    def wide(items: list[dict[str, str]]) -> bytes:
        return rss(items).replace(b"encoding='utf-8'", b"encoding='utf-16'").decode().encode("utf-16")

    seen = _seen(wide(_items(3)))
    outcome = _changed(wide(_items(1, start=3) + _items(3)), seen)
    assert outcome.incremental and [i.title for i in outcome.parsed.items] == ["Story 3"]
    assert split_items(utf8_if_wide(wide(_items(1)))) is not None


def test_gzip_files_and_json_feeds_are_parsed_whole() -> None:
    import gzip

    json_feed = b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "url": "https://ex.com/1"}]}'
    for body in (gzip.compress(rss(_items(2))), json_feed):
        outcome = _changed(body, None, previous_hash=None)
        assert outcome.seen is None and outcome.parsed == parse_feed(body, FEED) and outcome.parsed.items


# -- the corpus: incremental == full minus what was seen -------------------------------------------


def _corpus() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix not in (".md", ".tsv"))


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.name)
def test_corpus_feed_parses_only_its_new_items_exactly_as_a_full_parse(path: Path) -> None:
    """Each corpus feed with k items taken out plays the previous version of the feed; the new items
    parsed alone must be the full parse's items minus the previous version's."""
    body = path.read_bytes()
    url = "https://example.org/" + path.name
    full = parse_feed(body, url)
    first = parse_changed(body, url, previous=None, previous_hash=None, body_hash="h1", max_bytes=MAX)
    assert first.parsed == full and not first.incremental
    if first.seen is None:
        return  # parsed whole every time (see test_most_of_the_corpus_is_parsed_incrementally)
    split = split_items(utf8_if_wide(body))
    assert split is not None
    n = len(split.items)
    for k in sorted({1, 2, n // 2, n - 1} - {0}):
        if k >= n:
            continue
        removed = set(range(0, n, max(1, n // k))[:k])
        previous_body = split.with_items([raw for i, raw in enumerate(split.items) if i not in removed])
        previous = parse_changed(previous_body, url, previous=None, previous_hash=None, body_hash="h0",
                                 max_bytes=MAX)
        assert previous.seen is not None
        outcome = parse_changed(body, url, previous=previous.seen, previous_hash="h0", body_hash="h1",
                                max_bytes=MAX)
        assert outcome.incremental, f"k={k}"
        known = {i.id for i in previous.parsed.items}
        # a new raw item whose id an old item already has (a re-used GUID) may come back: the bot
        # already knows its key, just as the full parse would have dropped it as a duplicate
        assert [i for i in outcome.parsed.items if i.id not in known] == [i for i in full.items if i.id not in known]
        assert len(outcome.parsed.items) <= k
        got = outcome.parsed
        assert (got.title, got.lang, got.ttl_seconds, got.version) == (full.title, full.lang, full.ttl_seconds,
                                                                       full.version)


def test_most_of_the_corpus_is_parsed_incrementally() -> None:
    """The corpus test above proves little if nothing gets cut: most real UTF-8 feeds must be."""
    cut = [p.name for p in _corpus() if parse_changed(p.read_bytes(), FEED, previous=None, previous_hash=None,
                                                      body_hash="h", max_bytes=MAX).seen is not None]
    assert len(cut) >= 60, cut
    assert {"rssparser_craigslist.rdf.xml", "nodefp_prefixed_atom_ns.atom.xml", "rsparser_medium_cdata.rss.xml",
            "miniflux_heise_rdf09.rdf.xml", "rssparser_youtube.atom.xml"} <= set(cut)


# -- the memory -------------------------------------------------------------------------------------


def test_the_cache_is_bounded_and_forgets_the_least_recently_used_feed() -> None:
    cache = ItemCache(max_feeds=2)
    a, b, c = (SeenItems(h, FEED, b"item", b"\x00" * 8) for h in "abc")
    cache.put("a", a)
    cache.put("b", b)
    assert cache.get("a") is a  # a is now the most recently used
    cache.put("c", c)
    assert len(cache) == 2 and cache.get("b") is None and cache.get("a") is a and cache.get("c") is c
    cache.put("a", None)
    assert cache.get("a") is None and len(cache) == 1


def test_seen_items_keep_eight_bytes_per_item() -> None:
    seen = _seen(rss(_items(50)))
    assert len(seen.digests) == 50 * 8 and len(seen.known()) == 50
