"""Feed bytes -> normalised Items. Pure and CPU-bound: the poller runs it in a worker process (`parsepool`).

Parsing takes the body, never a URL, so feedparser can never fetch anything and every case is a
data file in tests. feedparser's dicts stop here: callers get `ParsedFeed` and `Item` dataclasses.
Bad input never raises (running out of memory does); it yields no items and a `bozo_message` saying
why, while items feedparser recovered from ill-formed XML are kept (except an entry cut off by the
end of a truncated document).
Hostile XML (entity bombs, markup bombs) is defused or refused first, by `xmlguard`, in the text
feedparser will read (`feedview`). JSON feeds are read here too, because feedparser does not.
"""

from __future__ import annotations

import email.utils
import hashlib
import html
import io
import json
import re
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
import feedparser.api

from .feedview import decoded
from .items import Item
from .urls import canonical_url, url_key
from .xmlguard import drop_entity_declarations, markup_excess, replace_impossible_char_refs, utf8_if_wide

__all__ = ["DEFAULT_MAX_BYTES", "SUMMARY_CHARS", "ParsedFeed", "body_digest", "html_to_text", "parse_feed"]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
SUMMARY_CHARS = 1000
_HTML_WORK_CHARS = 20_000  # HTML looked at for any text; huge content:encoded bodies are cut first
# Sections that go with their content: (whole section, its closer). Each runs only up to the last
# closer, so an opener that is never closed costs nothing (it made these searches quadratic:
# 16,000 "<script" took 15 s).
_SECTIONS = (
    (re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL), re.compile(r"\]\]>"), r"\1"),
    *((re.compile(rf"<{tag}\b.*?</{tag}\s*>", re.DOTALL | re.IGNORECASE), re.compile(rf"</{tag}\s*>", re.IGNORECASE),
       " ")
      for tag in ("script", "style", "noscript", "template")),
    (re.compile(r"<!--.*?-->", re.DOTALL), re.compile(r"-->"), " "),
)
_INLINE_RE = re.compile(
    r"</?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strong|sub|sup"
    r"|time|u|var|wbr)\b[^<>]*>",
    re.IGNORECASE,
)
_TAG_RE = re.compile(r"</?[a-zA-Z][^<>]*>|<![^<>]*>|<\?[^<>]*>")
_OPEN_TAG_TAIL_RE = re.compile(r"</?[a-zA-Z][^<>]*$")
_SPACE_RE = re.compile(r"[\s\x00-\x08\x0e-\x1f\x7f]+")
_ENTRY_OPEN_RE = re.compile(rb"<(?:[\w.-]{1,40}:)?(?:item|entry)[\s/>]")
_ENTRY_CLOSE_RE = re.compile(rb"</(?:[\w.-]{1,40}:)?(?:item|entry)\s*>")
_XML_DECL_ENCODING_RE = re.compile(rb"^\s*<\?xml[^>]{0,200}?encoding\s*=", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_WEB = ("http://", "https://")
_get = dict.get  # feedparser's dicts are dict subclasses; see _parse_xml
# feedparser asks xml.sax for the libxml2 driver first, on every parse: never installed here, and the
# failed import (a sys.path scan under the import lock) cost ~0.2 ms a parse, 15 % of a changed
# poll's CPU once only new items are parsed. Straight to expat, the parser the corpus is tested with.
feedparser.api.PREFERRED_XML_PARSERS = []
_JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/", "http://jsonfeed.org/version/")


@dataclass(frozen=True)
class ParsedFeed:
    """One parsed document. `version` is feedparser's format name ("rss20", "atom10", "json1"...),
    empty when the body is not a feed at all (an HTML page, an empty body, other JSON)."""

    title: str
    lang: str | None
    ttl_seconds: int | None
    items: tuple[Item, ...]
    bozo_message: str | None
    version: str = ""
    entries: int = 0  # entries the parser read, before empty and duplicate ones were dropped

    @property
    def is_feed(self) -> bool:
        return bool(self.version)


def body_digest(body: bytes) -> str:
    """A fingerprint of a response body, so an unchanged body is not parsed again."""
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def parse_feed(
    body: bytes,
    feed_url: str,
    *,
    content_type: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    base_url: str | None = None,
) -> ParsedFeed:
    """Parse an RSS/Atom/RDF/JSON Feed document that belongs to the feed `feed_url`.

    `feed_url` is the feed's identity (it goes into GUID keys, so it must not change between polls);
    relative links resolve against `base_url` (where the body really came from, after redirects),
    defaulting to `feed_url`, and against any xml:base. A gzip-compressed body is inflated first, up
    to `max_bytes` (a gzip-bomb guard). `content_type` is the response header; its charset is used
    only when the document declares no encoding itself.
    """
    if body[:2] == b"\x1f\x8b":
        try:
            body = _gunzip(body, max_bytes)
        except ValueError as exc:
            return _failed(str(exc))
    if not body.strip():
        return _failed("empty document")
    start = body.lstrip()[:4]
    if start.startswith(b"\xef\xbb\xbf"):
        start = start[3:].lstrip()
    if start[:1] in (b"{", b"["):
        return _parse_json(body, feed_url, base_url or feed_url)
    return _parse_xml(body, feed_url, base_url or feed_url, content_type)


def html_to_text(value: Any, limit: int | None = None) -> str:
    """Plain text from an HTML (or plain) fragment: tags stripped, entities decoded, spaces collapsed.

    Inline tags vanish without a trace (so "<b>Dee</b>pSeek" stays one word), block tags become a
    space. Text that was escaped twice (a common feed bug) is stripped again after decoding.
    """
    if not value or not isinstance(value, str):
        return ""
    text: str = value
    if len(text) > _HTML_WORK_CHARS:
        text = text[:_HTML_WORK_CHARS]
        text = _OPEN_TAG_TAIL_RE.sub("", text)
    for _ in range(2):
        if "<" in text:
            for section, closer, replacement in _SECTIONS:
                text = _replace_closed(section, closer, replacement, text)
            text = _INLINE_RE.sub("", text)
            text = _TAG_RE.sub(" ", text)
        if "&" not in text:
            break
        text = html.unescape(text)
        if "<" not in text:
            break
    text = _SPACE_RE.sub(" ", text).strip()
    if limit is not None and len(text) > limit:
        cut = text[:limit]
        space = cut.rfind(" ")
        text = (cut[:space] if space > limit * 0.8 else cut).rstrip() + "…"
    return text


def _replace_closed(section: re.Pattern[str], closer: re.Pattern[str], replacement: str, value: str) -> str:
    """`section.sub(replacement, value)` in linear time: only up to the end of the last closer."""
    end = 0
    for match in closer.finditer(value):
        end = match.end()
    return section.sub(replacement, value[:end]) + value[end:] if end else value


# -- XML (feedparser) -----------------------------------------------------------------------------


def _parse_xml(body: bytes, feed_url: str, base_url: str, content_type: str | None) -> ParsedFeed:
    utf8 = utf8_if_wide(body)
    if utf8 is not body:
        body, content_type = utf8, "application/xml; charset=utf-8"
    try:
        # decoded once, as feedparser would, so the guards read the text it parses (a UTF-7 "<" is "+ADw-")
        text = decoded(body, _xml_content_type(body, content_type))
        body = replace_impossible_char_refs(drop_entity_declarations(text.document))
        refusal = markup_excess(body)
        if refusal:
            return _failed(refusal)
        doc = feedparser.parse(
            io.BytesIO(body),  # a stream, never bytes or str: feedparser would treat those as a path/URL
            # the charset, not the declaration: feedparser's declaration sniffing may see another one
            response_headers={"content-type": "application/xml; charset=utf-8", "content-location": base_url},
            sanitize_html=False,  # we reduce HTML to plain text ourselves; sanitising is wasted work
            resolve_relative_uris=False,  # only rewrites links inside HTML content, which we drop
        )
    except MemoryError:
        raise  # the parse worker's memory limit: the worker reports it (see parseworker)
    except Exception as exc:  # noqa: BLE001 - feedparser is not supposed to raise; keep the promise
        return _failed(f"feedparser failed: {type(exc).__name__}: {exc}")
    # Plain dict lookups: FeedParserDict's own __getitem__ adds key aliasing we do not need, costs
    # time per field and warns about its updated/published fallback. (It is a dict subclass, hence the
    # dict annotations below.)
    feed: dict[str, Any] = _get(doc, "feed") or {}
    entries = _get(doc, "entries") or []
    version = _get(doc, "version") or ""
    bozo = _bozo_message(doc) or text.complaint
    if not version and not entries:
        return _failed(f"not a feed ({bozo or 'no RSS, Atom or RDF root element'})")
    title = html_to_text(_get(feed, "title"))
    lang = _lang(_get(feed, "language")) or _lang(_get(_get(feed, "title_detail") or {}, "language"))
    if bozo and entries and _ends_inside_an_entry(body):
        entries = entries[:-1]  # a fragment (no link or date yet, maybe half a title): news once it is whole
    normaliser = _Normaliser(feed_url, feed_title=title, feed_lang=lang)
    for entry in entries:
        try:
            normaliser.add_entry(entry)
        except (ValueError, TypeError, OverflowError, KeyError, AttributeError, IndexError):
            continue  # one malformed item costs only itself
    return ParsedFeed(title, lang, _ttl(_get(feed, "ttl")), normaliser.items(), bozo, version, len(entries))


def _ends_inside_an_entry(body: bytes) -> bool:
    """Whether the document stops inside an <item> or <entry> (a truncated file or download)."""
    last_close = 0
    for match in _ENTRY_CLOSE_RE.finditer(body):
        last_close = match.end()
    return _ENTRY_OPEN_RE.search(body, last_close) is not None


def _xml_content_type(body: bytes, content_type: str | None) -> str:
    """The Content-Type the document is decoded under: always an XML type, with the server's charset only when the
    document has no BOM and no encoding declaration (servers' default charsets are often wrong;
    feedparser's RFC 3023 rules would also decode undeclared text/xml as ASCII)."""
    charset = ""
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
    declared = body.startswith(_BOMS) or _XML_DECL_ENCODING_RE.match(body[:300]) is not None
    if charset and not declared and re.fullmatch(r"[A-Za-z0-9._:-]{1,40}", charset):
        return f"application/xml; charset={charset}"
    return "application/xml"


def _bozo_message(doc: dict[str, Any]) -> str | None:
    if not _get(doc, "bozo"):
        return None
    exc = _get(doc, "bozo_exception")
    return str(exc) if exc is not None else "ill-formed document"


class _Normaliser:
    """Turns raw entries into Items for one document, dropping duplicates by id as it goes."""

    def __init__(self, feed_url: str, *, feed_title: str, feed_lang: str | None):
        self.feed_url = feed_url
        self.feed_title = feed_title
        self.feed_lang = feed_lang
        self.host = _host(feed_url)
        self._items: dict[str, Item] = {}

    def items(self) -> tuple[Item, ...]:
        return tuple(self._items.values())

    def add_entry(self, entry: dict[str, Any]) -> None:
        source = _get(entry, "source")
        summary = _get(entry, "summary")
        if not summary:
            content = _get(entry, "content") or ()
            summary = _get(content[0], "value") if content else ""
        lang = _lang(_get(entry, "language")) or _lang(_get(_get(entry, "title_detail") or {}, "language"))
        self.add(
            title=_get(entry, "title"),
            summary=summary,
            link=_get(entry, "link") or "",
            guid=_get(entry, "id") or "",
            published=_not_future(_struct_date(entry)
                                  or _text_date(_get(entry, "published") or _get(entry, "updated"))),
            outlet=html_to_text(_get(source, "title")) if isinstance(source, dict) else "",
            lang=lang,
        )

    @staticmethod
    def _publisher(link: str, url: str) -> str:
        """The outlet's host when the link was a news-search redirect (Google Alerts, Bing News):
        there the feed title names the alert, not the outlet."""
        host = _host(url)
        return host.removeprefix("www.") if host and host != _host(link) else ""

    def add(self, *, title: Any, summary: Any, link: Any, guid: Any, published: datetime | None,
            outlet: str, lang: str | None) -> None:
        link = link.strip() if isinstance(link, str) else ""
        guid = str(guid).strip() if isinstance(guid, (str, int)) else ""
        text_title = html_to_text(title)
        if not link.lower().startswith(_WEB):  # feedparser copies tag: ids into `link`
            link = guid if guid.lower().startswith(_WEB) else ""
        if not (link or guid or text_title):
            return
        url = canonical_url(link) if link else ""
        source = outlet or self._publisher(link, url) or self.feed_title or self.host
        if outlet and text_title.endswith(" - " + outlet) and len(text_title) > len(outlet) + 3:
            text_title = text_title[: -len(outlet) - 3].rstrip()  # Google News: "Headline - Outlet"
        keys = []
        if guid and guid != link and canonical_url(guid) != url:
            keys.append("g:" + _sha1(self.feed_url + guid))
        if url:
            keys.append("u:" + _sha1(url_key(url)))
        if not keys:
            keys.append("t:" + _sha1(self.feed_url + text_title))
        if keys[0] in self._items:
            return
        self._items[keys[0]] = Item(
            id=keys[0],
            keys=tuple(keys),
            url=url,
            title=text_title,
            summary=html_to_text(summary, SUMMARY_CHARS),
            published=published,
            source=source,
            lang=lang or self.feed_lang,
            feed_url=self.feed_url,
        )


# -- JSON ------------------------------------------------------------------------------------------

# Where each JSON format keeps an entry's fields: link, summary, guid, dates (first present wins).
_Fields = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_JSON_FEED_FIELDS: _Fields = (("url", "external_url"), ("summary", "content_text", "content_html"), ("id",),
                              ("date_published", "date_modified"))
_RSS_IN_JSON_FIELDS: _Fields = (("link",), ("description",), ("guid",), ("pubDate",))


def _parse_json(body: bytes, feed_url: str, base_url: str) -> ParsedFeed:
    """JSON Feed 1.0/1.1 (jsonfeed.org) or RSS-in-JSON (scripting.com's `{"rss": {"channel": ...}}`);
    any other JSON is "not a feed"."""
    try:
        doc = json.loads(body)
    except (ValueError, RecursionError) as exc:
        return _failed(f"not a feed (invalid JSON: {exc})")
    rss = doc.get("rss") if isinstance(doc, dict) else None
    version = doc.get("version") if isinstance(doc, dict) else None
    if isinstance(version, str) and version.startswith(_JSON_FEED_VERSIONS):
        meta, entries, fields, version = doc, doc.get("items"), _JSON_FEED_FIELDS, "json" + version.rsplit("/", 1)[-1]
    elif isinstance(rss, dict) and isinstance(rss.get("channel"), dict):
        meta, fields, version = rss["channel"], _RSS_IN_JSON_FIELDS, "rss-json"
        entries = meta.get("item")
        entries = [entries] if isinstance(entries, dict) else entries
    else:
        return _failed("not a feed (JSON that is neither JSON Feed nor RSS-in-JSON)")
    title = html_to_text(meta.get("title"))
    lang = _lang(meta.get("language"))
    normaliser = _Normaliser(feed_url, feed_title=title, feed_lang=lang)
    link_keys, summary_keys, guid_keys, date_keys = fields
    for entry in entries if isinstance(entries, list) else ():
        if not isinstance(entry, dict):
            continue
        link = _first(entry, link_keys)
        guid = _first(entry, guid_keys)
        if isinstance(guid, dict):  # RSS-in-JSON writes <guid isPermaLink=..> as an object
            guid = guid.get("#value") or guid.get("value") or ""
        try:
            normaliser.add(
                title=entry.get("title"),
                summary=_first(entry, summary_keys),
                link=_join(base_url, link),
                guid=guid,
                published=_not_future(_text_date(_first(entry, date_keys))),
                outlet="",
                lang=_lang(entry.get("language")),
            )
        except (ValueError, TypeError, OverflowError, KeyError, AttributeError, IndexError):
            continue  # one malformed item costs only itself
    return ParsedFeed(title, lang, _ttl(meta.get("ttl")), normaliser.items(), None, version,
                      len(entries) if isinstance(entries, list) else 0)


def _first(entry: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((entry[k] for k in keys if entry.get(k)), "")


# -- small pure helpers -----------------------------------------------------------------------------


def _failed(message: str) -> ParsedFeed:
    return ParsedFeed("", None, None, (), message, "")


def _gunzip(body: bytes, max_bytes: int) -> bytes:
    """Inflate a (possibly multi-member) gzip body, refusing to produce more than `max_bytes`.

    A truncated stream keeps what was inflated so far (the parser may recover items from it).
    """
    out: list[bytes] = []
    total = 0
    data = body
    while data[:2] == b"\x1f\x8b":
        inflater = zlib.decompressobj(wbits=31)
        try:
            chunk = inflater.decompress(data, max_bytes - total + 1)
        except zlib.error as exc:
            if out:
                break
            raise ValueError(f"corrupt gzip body: {exc}") from None
        total += len(chunk)
        if total > max_bytes:
            raise ValueError(f"gzip body inflates to more than {max_bytes} bytes")
        out.append(chunk)
        if not inflater.eof:
            break
        data = inflater.unused_data
    return b"".join(out)


def _lang(value: Any) -> str | None:
    """"en-US" -> "en", "zh_Hans" -> "zh"; None when it does not look like a language tag."""
    if not isinstance(value, str):
        return None
    primary = value.strip().replace("_", "-").split("-", 1)[0].lower()
    if 2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha():
        return primary
    return None


def _ttl(value: Any) -> int | None:
    """RSS <ttl> is in minutes."""
    try:
        minutes = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes * 60 if 0 < minutes <= 7 * 24 * 60 else None


def _struct_date(entry: dict[str, Any]) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = _get(entry, key)
        if parsed:
            try:
                year, month, day, hour, minute, second = parsed[:6]  # a time.struct_time
                return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
            except (TypeError, ValueError, OverflowError):
                continue
    return None


def _not_future(when: datetime | None) -> datetime | None:
    """A date in the future is a wrong clock or a trick to stay on top: it is taken as now."""
    if when is None:
        return None
    now = datetime.now(UTC)
    return min(when, now)


def _text_date(value: Any) -> datetime | None:
    """A date feedparser did not give us: ISO 8601 (JSON Feed), RFC 822 (RSS-in-JSON) or Unix
    seconds (seen in dc:date); None when it is none of these."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        if value.isdigit():
            return datetime.fromtimestamp(int(value), tz=UTC) if 9 <= len(value) <= 11 else None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # "9999-12-31T23:59:59-12:00" is past the calendar's end in UTC
        return None


def _join(base: str, link: Any) -> str:
    if not isinstance(link, str) or not link:
        return ""
    try:
        return urljoin(base, link)
    except ValueError:  # e.g. a malformed IPv6 host
        return ""


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:16]
