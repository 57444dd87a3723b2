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


class OpmlError(ValueError):
    pass


def read_opml(data: bytes) -> list[OpmlFeed]:
    """Every outline with an http(s) xmlUrl, nested folders included; duplicates dropped."""
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
    for node in root.iter("outline"):
        url = (node.get("xmlUrl") or node.get("xmlurl") or "").strip()
        if urlsplit(url).scheme in ("http", "https") and url not in out:
            out[url] = OpmlFeed(url, (node.get("title") or node.get("text") or "").strip())
    return list(out.values())


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
