"""Feed bytes -> Items: plain text, canonical links, UTC dates, stable identity, no exceptions."""

from __future__ import annotations

import gzip
import random
import re
import time
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from support.feed_server import rss
from watchers.parse import SUMMARY_CHARS, body_digest, html_to_text, parse_feed

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus"
FEEDS = DATA / "feeds"
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def corpus(name: str, url: str = "https://feeds.example.com/feed.xml", **kwargs: object):
    return parse_feed((CORPUS / name).read_bytes(), url, **kwargs)  # type: ignore[arg-type]


def feed(name: str, url: str = "https://feeds.example.com/feed.xml", **kwargs: object):
    return parse_feed((FEEDS / name).read_bytes(), url, **kwargs)  # type: ignore[arg-type]


# -- text -------------------------------------------------------------------------------------------


def test_google_alerts_titles_are_plain_text_and_links_reach_the_publisher() -> None:
    parsed = corpus("feedjira_google_alerts.atom.xml", "https://www.google.com/alerts/feeds/1/2")
    assert len(parsed.items) == 20
    first = parsed.items[1]
    assert first.title == "Slack Stock Has a Compelling Story and the Numbers to Back It Up"
    assert first.url == "https://investorplace.com/2019/07/slack-stock-truly-compelling/"
    assert first.source == "investorplace.com"  # the outlet, not "Google Alert - Slack"
    assert first.summary.startswith("In the run up to the IPO for Slack Technologies Inc (NYSE:WORK)")
    assert "Company's decision" in first.summary  # &amp;#39; decoded once, &nbsp; collapsed
    for item in parsed.items:
        assert "<b>" not in item.title and "&lt;" not in item.title and not TAG.search(item.summary)
        assert "google.com" not in item.url


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<b>Dee</b>pSeek", "DeepSeek"),
        ("<p>one</p><p>two</p>", "one two"),
        ("a&nbsp;&amp;&nbsp;b", "a & b"),
        ("&lt;b&gt;escaped twice&lt;/b&gt;", "escaped twice"),
        ("<script>var x = '<p>';</script><style>p{}</style>kept<!-- gone -->", "kept"),
        ("a < b and c > d", "a < b and c > d"),
        ("  lots \n\t of   space ", "lots of space"),
        ("<![CDATA[x]]>", "x"),
        ("", ""),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_long_summaries_are_cut_at_a_word_with_an_ellipsis() -> None:
    body = rss([{"title": "t", "link": "https://ex.com/1", "description": "<p>" + "word " * 2000 + "</p>"}])
    summary = parse_feed(body, "https://ex.com/feed").items[0].summary
    assert summary.endswith("word…")
    assert SUMMARY_CHARS * 0.8 < len(summary) <= SUMMARY_CHARS + 1


def test_content_encoded_is_the_summary_when_there_is_no_description() -> None:
    body = (b"<?xml version='1.0'?><rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
            b"<channel><title>c</title><item><title>t</title><link>https://ex.com/1</link>"
            b"<content:encoded><![CDATA[<h2>MiMo</h2><p>Xiaomi <em>released</em> it</p>]]></content:encoded>"
            b"</item></channel></rss>")
    assert parse_feed(body, "https://ex.com/feed").items[0].summary == "MiMo Xiaomi released it"


# -- Google News -------------------------------------------------------------------------------------


def test_google_news_titles_lose_the_outlet_suffix_and_the_source_is_the_outlet() -> None:
    parsed = feed("google_news_search.rss.xml", "https://news.google.com/rss/search?q=%22DeepSeek%22")
    titles = [i.title for i in parsed.items]
    assert titles == [
        "DeepSeek's new model rattles chip stocks",
        "Xiaomi hires Luo Fuli to lead MiMo team",
        "Analysis - what DeepSeek means for AI pricing",  # suffix is not the source: kept
    ]
    assert [i.source for i in parsed.items] == ["Example Wire", "The Daily Example", "Other Outlet"]
    assert parsed.items[1].published == datetime(2025, 1, 28, 0, 30, tzinfo=UTC)  # +0800 -> UTC
    assert {i.lang for i in parsed.items} == {"en"}


