"""A document as feedparser reads it: the text its encoding rules give, and the markup its loose parser sees.

The guards in `xmlguard` must judge the document feedparser will parse, not the bytes that came in:

- feedparser decodes by the server's charset, the XML declaration, a BOM or a guess, so a document
  declared as UTF-7 or EBCDIC (cp037) hides every "<" from a guard reading bytes as ASCII. `decoded`
  runs feedparser's own conversion once; `parse` hands feedparser its UTF-8 result.
- When expat gives up on a document (one "--" inside a comment is enough), feedparser parses it
  again with its loose sgmllib-based parser, whose rules are not XML's: `<!-- -- >` is a whole
  comment to it, a processing instruction ends at the first ">", and `<x/>` is rewritten to
  `<x></x>` before tokenizing. `loose_markup` counts with that parser's own tokenizer (its
  rewriting, its regular expressions, feedparser's overrides) and handlers that only count, so no
  markup can hide from the count in a construct the two of them read differently.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

import feedparser.api
from feedparser.encodings import convert_to_utf8
from feedparser.sanitizer import replace_doctype

__all__ = ["Decoded", "decoded", "loose_markup"]


@dataclass(frozen=True)
class Decoded:
    document: bytes  # UTF-8, its XML declaration saying so
    complaint: str | None  # why feedparser would call the document ill-formed for its encoding, if it would


def decoded(body: bytes, content_type: str) -> Decoded:
    """`body` decoded as feedparser decodes it under the Content-Type `content_type`, as UTF-8.

    Raises what feedparser's conversion raises (UnicodeError on text that cannot be UTF-8, such as a
    lone surrogate a UTF-7 document can encode).
    """
    result: dict[str, Any] = {}
    document = convert_to_utf8({"content-type": content_type}, body, result)
    complaint = result.get("bozo_exception")
    return Decoded(document, str(complaint) if complaint is not None else None)


def loose_markup(document: bytes, limit: int) -> int:
    """How many tags, comments, processing instructions, declarations and stray "<" feedparser's
    loose parser reads in the UTF-8 `document`; counting stops once past `limit`."""
    counter = _Counter(limit)
    with contextlib.suppress(_LimitReachedError):
        counter.feed(replace_doctype(document)[1].decode("utf-8", "replace"))
    return counter.events


class _LimitReachedError(Exception):
    """Past the limit: the rest of the document need not be read."""


class _Counter(feedparser.api.LooseFeedParser):  # type: ignore[misc]  # feedparser has no types
    """The loose parser with every handler replaced by a count. Only handlers are overridden (never
    a method that decides where a token ends), so the tokens are the loose parser's own."""

    def __init__(self, limit: int):
        super().__init__("", None, "utf-8", {})
        self.limit = limit
        self.events = 0

    def _event(self) -> None:
        self.events += 1
        if self.events > self.limit:
            raise _LimitReachedError

    def finish_starttag(self, tag: str, attrs: list[tuple[str, str]]) -> int:
        self._event()
        return -1

    def finish_endtag(self, tag: str) -> None:
        self._event()

    def unknown_endtag(self, tag: str) -> None:  # the end feedparser adds to an XHTML `<x .../>`
        self._event()

    def handle_data(self, text: str, escape: int = 1) -> None:
        if text[:1] == "<":  # a stray "<", or an unfinished construct read as text to the end
            self._event()

    def handle_comment(self, text: str) -> None:
        self._event()

    def handle_pi(self, text: str) -> None:
        self._event()

    def parse_declaration(self, i: int) -> Any:
        self._event()
        return super().parse_declaration(i)

    def handle_charref(self, ref: str) -> None:
        pass

    def handle_entityref(self, ref: str) -> None:
        pass
