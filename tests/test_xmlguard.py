"""Hostile XML is defused or refused before feedparser; real feeds pass through untouched."""

from __future__ import annotations

import time

import feedparser.api
import pytest

from support.feed_server import rss
from watchers.feedview import loose_markup
from watchers.parse import parse_feed
from watchers.xmlguard import MAX_ATTRIBUTES, MAX_TAGS, drop_entity_declarations, markup_excess, utf8_if_wide

FEED = rss([{"title": "DeepSeek ships R2", "link": "https://ex.com/a"}])


def with_doctype(subset: str, body: str = "<rss version='2.0'><channel><title>&x;</title></channel></rss>") -> bytes:
    return f"<?xml version='1.0'?>\n<!DOCTYPE rss [\n{subset}\n]>\n{body}".encode()


def test_a_document_without_entity_declarations_is_returned_as_it_is() -> None:
    assert drop_entity_declarations(FEED) is FEED
    assert utf8_if_wide(FEED) is FEED
    assert markup_excess(FEED) is None


@pytest.mark.parametrize("declaration", [
    '<!ENTITY x "' + "a" * 1000 + '">',  # flat text: what feedparser calls safe
    "<!ENTITY x '&y;&y;'>",  # nested
    '<!ENTITY x SYSTEM "file:///etc/passwd">',  # external
    '<!ENTITY % p "<!ENTITY x \'boom\'>"> %p;',  # a parameter entity declaring another
    '<!ENTITY x "a > b">',  # a ">" inside the quotes does not end it
])
def test_entity_declarations_are_dropped(declaration: str) -> None:
    defused = drop_entity_declarations(with_doctype(declaration))
    assert b"<!ENTITY" not in defused and b"<rss version='2.0'>" in defused


def test_a_single_character_entity_is_kept_and_still_decoded() -> None:
    body = with_doctype('<!ENTITY x "&#160;">', "<rss version='2.0'><channel><title>a&x;b</title></channel></rss>")
    assert drop_entity_declarations(body) == body
    assert parse_feed(body, "https://ex.com/f").title == "a b"


def test_declarations_hidden_where_only_feedparser_looks_are_dropped_too() -> None:
    # outside the DOCTYPE (XML would refuse it, feedparser's fallback parser would expand it) ...
    stray = (b"<?xml version='1.0'?>\n<!DOCTYPE rss>\n<!ENTITY x \"aaaa\">\n"
             b"<rss><channel><title>&x;</title></channel></rss>")
    assert b"<!ENTITY" not in drop_entity_declarations(stray)
    # ... and in a subset that holds a "<b" (where feedparser thinks the prolog ends)
    tricky = with_doctype('<!ENTITY y "<b>bold</b>">\n<!ENTITY x "' + "a" * 100 + '">')
    assert b"<!ENTITY" not in drop_entity_declarations(tricky)


def test_a_referenced_dropped_entity_stays_literal_text() -> None:
    body = with_doctype('<!ENTITY x "' + "a" * 50_000 + '">',
                        "<rss version='2.0'><channel><title>T</title><item><title>DeepSeek</title>"
                        "<link>https://ex.com/a</link><description>" + "&x;" * 5000 + "</description></item>"
                        "</channel></rss>")
    parsed = parse_feed(body, "https://ex.com/f")
    assert [i.title for i in parsed.items] == ["DeepSeek"]
    assert "aaaa" not in parsed.items[0].summary and parsed.items[0].summary.startswith("&x;&x;")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_wide_documents_become_utf8_so_the_guards_can_read_them(codec: str) -> None:
    text = FEED.decode().replace("encoding='utf-8'", f"encoding='{codec}'")
    body = text.encode(codec)
    converted = utf8_if_wide(body)
    assert converted.decode("utf-8") == FEED.decode()
    assert [i.title for i in parse_feed(body, "https://ex.com/f").items] == ["DeepSeek ships R2"]
    bomb = with_doctype('<!ENTITY x "' + "a" * 1000 + '">').decode().encode(codec)
    assert b"<!ENTITY" not in drop_entity_declarations(utf8_if_wide(bomb))


def test_too_many_tags_are_refused_but_html_in_cdata_is_not_counted() -> None:
    nested = b"<rss><channel><description>" + b"<a>" * (MAX_TAGS + 1) + b"</description></channel></rss>"
    assert "more than" in (markup_excess(nested) or "")
    assert "more than" in (markup_excess(b"<rss>" + b"<" * (MAX_TAGS + 1) + b"</rss>") or "")
    cdata = b"<rss><channel><description><![CDATA[" + b"<p>" * (MAX_TAGS + 1) + b"]]></description></channel></rss>"
    assert markup_excess(cdata) is None
    comment = b"<rss><!--" + b"<p>" * (MAX_TAGS + 1) + b"--></rss>"
    assert markup_excess(comment) is None
    parsed = parse_feed(nested, "https://ex.com/f")
    assert parsed.items == () and "more than" in (parsed.bozo_message or "")


