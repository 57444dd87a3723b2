"""Feed lists to and from OPML, the format feed readers exchange subscriptions in."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urlsplit

from watchers.items import FeedSpec


@dataclass(frozen=True)
class OpmlFeed:
    url: str
    name: str


@dataclass(frozen=True)
class OpmlSkipped:
    """An outline that is not imported: `entry` is its URL (or its title when it has none), `reason` why."""

    entry: str
    reason: str


@dataclass(frozen=True)
class OpmlFeeds:
    feeds: tuple[OpmlFeed, ...]
    skipped: tuple[OpmlSkipped, ...]


class OpmlError(ValueError):
    pass


def read_opml(data: bytes) -> OpmlFeeds:
    """Every outline with an http(s) xmlUrl, nested folders included, once; the others with the reason, so an
    import can say what it left out (a folder, an outline with children, is no entry)."""
    if b"<!DOCTYPE" in data[:2048] or b"<!ENTITY" in data:
        raise OpmlError("DTDs and entities are not accepted in OPML")
    try:
        # defusedxml's attacks need entity declarations (refused above); expat never fetches external DTDs
        root = ET.fromstring(data)  # noqa: S314
    except ET.ParseError as exc:
        raise OpmlError(f"not valid OPML/XML: {exc}") from exc
    if root.tag.lower() != "opml":
        raise OpmlError(f"root element is <{root.tag}>, not <opml>")
    out: dict[str, OpmlFeed] = {}
    skipped: list[OpmlSkipped] = []
    for node in root.iter("outline"):
        name = (node.get("title") or node.get("text") or "").strip()
        raw = node.get("xmlUrl", node.get("xmlurl"))
        if raw is None:
            if not len(node):  # not a folder: an entry without a feed
                skipped.append(OpmlSkipped(name or "(an outline without a title)", "no xmlUrl: not a feed"))
            continue
        url = raw.strip()
        shown = f"{url} ({name})" if name and url else url or name or "(an outline without a title)"
        reason = _unusable(url) or ("listed twice in the file" if url in out else None)
        if reason:
            skipped.append(OpmlSkipped(shown, reason))
        else:
            out[url] = OpmlFeed(url, name)
    return OpmlFeeds(tuple(out.values()), tuple(skipped))


def _unusable(url: str) -> str | None:
    """Why the config would refuse this feed URL, or None."""
    if not url:
        return "empty xmlUrl"
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme not in ("http", "https"):
        return f"not an http(s) URL ({parts.scheme or 'no'} scheme)"
    return None if host else "no host name"


def write_opml(feeds: list[FeedSpec], title: str = "newsbot feeds") -> str:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(root, "body")
    for spec in feeds:
        ET.SubElement(body, "outline", type="rss", text=spec.name or spec.url, title=spec.name or spec.url,
                      xmlUrl=spec.url)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
