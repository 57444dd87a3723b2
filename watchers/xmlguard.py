"""Hostile XML is made harmless, or refused, before feedparser sees it. Pure: bytes in, bytes out.

feedparser is safe against the classic nested "billion laughs", but not against everything a feed
server can send within our size cap. Measured with bodies under 2 MB, before these guards:

- An entity whose value is plain text (which feedparser calls "safe" and keeps) referenced many
  times expands without limit in feedparser's fallback parser (a 109 KB feed reached 900 MB of
  memory), and up to 100 times the body size even in expat (which has a limit).
- feedparser spends about 75 µs on every element and keeps a stack entry per nesting level: 700,000
  nested `<a>` tags took 55 s and 330 MB; 2 MB of stray "<" took 18 s. The same tags behind
  `<!-- -- >` took 27 s and 700 MB: expat refuses the "--", and the fallback parser reads that
  as a whole comment, while this guard used to read XML's comment up to the final "-->".
- xml.sax looks attributes up by a linear scan, so one element with 20,000 attributes took 30 s of
  CPU, and 170,000 would take half an hour, in a worker thread nothing can cancel.

So entity declarations are dropped (except ones standing for a single character, like
`<!ENTITY nbsp "&#160;">`, which cannot amplify; a reference to a dropped entity stays literal
text), and a document with more markup, or an element with more attributes, than a real feed has
is refused. Markup is counted as feedparser's fallback parser tokenizes it (`feedview.loose_markup`),
which never reads less of it than expat; attributes as expat reads them (a quoted ">" does not end
a tag). The guards read the document feedparser will parse (`feedview.decoded`: UTF-8, whatever
its declared encoding), and UTF-16 and UTF-32 are transcoded first as well (`utf8_if_wide`, for
callers that cut documents). What still gets past them is bounded by the process it is parsed in
(`parsepool`).
"""

from __future__ import annotations

import re

from .feedview import loose_markup

__all__ = ["MAX_ATTRIBUTES", "MAX_TAGS", "drop_entity_declarations", "markup_excess", "utf8_if_wide"]

# Tags (`<x/>` is two), comments, processing instructions, declarations and stray "<" as the fallback parser
# reads them; a large real feed (1,000 items) has ~30,000; HTML in a CDATA section is text, not counted.
MAX_TAGS = 100_000
MAX_ATTRIBUTES = 256  # per element; real feeds use a handful (a root element's xmlns declarations: ~30)

# The byte patterns that tell UTF-32 and UTF-16 apart (BOM or the nulls around "<?"); UTF-32 first,
# since its little-endian BOM begins with UTF-16's.
_WIDE = (
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"<\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"),
    (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
    (b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"),
)
_DECLARED_ENCODING_RE = re.compile(r"""\A(\s*<\?xml[^>]{0,200}?encoding\s*=\s*)(["'])[^"']{0,40}\2""")
# A markup declaration, quoted strings skipped; possessive, so no input makes it backtrack.
_ENTITY_DECL_RE = re.compile(rb"""<!ENTITY(?:[^>"']++|"[^"]*+"|'[^']*+')*+>""")
_HARMLESS_ENTITY_RE = re.compile(rb"""<!ENTITY\s++[\w.:-]++\s++(?:"&\#\w++;"|'&\#\w++;')\s*+>""")
_ROOT_RE = re.compile(rb"<[A-Za-z_]")  # feedparser's own idea of where the prolog ends
_PROLOG_RE = re.compile(
    rb"""(?:\xef\xbb\xbf)?(?:\s++|<\?(?:[^?]++|\?(?!>))*+\?>|<!--(?:[^-]++|-(?!->))*+-->"""
    rb"""|<!DOCTYPE(?:[^\[>"']++|"[^"]*+"|'[^']*+')*+(?:\[(?:[^\]"'<]++|"[^"]*+"|'[^']*+'"""
    rb"""|<!--(?:[^-]++|-(?!->))*+-->|<(?:[^>"']++|"[^"]*+"|'[^']*+')*+>|<)*+\])?\s*+>"""
    rb"""|<!(?:[^>"']++|"[^"]*+"|'[^']*+')*+>)*+"""
)
# A start tag as expat reads it (a quoted value may hold ">", never "<") with more "=" outside its values
# than MAX_ATTRIBUTES: each attribute has one. Possessive, so a failed try costs one pass over the tag.
_MANY_ATTRIBUTES_RE = re.compile(
    rb"""<[A-Za-z_:](?:(?:[^<>"'=]++|"[^"<]*+"|'[^'<]*+')*+=){%d}""" % (MAX_ATTRIBUTES + 1))


def utf8_if_wide(body: bytes) -> bytes:
    """A UTF-16/UTF-32 document re-encoded as UTF-8 (its encoding declaration rewritten to match);
    any other document unchanged."""
    codec = next((name for prefix, name in _WIDE if body.startswith(prefix)), None)
    if codec is None:
        return body
    text = body.decode(codec, errors="replace").lstrip("\ufeff")
    text = _DECLARED_ENCODING_RE.sub(r"\1\2utf-8\2", text, count=1)
    return text.encode("utf-8", errors="replace")


def drop_entity_declarations(body: bytes) -> bytes:
    """The document without the entity declarations of its prolog, except single-character ones.

    The prolog is everything before the root element: as XML reads it (a DOCTYPE's internal subset
    may contain "<a"), and as feedparser reads it (up to the first "<" and a letter), whichever is
    longer, so neither of them gets to see a declaration.
    """
    if b"<!ENTITY" not in body:
        return body
    prolog = _PROLOG_RE.match(body)
    root = _ROOT_RE.search(body)
    end = max(prolog.end() if prolog else 0, root.start() if root else len(body))
    head = _ENTITY_DECL_RE.sub(_keep_if_harmless, body[:end])
    return head + body[end:] if len(head) != end else body


_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));")


def replace_impossible_char_refs(body: bytes) -> bytes:
    """`&#x110000;`, `&#xD800;` or `&#0;` name no character: one of them made feedparser give up on the
    whole document. Each becomes U+FFFD, so the item it sits in costs at most its own text."""
    if b"&#" not in body:
        return body

    def fix(m: re.Match[bytes]) -> bytes:
        code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
        if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            return b"&#xFFFD;"
        return m.group(0)
    return _CHAR_REF.sub(fix, body)


def markup_excess(document: bytes) -> str | None:
    """Why the document has more markup than any real feed (tags, attributes per element), or None.

    `document` is what feedparser will parse (see `feedview.decoded`). A document with few "<" is let
    through uncounted: no tokenizer finds more than two tags in one "<".
    """
    if _MANY_ATTRIBUTES_RE.search(document):
        return f"refused: an element with more than {MAX_ATTRIBUTES} attributes (a markup bomb?)"
    if 2 * document.count(b"<") > MAX_TAGS and loose_markup(document, MAX_TAGS) > MAX_TAGS:
        return f"refused: more than {MAX_TAGS} tags (a markup bomb?)"
    return None


def _keep_if_harmless(declaration: re.Match[bytes]) -> bytes:
    text = declaration.group(0)
    return text if _HARMLESS_ENTITY_RE.fullmatch(text) else b""
