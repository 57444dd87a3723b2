"""Canonical URLs and identity keys: one article, one key, however a feed spells its link."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from watchers.urls import canonical_url, url_key

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://ex.com/a?utm_source=rss&utm_medium=feed&id=7", "https://ex.com/a?id=7"),
        ("https://ex.com/a?fbclid=IwAR0x&gclid=abc&dclid=1&msclkid=2", "https://ex.com/a"),
        ("https://ex.com/a?mc_cid=1&mc_eid=2&igshid=3&yclid=4&_hsenc=5&_hsmi=6", "https://ex.com/a"),
        ("https://ex.com/a?ref_src=twsrc&spm=a2c&cmpid=x&ocid=y&ncid=z&sr_share=tw&at_medium=rss", "https://ex.com/a"),
        ("https://ex.com/a?UTM_Campaign=x&b=2", "https://ex.com/a?b=2"),
        ("https://ex.com/a?z=1&a=2&m=", "https://ex.com/a?a=2&m=&z=1"),
        ("https://ex.com/a?q=deep%20seek&x=a+b", "https://ex.com/a?q=deep%20seek&x=a+b"),
        ("HTTPS://WWW.Ex.COM:443/Path/Case", "https://www.ex.com/Path/Case"),
        ("http://ex.com:80/a", "http://ex.com/a"),
        ("http://ex.com:8080/a", "http://ex.com:8080/a"),
        ("https://ex.com", "https://ex.com/"),
        ("https://ex.com/a#comments", "https://ex.com/a"),
        ("https://ex.com/a#xtor=RSS-3208", "https://ex.com/a"),
        ("https://lemonde.fr/a.html#ixzz4a1b2c", "https://lemonde.fr/a.html"),
        ("  https://ex.com/a  ", "https://ex.com/a"),
        ("http://ex.com/a", "http://ex.com/a"),  # the scheme is kept: http may be all the site has
    ],
)
def test_canonical_url_removes_tracking_and_normalises(raw: str, expected: str) -> None:
    assert canonical_url(raw) == expected


def test_anchor_fragments_that_identify_items_are_kept() -> None:
    # day pages and changelogs link every item to an anchor of one page
    assert canonical_url("http://scripting.com/2017/06/26.html#a080605") == "http://scripting.com/2017/06/26.html#a080605"
    assert url_key("https://windsurf.com/changelog#2.3.9") != url_key("https://windsurf.com/changelog#2.3.15")


@pytest.mark.parametrize(
    ("wrapped", "target"),
    [
        ("https://www.google.com/url?rct=j&sa=t&url=https://investorplace.com/2019/07/slack/&ct=ga&usg=AF",
         "https://investorplace.com/2019/07/slack/"),
        ("https://www.google.com/url?q=https://ex.com/story%3Fid%3D5&sa=D", "https://ex.com/story?id=5"),
        ("https://google.co.in/url?url=https%3A%2F%2Fex.in%2Fa%3Futm_source%3Dga", "https://ex.in/a"),
        ("https://news.google.com/news/url?sa=t&url=https://ex.com/b&usg=x", "https://ex.com/b"),
        ("https://www.google.com/amp/s/www.ex.com/article/amp", "https://www.ex.com/article/amp"),
        ("https://www-ex-com.cdn.ampproject.org/c/s/www.ex.com/story", "https://www.ex.com/story"),
        (("http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=9&url=https%3a%2f%2fwww.reuters.com%2ftech%2fds"
          "%2f&c=1&mkt=en-us"), "https://www.reuters.com/tech/ds/"),
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fex.com%2Fc%3Ffbclid%3D1&h=x", "https://ex.com/c"),
    ],
)
def test_news_search_wrappers_are_unwrapped(wrapped: str, target: str) -> None:
    assert canonical_url(wrapped) == target


def test_a_google_url_that_is_not_a_redirect_is_left_alone() -> None:
    assert canonical_url("https://www.google.com/search?q=deepseek") == "https://www.google.com/search?q=deepseek"
    assert canonical_url("https://www.google.com/url?url=javascript:alert(1)").startswith("https://www.google.com/url")


def test_google_alerts_links_from_the_corpus_point_at_publishers() -> None:
    text = (CORPUS / "feedjira_google_alerts.atom.xml").read_text("utf-8")
    links = [m.replace("&amp;", "&") for m in re.findall(r'<link href="([^"]+)"', text) if "google.com/url" in m]
    assert len(links) == 20
    for link in links:
        canon = canonical_url(link)
        assert "google." not in canon.split("/")[2], canon
        assert "&ct=ga" not in canon and "usg=" not in canon
        assert canon.startswith(("https://", "http://"))
    assert canonical_url(links[1]) == "https://investorplace.com/2019/07/slack-stock-truly-compelling/"


def test_variants_of_one_article_share_one_key() -> None:
    variants = [
        "https://www.example.com/news/deepseek-r2",
        "http://example.com/news/deepseek-r2/",
        "https://m.example.com/news/deepseek-r2",
        "https://amp.example.com/news/deepseek-r2",
        "https://www.example.com/news/deepseek-r2/amp",
        "https://www.example.com/news/deepseek-r2/amp/",
        "https://www.example.com/news/deepseek-r2?amp",
        "https://www.example.com/news/deepseek-r2?outputType=amp",
        "https://www.example.com/news/deepseek-r2?utm_source=twitter#comments",
        "https://WWW.EXAMPLE.COM:443/news/deepseek-r2",
        "https://www.google.com/url?url=https://example.com/news/deepseek-r2&ct=ga",
    ]
    assert {url_key(v) for v in variants} == {"example.com/news/deepseek-r2"}


def test_different_articles_keep_different_keys() -> None:
    keys = {
        url_key("https://example.com/news/a"),
        url_key("https://example.com/news/b"),
        url_key("https://example.com/news/a?id=2"),
        url_key("https://other.example.com/news/a"),
        url_key("https://example.com/News/a"),  # paths are case-sensitive
    }
    assert len(keys) == 5


def test_a_two_label_host_keeps_its_prefix() -> None:
    # "m.com" is a domain, not the mobile host of "com"
    assert url_key("https://m.com/a") == "m.com/a"


@pytest.mark.parametrize("garbage", ["", "   ", "not a url", "javascript:alert(1)", "http://[::1", "http://ex.com:99999/",
                                     "mailto:a@b.c", "tag:google.com,2005:x", "//ex.com/a", "/relative/path"])
def test_garbage_is_returned_stripped_not_raised(garbage: str) -> None:
    assert canonical_url(garbage) == garbage.strip()
    assert isinstance(url_key(garbage), str)


def test_non_string_input_does_not_raise() -> None:
    assert canonical_url(None) == ""  # type: ignore[arg-type]


@pytest.mark.parametrize(("url", "shown"), [
    ("https://user:hunter2@feeds.example/x?apikey=abc123&page=2", "https://***@feeds.example/x?apikey=***&page=2"),
    ("http://ex.org/feed?token=s3cr3t", "http://ex.org/feed?token=***"),
    ("https://ex.org/f?access_token=zz#top", "https://ex.org/f?access_token=***#top"),
    ("https://ex.org/a?page=2&lang=en", "https://ex.org/a?page=2&lang=en"),
])
def test_credentials_in_a_url_are_never_shown(url: str, shown: str) -> None:
    from watchers.urls import redact_url
    assert redact_url(url) == shown
    assert redact_url(f"poll of {url} failed: 401") == f"poll of {shown} failed: 401"


def test_logs_and_the_feed_list_hide_feed_credentials() -> None:
    from bot.logs import redact
    assert "hunter2" not in redact("feed https://bob:hunter2@ex.org/x?key=k1 failing") and "k1" not in redact(
        "GET https://ex.org/x?key=k1")