# -- encodings --------------------------------------------------------------------------------------


def test_gb2312_feed_decodes_to_chinese() -> None:
    parsed = corpus("rsparser_kc0011_gb2312.rss.xml")
    assert parsed.items[0].title == "建国35周年纪念，华表，和平鸽"
    assert parsed.lang == "zh"


def test_a_declared_encoding_wins_over_a_wrong_http_charset() -> None:
    parsed = corpus("rsparser_kc0011_gb2312.rss.xml", content_type="text/xml; charset=ISO-8859-1")
    assert parsed.items[0].title == "建国35周年纪念，华表，和平鸽"


def test_big5_feed_decodes_to_chinese() -> None:
    parsed = feed("big5_declared.rss.xml")
    assert [i.title for i in parsed.items] == ["小米發表大模型 MiMo", "深度求索推出新模型"]
    assert parsed.items[0].summary == "羅福莉加入小米"


@pytest.mark.parametrize(
    ("name", "charset", "expected"),
    [
        ("feedparser_gb2312_no_decl_fixture.xml", "gb2312", "不归移民漫画系列：专业工作"),
        ("feedparser_big5_no_decl_fixture.xml", "big5", "我希望"),
    ],
)
def test_an_undeclared_document_uses_the_http_charset(name: str, charset: str, expected: str) -> None:
    parsed = corpus(name, content_type=f"application/xml; charset={charset}")
    text = parsed.items[0].title if parsed.items else parsed.title
    assert text.startswith(expected)


def test_undeclared_cjk_without_a_charset_needs_chardet() -> None:
    # With no declaration and no HTTP charset only a detector can tell GB2312 from Latin-1;
    # feedparser uses chardet when it is installed (it is not a dependency yet).
    pytest.importorskip("chardet")
    assert corpus("feedparser_gb2312_no_decl_fixture.xml").items[0].title == "不归移民漫画系列：专业工作"


def test_undeclared_latin1_bytes_are_read_as_latin1() -> None:
    parsed = corpus("rssparser_uol_no_decl_latin1.rss.xml")
    assert "simulações" in parsed.items[0].title


@pytest.mark.parametrize(
    ("name", "title_part"),
    [
        ("miniflux_koi8r.rss.xml", "Пример RSS ленты"),
        ("feedparser_euc-kr_fixture.xml", "\ub144"),
        ("rssparser_varthabharathi_kannada.rss.xml", "Varthabharathi"),
    ],
)
def test_feed_titles_in_other_encodings(name: str, title_part: str) -> None:
    assert title_part in corpus(name).title


def test_cyrillic_windows_1251_items() -> None:
    parsed = corpus("miniflux_ibash_windows-1251.rss.xml")
    assert re.search("[\u0430-\u044f\u0410-\u042f]", parsed.items[0].title + parsed.items[0].summary)  # Cyrillic


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_documents(codec: str) -> None:
    text = rss([{"title": "小米 MiMo", "link": "https://ex.com/1"}]).decode("utf-8")
    declared = text.replace("encoding='utf-8'", f"encoding='{codec.replace('-be', 'be')}'")
    body = declared.encode(codec)
    assert [i.title for i in parse_feed(body, "https://ex.com/feed").items] == ["小米 MiMo"]


# -- bodies that are not (whole) feeds ----------------------------------------------------------------


def test_gzip_compressed_body_is_inflated() -> None:
    parsed = corpus("nodefp_invalid_chars.rss.xml.gz")
    assert parsed.title == "NSHipster" and len(parsed.items) == 25


def test_gzip_bomb_is_refused() -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = compressor.compress(bytes(8 * 1024 * 1024)) + compressor.flush()
    assert len(bomb) < 20_000
    parsed = parse_feed(bomb, "https://ex.com/feed", max_bytes=1024 * 1024)
    assert parsed.items == () and "more than 1048576 bytes" in (parsed.bozo_message or "")


