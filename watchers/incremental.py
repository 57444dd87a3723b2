"""A changed feed body -> its new items only, parsed; the whole body when that is not certainly the same.

Raw items are hashed before anything expensive: the ones the feed's last parse already saw are not
given to feedparser at all, so they are neither parsed, normalised nor returned (the caller knew them
already). The new ones are parsed inside the document's own head and tail, so they come out exactly
as a full parse would give them. Whenever the shortcut could differ from a full parse, the body is
parsed whole: no memory of the feed (first poll in this process), a document that cannot be cut
with certainty, an encoding under which a part could decode differently from the whole, an
ill-formed document (feedparser's lenient parser may read items differently), or a parser that read
a different number of entries than the cut found.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass

from .itemcache import SeenItems
from .itemsplit import split_items
from .parse import ParsedFeed, parse_feed
from .xmlguard import MAX_TAGS, utf8_if_wide

__all__ = ["ChangedParse", "parse_changed", "parse_whole"]

Parse = Callable[..., ParsedFeed]

_DECLARED_RE = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class ChangedParse:
    parsed: ParsedFeed  # the new items only when `incremental`, else every item of the body
    seen: SeenItems | None  # what to remember for the feed's next poll; None: parse it whole next time
    incremental: bool


def parse_changed(
    body: bytes,
    feed_url: str,
    *,
    previous: SeenItems | None,
    previous_hash: str | None,
    body_hash: str,
    content_type: str | None = None,
    max_bytes: int,
    base_url: str | None = None,
    parse: Parse = parse_feed,
) -> ChangedParse:
    """Parse a body that differs from the last one (`previous_hash`), only its new items when possible.

    `previous` is what the feed's last successful parse saw; it is used only when it belongs to the
    body whose hash the caller recorded (`previous_hash`). `parse` is `parse_feed` (a seam for tests).
    """
    base = base_url or feed_url
    xml, xml_type = _as_xml(body, content_type)
    split = split_items(xml) if xml is not None and _decodes_piecewise(xml, xml_type) else None
    if split is None:
        return ChangedParse(parse(body, feed_url, content_type=content_type, max_bytes=max_bytes,
                                  base_url=base_url), None, False)
    assert xml is not None  # split_items ran on it
    digests = split.digests()
    seen = SeenItems(body_hash, base, split.tag, b"".join(digests))
    if (previous is not None and previous.body_hash == previous_hash and previous.base_url == base
            and previous.tag == split.tag and xml.count(b"<") <= MAX_TAGS):
        known = previous.known()
        new = [raw for raw, digest in zip(split.items, digests, strict=True) if digest not in known]
        parsed = parse(split.with_items(new), feed_url, content_type=xml_type, max_bytes=max_bytes,
                       base_url=base_url)
        if _certain(parsed, len(new)):
            return ChangedParse(parsed, seen, True)
    parsed = parse(body, feed_url, content_type=content_type, max_bytes=max_bytes, base_url=base_url)
    return ChangedParse(parsed, seen if _certain(parsed, len(split.items)) else None, False)


def parse_whole(body: bytes, feed_url: str, *, content_type: str | None = None, max_bytes: int,
                base_url: str | None = None, parse: Parse = parse_feed) -> ChangedParse:
    """The body parsed whole, nothing to remember (no item cache, or content a WebSub hub pushed)."""
    return ChangedParse(parse(body, feed_url, content_type=content_type, max_bytes=max_bytes, base_url=base_url),
                        None, False)


def _certain(parsed: ParsedFeed, items: int) -> bool:
    """A clean parse that read exactly the items the cut found: the cut and feedparser agree."""
    return parsed.is_feed and parsed.bozo_message is None and parsed.entries == items


def _as_xml(body: bytes, content_type: str | None) -> tuple[bytes | None, str | None]:
    """The body as ASCII-compatible XML bytes (UTF-16/32 transcoded, as `parse_feed` does), or None
    for what is not cut: gzip files, JSON, empty bodies."""
    if body[:2] == b"\x1f\x8b":
        return None, content_type
    wide = utf8_if_wide(body)
    if wide is not body:
        return wide, "application/xml; charset=utf-8"
    start = body.lstrip().removeprefix(_UTF8_BOM).lstrip()[:1]
    return (body if start == b"<" else None), content_type


def _decodes_piecewise(xml: bytes, content_type: str | None) -> bool:
    """Whether every piece of `xml` decodes to the same text alone as inside the whole document.

    True for ASCII under an encoding that reads it as ASCII, and for valid UTF-8 declared as UTF-8
    (or not declared). Other documents (e.g. windows-1251 that a parser might re-guess from other
    items) are parsed whole.
    """
    name = "utf-8"
    if (declared := _DECLARED_RE.match(xml)) is not None:
        name = declared.group(1).decode("ascii")
    elif not xml.startswith(_UTF8_BOM) and (charset := _CHARSET_RE.search(content_type or "")) is not None:
        name = charset.group(1)
    try:
        codec = codecs.lookup(name).name
        if xml.isascii():
            return codec == "utf-8" or xml.decode(codec) == xml.decode("ascii")
        return codec == "utf-8" and bool(xml.decode("utf-8"))
    except (LookupError, UnicodeDecodeError):
        return False