def test_an_element_with_too_many_attributes_is_refused() -> None:
    def element(n: int) -> bytes:
        return b"<rss><item " + b" ".join(b"a%d='1'" % i for i in range(n)) + b"/></rss>"

    assert markup_excess(element(MAX_ATTRIBUTES)) is None
    assert "attributes" in (markup_excess(element(MAX_ATTRIBUTES + 1)) or "")


# -- markup hidden where expat and feedparser's fallback parser read a document differently ----------

# Where tags hide from a reader that takes XML's view: (before the tags, after them). feedparser's
# fallback parser, which runs whenever expat gives up, tokenizes every one of those tags.
HIDDEN = {
    "a '--' inside a comment": (b"<!-- -- >", b"-->"),  # the loose parser's comment ends at "--\s*>"
    "unicode space before the comment's '>'": ("<!-- --\u3000>".encode(), b"-->"),
    "a comment opener written as an empty tag": (b"<!--/>", b"-->"),  # rewritten to <!--></!-->
    "an empty tag ending in '--' inside a comment": (b"<!-- <x--/>", b"-->"),  # rewritten to <x--></x-->
    "a processing instruction": (b"<?pi >", b"?>"),  # ends at its first ">"
    "a marked section other than CDATA": (b"<![cdata[ >", b"]]>"),  # a declaration to it, ends at ">"
    "a comment opener inside an attribute value": (b"<b title='<!--'>", b"-->"),
}


def hiding(where: tuple[bytes, bytes], tags: int) -> bytes:
    before, after = where
    return (b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>" + before + b"<a>" * tags + after
            + b"</channel></rss>")


@pytest.mark.parametrize("where", HIDDEN.values(), ids=HIDDEN.keys())
def test_tags_hidden_where_the_parsers_disagree_are_counted(where: tuple[bytes, bytes]) -> None:
    assert "more than" in (markup_excess(hiding(where, MAX_TAGS + 1)) or "")


def test_the_reported_tag_bomb_is_refused_quickly_and_without_parsing_it() -> None:
    bomb = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><!-- -- >" + b"<a>" * 1_600_000
            + b"--></channel></rss>")  # 27 s of CPU and 700 MB in feedparser
    start = time.process_time()
    parsed = parse_feed(bomb, "https://ex.com/f")
    assert parsed.items == () and "more than 100000 tags" in (parsed.bozo_message or "")
    assert time.process_time() - start < 5  # about 0.4 s


@pytest.mark.parametrize("codec", ["utf-7", "cp037"])
def test_markup_in_an_encoding_that_hides_it_from_ascii_is_counted(codec: str) -> None:
    head = f"<?xml version='1.0' encoding='{codec}'?><rss version='2.0'><channel><title>T</title>"
    text = head + "<a>" * (MAX_TAGS + 1) + "</channel></rss>"
    body = text.encode(codec)
    if codec == "utf-7":  # Python writes "<" as itself; UTF-7 may also write it "+ADw-"
        body = head.encode() + text[len(head):].replace("<", "+ADw-").replace(">", "+AD4-").encode()
    assert b"<a>" not in body
    assert "more than" in (parse_feed(body, "https://ex.com/f").bozo_message or "")


def test_a_quoted_gt_does_not_end_the_tag_whose_attributes_are_counted() -> None:
    attributes = b" ".join(b"a%d='1'" % i for i in range(MAX_ATTRIBUTES + 1))
    assert "attributes" in (markup_excess(b"<rss><item title='a > b' " + attributes + b"/></rss>") or "")
    assert markup_excess(b"<rss><item title='a > b' x='1'/>" + b"<i x='=' y='=='/>" * 300 + b"</rss>") is None


SAMPLES = [*(hiding(where, 50) for where in HIDDEN.values()), FEED, b"<a/><b x='1'/>" * 10,
           b"<rss>" + b"< < <" * 10 + b"</rss>", b"<rss>" + b"<![CDATA[<p>]]><p>" * 10 + b"</rss>",
           b"<?pi?><!DOCTYPE rss><rss>&amp;</rss>"]


@pytest.mark.parametrize("body", SAMPLES)
def test_the_count_is_never_below_what_the_fallback_parser_handles(body: bytes) -> None:
    """The count runs the loose parser's tokenizer with counting handlers; here the real loose parser,
    with its real handlers, is watched: every start and end tag it handles was counted."""
    class Watched(feedparser.api.LooseFeedParser):  # type: ignore[misc]
        tags = 0

        def unknown_starttag(self, tag: str, attrs: list[tuple[str, str]]) -> None:
            self.tags += 1
            super().unknown_starttag(tag, attrs)

        def unknown_endtag(self, tag: str) -> None:
            self.tags += 1
            super().unknown_endtag(tag)

    watched = Watched("https://ex.com/f", None, "utf-8", {})
    watched.sanitize_html = watched.resolve_relative_uris = False  # as parse_feed runs it
    watched.feed(body.decode())
    assert watched.tags > 0
    assert loose_markup(body, 10 * MAX_TAGS) >= watched.tags