def test_truncated_gzip_keeps_what_it_could_inflate() -> None:
    body = gzip.compress(rss([{"title": f"item {n}", "link": f"https://ex.com/{n}"} for n in range(200)]))
    parsed = parse_feed(body[: len(body) // 2], "https://ex.com/feed")
    assert 0 < len(parsed.items) < 200


@pytest.mark.parametrize("name", ["nodefp_notafeed.html", "rssparser_not_a_feed_html.rss.xml",
                                  "weibo_hot_2025-01-27.json"])
def test_a_page_that_is_not_a_feed_gives_no_items_and_says_why(name: str) -> None:
    parsed = corpus(name)
    assert parsed.items == () and not parsed.is_feed
    assert parsed.bozo_message and parsed.bozo_message.startswith("not a feed")


@pytest.mark.parametrize("body", [b"", b"   \n", b"\x1f\x8b"])
def test_empty_bodies(body: bytes) -> None:
    parsed = parse_feed(body, "https://ex.com/feed")
    assert parsed.items == () and parsed.bozo_message


def test_truncated_xml_keeps_the_items_before_the_cut() -> None:
    full = rss([{"title": f"item {n}", "link": f"https://ex.com/{n}"} for n in range(10)])
    parsed = parse_feed(full[: full.index(b"item 7")], "https://ex.com/feed")
    assert [i.title for i in parsed.items][:7] == [f"item {n}" for n in range(7)]
    assert parsed.bozo_message  # ill-formed, and says so


@pytest.mark.parametrize("marker", [b"https://ex.com/7", b"</title><link>https://ex.com/7", b"</link></item>"])
def test_an_item_cut_off_by_truncation_is_dropped_until_it_is_whole(marker: bytes) -> None:
    full = rss([{"title": f"item {n}", "link": f"https://ex.com/{n}"} for n in range(8)])
    cut = full[: full.rindex(marker) + 3]
    assert [i.title for i in parse_feed(cut, "https://ex.com/feed").items] == [f"item {n}" for n in range(7)]
    between_items = full[: full.index(b"<item><title>item 7")]
    assert len(parse_feed(between_items, "https://ex.com/feed").items) == 7


@pytest.mark.parametrize("opener", ["<!--", "<script", "<style", "<![CDATA[", "<a "])
def test_html_to_text_takes_linear_time_on_unclosed_sections(opener: str) -> None:
    started = time.perf_counter()
    text = html_to_text("DeepSeek " + opener * 30_000 + " end <!-- closed --> <script>x</script>", SUMMARY_CHARS)
    assert time.perf_counter() - started < 2  # quadratic before: about 30 s
    assert text.startswith("DeepSeek")
    assert html_to_text("<b>x</b>" * 10 + "<!--" * 10_000).startswith("xxxxxxxxxx")  # titles are cut too


def test_the_body_is_never_taken_for_a_path_or_url(tmp_path: Path) -> None:
    target = tmp_path / "feed.xml"
    target.write_bytes(rss([{"title": "from disk", "link": "https://ex.com/1"}]))
    for body in (str(target).encode(), b"http://127.0.0.1:9/feed.xml"):
        assert parse_feed(body, "https://ex.com/feed").items == ()


def test_mangled_documents_never_raise() -> None:
    rng = random.Random(20250127)
    sources = [(CORPUS / n).read_bytes() for n in ("feedjira_google_alerts.atom.xml", "rsparser_kc0011_gb2312.rss.xml",
                                                   "feedrs_jsonfeed_spec.jsonfeed.json", "rssparser_guardian.rss.xml")]
    for _ in range(60):
        body = bytearray(rng.choice(sources)[: rng.randrange(1, 6000)])
        for _ in range(rng.randrange(0, 20)):
            body[rng.randrange(len(body))] = rng.randrange(256)
        parsed = parse_feed(bytes(body), "https://ex.com/feed")
        assert isinstance(parsed.items, tuple)
    json_oddities = [b'{"version": "https://jsonfeed.org/version/1", "items": [{"url": "http://[x"}, 7, {"id": 3}]}',
                     b'{"rss": {"channel": {"item": {"link": "/a", "guid": {"#value": "g"}}}}}', b"[1, 2]",
                     b"{" * 100_000, b'{"items": 1}']
    for body in json_oddities:
        assert isinstance(parse_feed(body, "https://ex.com/feed").items, tuple)


def test_json_feed() -> None:
    parsed = corpus("feedrs_jsonfeed_spec.jsonfeed.json", "https://jsonfeed.org/feed.json")
    assert parsed.version == "json1" and parsed.title == "JSON Feed"
    assert parsed.items[0].url == "https://jsonfeed.org/2017/05/17/announcing_json_feed"
    assert parsed.items[0].published == datetime(2017, 5, 17, 15, 2, 12, tzinfo=UTC)


# -- links, dates, languages ---------------------------------------------------------------------------


def test_relative_links_resolve_against_the_feed_url() -> None:
    parsed = corpus("nodefp_relative_urls.rss.xml", "https://www.arcgames.com/en/games/neverwinter/news/rss")
    assert parsed.items[0].url.startswith("https://www.arcgames.com/en/games/neverwinter/news/detail/10743874-")


def test_relative_links_resolve_against_xml_base_and_base_url() -> None:
    parsed = corpus("nodefp_item_scoped_xml_base.rss.xml", "https://feeds.example.com/x/feed.xml",
                    base_url="https://moved.example.com/y/feed.xml")
    assert [i.url for i in parsed.items] == ["https://example.com/first/first", "https://moved.example.com/y/second"]
    assert {i.feed_url for i in parsed.items} == {"https://feeds.example.com/x/feed.xml"}


def test_dates_are_aware_utc_and_bad_dates_are_none() -> None:
    body = rss([
        {"title": "a", "link": "https://ex.com/a", "pubDate": "Thu, 17 Jul 2014 14:17:45 -0700"},
        {"title": "b", "link": "https://ex.com/b", "pubDate": "not a date at all"},
        {"title": "c", "link": "https://ex.com/c"},
    ])
    dates = [i.published for i in parse_feed(body, "https://ex.com/feed").items]
    assert dates == [datetime(2014, 7, 17, 21, 17, 45, tzinfo=UTC), None, None]


@pytest.mark.parametrize(("declared", "lang"), [("en-US", "en"), ("zh-CN", "zh"), ("hi", "hi"), ("IT-it", "it"),
                                                 ("zh_Hans", "zh"), ("", None), ("english please", None)])
def test_languages_are_normalised(declared: str, lang: str | None) -> None:
    body = rss([{"title": "t", "link": "https://ex.com/1"}], language=declared)
    parsed = parse_feed(body, "https://ex.com/feed")
    assert parsed.lang == lang and parsed.items[0].lang == lang


def test_ttl_is_read_in_minutes() -> None:
    assert parse_feed(rss([], ttl=30), "https://ex.com/feed").ttl_seconds == 1800
    assert corpus("feedrs_cloudflare_blog.rss.xml").ttl_seconds == 3600
    assert parse_feed(rss([]), "https://ex.com/feed").ttl_seconds is None


# -- identity ----------------------------------------------------------------------------------------


def _one(item: dict[str, str], feed_url: str = "https://ex.com/feed"):
    (parsed,) = parse_feed(rss([item]), feed_url).items
    return parsed


def test_a_guid_that_differs_from_the_link_comes_first_then_the_url_key() -> None:
    item = _one({"title": "t", "link": "https://ex.com/a?utm_source=rss", "guid": "post-1"})
    assert item.id == item.keys[0] and item.keys[0].startswith("g:") and item.keys[1].startswith("u:")
    assert item.url == "https://ex.com/a"
    plain = _one({"title": "t", "link": "https://ex.com/a"})
    assert plain.keys == (item.keys[1],) and plain.id == item.keys[1]


def test_the_same_item_keeps_a_shared_key_when_its_guid_scheme_or_title_changes() -> None:
    before = _one({"title": "DeepSeek R2 released", "link": "http://www.ex.com/news/r2", "guid": "guid-1"})
    variants = [
        _one({"title": "DeepSeek R2 released", "link": "http://www.ex.com/news/r2", "guid": "guid-2"}),
        _one({"title": "DeepSeek R2 released", "link": "https://ex.com/news/r2/", "guid": "guid-1"}),
        _one({"title": "DeepSeek R2 is out (updated)", "link": "http://www.ex.com/news/r2", "guid": "guid-1"}),
        _one({"title": "DeepSeek R2 released", "link": "https://m.ex.com/news/r2?utm_medium=social", "guid": "x"}),
    ]
    for after in variants:
        assert set(before.keys) & set(after.keys), after
    other = _one({"title": "DeepSeek R2 released", "link": "https://ex.com/news/r3", "guid": "guid-3"})
    assert not set(before.keys) & set(other.keys)


def test_a_guid_key_is_scoped_to_its_feed() -> None:
    a = _one({"title": "t", "link": "https://ex.com/a", "guid": "1"}, "https://one.example/feed")
    b = _one({"title": "t", "link": "https://ex.com/a", "guid": "1"}, "https://two.example/feed")
    assert a.keys[0] != b.keys[0] and a.keys[1] == b.keys[1]


def test_items_with_nothing_to_identify_them_are_dropped_and_title_only_items_kept() -> None:
    body = rss([{"description": "orphan"}, {"title": "only a title"}])
    (item,) = parse_feed(body, "https://ex.com/feed").items
    assert item.title == "only a title" and item.url == "" and item.id.startswith("t:")


def test_a_permalink_guid_stands_in_for_a_missing_link() -> None:
    body = (b"<rss version='2.0'><channel><title>c</title><item><title>t</title>"
            b"<guid>https://ex.com/p/1?utm_source=x</guid></item></channel></rss>")
    (item,) = parse_feed(body, "https://ex.com/feed").items
    assert item.url == "https://ex.com/p/1" and item.id.startswith("u:")


def test_duplicates_inside_one_document_are_dropped() -> None:
    body = rss([{"title": "a", "link": "https://ex.com/a", "guid": "1"},
                {"title": "a again", "link": "https://ex.com/a", "guid": "1"},
                {"title": "b", "link": "https://ex.com/b", "guid": "2"}])
    assert [i.title for i in parse_feed(body, "https://ex.com/feed").items] == ["a", "b"]


def test_anchor_links_on_one_page_stay_separate_items() -> None:
    parsed = corpus("rsparser_scriptingnews.rss.xml", "http://scripting.com/rss.xml")
    assert len(parsed.items) == 48  # 50 entries, two of them repeated
    assert len({key for item in parsed.items for key in item.keys}) >= 48


def test_body_digest_tells_bodies_apart() -> None:
    assert body_digest(b"a") == body_digest(b"a") != body_digest(b"b")
    assert re.fullmatch(r"[0-9a-f]{32}", body_digest(b""))


def test_an_impossible_character_or_date_costs_only_its_item() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Bad &#x110000; ref</title><link>https://ex.org/1</link><guid>1</guid></item>
<item><title>Surrogate &#xD800; ref &#0;</title><link>https://ex.org/3</link><guid>3</guid></item>
<item><title>Edge date</title><link>https://ex.org/4</link><guid>4</guid>
<pubDate>Fri, 31 Dec 9999 23:59:59 -1200</pubDate></item>
<item><title>Good DeepSeek item</title><link>https://ex.org/2</link><guid>2</guid></item>
</channel></rss>"""
    parsed = parse_feed(body, "https://ex.org/feed")
    titles = [i.title for i in parsed.items]
    assert "Good DeepSeek item" in titles and len(titles) == 4
    assert "Bad \ufffd ref" in titles


def test_a_date_in_the_future_is_taken_as_now() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>From the future</title><link>https://ex.org/f</link><pubDate>Fri, 31 Dec 2100 23:59:59 GMT</pubDate></item>
</channel></rss>"""
    (item,) = parse_feed(body, "https://ex.org/feed").items
    assert item.published is not None and item.published <= datetime.now(UTC)
