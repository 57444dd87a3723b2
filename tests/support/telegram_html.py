"""Telegram HTML as the Bot API reads it: a port of tdlib's parse_html (td/telegram/MessageEntity.cpp).

Same tags, same entity rules and the same error texts, so a renderer that passes here passes on
Telegram. One deliberate strictness (on by default): a `&` that does not start &lt; &gt; &amp;
&quot; or a numeric reference is rejected; Telegram keeps it literally, but a renderer that leaves
it unescaped is a bug. Offsets and lengths are UTF-16 code units, the unit of Telegram's limits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["HtmlParseError", "parse_telegram_html", "utf16_len"]

Json = dict[str, Any]

_HTML_TAGS = frozenset(
    {"a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji",
     "span", "pre", "code", "blockquote"}
)  # fmt: skip
_SPACES = frozenset(" \t\r\n\v\f\0")
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SIMPLE_ENTITY_TYPES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "tg-spoiler": "spoiler", "span": "spoiler",
}  # fmt: skip


class HtmlParseError(ValueError):
    """Telegram would answer "Bad Request: can't parse entities: <str(self)>"."""


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's limits and entity offsets."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _byte_offset(html: str, index: int) -> int:
    return len(html[:index].encode("utf-8", "surrogatepass"))


def _decode_entity(html: str, pos: int) -> tuple[str | None, int]:
    """Decode the character reference starting at html[pos] == "&"; (None, pos) if there is none."""
    n = len(html)
    end = pos + 1
    if end < n and html[end] == "#":
        end += 1
        if end < n and html[end] == "x":
            end += 1
            start = end
            while end < n and html[end] in "0123456789abcdefABCDEF":
                end += 1
            code = int(html[start:end], 16) if end > start else 0
        else:
            start = end
            while end < n and html[end].isascii() and html[end].isdigit():
                end += 1
            code = int(html[start:end]) if end > start else 0
        if code == 0 or code >= 0x10FFFF or end - pos >= 10:
            return None, pos
        char = chr(code)
    else:
        while end < n and html[end].isascii() and html[end].isalpha():
            end += 1
        named = _NAMED_ENTITIES.get(html[pos + 1 : end])
        if named is None:
            return None, pos
        char = named
    if end < n and html[end] == ";":
        end += 1
    return char, end


def _checked_link(url: str) -> str | None:
    url = url.strip()
    if not url:
        return None
    scheme, sep, _ = url.partition(":")
    if sep and scheme.lower() in {"http", "https", "tg", "ton", "mailto", "ftp"}:
        return url
    if "://" not in url and "." in url:
        return "http://" + url
    return None


@dataclass
class _OpenTag:
    name: str
    argument: str
    offset: int  # UTF-16 offset in the rendered text
    out_index: int  # index into the rendered-text pieces list
    expandable: bool = False


def parse_telegram_html(html: str, *, strict_ampersand: bool = True) -> tuple[str, list[Json]]:
    """Render Telegram HTML to (text, entities) like the Bot API, or raise HtmlParseError.

    Entities are Bot API MessageEntity dicts with UTF-16 offsets. The result is not trimmed.
    """
    out: list[str] = []
    entities: list[Json] = []
    stack: list[_OpenTag] = []
    u16 = 0
    i = 0
    n = len(html)

    def fail(text: str) -> HtmlParseError:
        return HtmlParseError(text)

    def read_entity_or_char(j: int, in_attribute: bool) -> tuple[str, int]:
        char, end = _decode_entity(html, j)
        if char is not None:
            return char, end
        if strict_ampersand:
            where = "in an attribute value " if in_attribute else ""
            raise fail(
                f'Character "&" {where}at byte offset {_byte_offset(html, j)} does not start an '
                'HTML entity; escape it as "&amp;" (the fake is stricter than Telegram here)'
            )
        return "&", j + 1

    while i < n:
        c = html[i]
        if c == "&":
            char, i = read_entity_or_char(i, in_attribute=False)
            out.append(char)
            u16 += utf16_len(char)
            continue
        if c != "<":
            out.append(c)
            u16 += 2 if ord(c) > 0xFFFF else 1
            i += 1
            continue

        begin = i
        i += 1
        if i >= n or html[i] != "/":
            # a start tag
            while i < n and html[i] not in _SPACES and html[i] != ">":
                i += 1
            if i >= n:
                raise fail(f"Unclosed start tag at byte offset {_byte_offset(html, begin)}")
            tag = html[begin + 1 : i].lower()
            if tag not in _HTML_TAGS:
                raise fail(f'Unsupported start tag "{tag}" at byte offset {_byte_offset(html, begin)}')
            argument = ""
            expandable = False
            while True:
                while i < n and html[i] in _SPACES:
                    i += 1
                if i >= n:
                    raise fail(f"Unclosed start tag at byte offset {_byte_offset(html, begin)}")
                if html[i] == ">":
                    break
                name_begin = i
                while i < n and html[i] not in _SPACES and html[i] not in "=>":
                    i += 1
                attribute = html[name_begin:i]
                if not attribute:
                    raise fail(
                        f'Empty attribute name in the tag "{tag}" at byte offset '
                        f"{_byte_offset(html, begin)}"
                    )
                while i < n and html[i] in _SPACES:
                    i += 1
                value = ""
                if i < n and html[i] == "=":
                    i += 1
                    while i < n and html[i] in _SPACES:
                        i += 1
                    if i >= n:
                        raise fail(
                            f'Unclosed start tag "{tag}" at byte offset {_byte_offset(html, begin)}'
                        )
                    if html[i] not in "'\"":
                        token_begin = i
                        while i < n and ((html[i].isascii() and html[i].isalnum()) or html[i] in ".-"):
                            i += 1
                        value = html[token_begin:i].lower()
                        if i < n and html[i] not in _SPACES and html[i] != ">":
                            raise fail(
                                "Unexpected end of name token at byte offset "
                                f"{_byte_offset(html, token_begin)}"
                            )
                    else:
                        quote = html[i]
                        i += 1
                        chars: list[str] = []
                        while i < n and html[i] != quote:
                            if html[i] == "&":
                                char, i = read_entity_or_char(i, in_attribute=True)
                                chars.append(char)
                            else:
                                chars.append(html[i])
                                i += 1
                        if i < n:
                            i += 1
                        value = "".join(chars)
                    if i >= n:
                        raise fail(f"Unclosed start tag at byte offset {_byte_offset(html, begin)}")
                if tag == "a" and attribute == "href":
                    argument = value
                elif tag == "code" and attribute == "class" and value.startswith("language-"):
                    argument = value[len("language-") :]
                elif tag == "span" and attribute == "class" and value.startswith("tg-"):
                    argument = value[len("tg-") :]
                elif tag == "tg-emoji" and attribute == "emoji-id":
                    argument = value
                elif tag == "blockquote" and attribute == "expandable":
                    expandable = True
            if tag == "span" and argument != "spoiler":
                raise fail(
                    f'Tag "span" must have class "tg-spoiler" at byte offset {_byte_offset(html, begin)}'
                )
            stack.append(_OpenTag(tag, argument, u16, len(out), expandable))
            i += 1  # past ">"
            continue

        # an end tag
        if not stack:
            raise fail(f"Unexpected end tag at byte offset {_byte_offset(html, begin)}")
        i += 1  # past "/"
        name_begin = i
        while i < n and html[i] not in _SPACES and html[i] != ">":
            i += 1
        end_name = html[name_begin:i].lower()
        while i < n and html[i] in _SPACES:
            i += 1
        if i >= n or html[i] != ">":
            raise fail(f"Unclosed end tag at byte offset {_byte_offset(html, begin)}")
        i += 1
        top = stack[-1]
        if end_name and end_name != top.name:
            raise fail(
                f'Unmatched end tag at byte offset {_byte_offset(html, begin)}, expected "</{top.name}>", '
                f'found "</{end_name}>"'
            )
        stack.pop()
        length = u16 - top.offset
        if length <= 0:
            continue
        entity = _make_entity(top, length, "".join(out[top.out_index :]), entities)
        if entity is not None:
            entities.append(entity)

    if stack:
        raise fail(f"Can't find end tag corresponding to start tag {stack[-1].name}")
    text = "".join(out)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise fail(
            "Text contains invalid Unicode characters after decoding HTML entities, check for "
            "unmatched surrogate code units"
        ) from None
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return text, entities


def _make_entity(tag: _OpenTag, length: int, inner_text: str, entities: list[Json]) -> Json | None:
    base: Json = {"offset": tag.offset, "length": length}
    last = entities[-1] if entities else None
    same_span = last is not None and last["offset"] == tag.offset and last["length"] == length
    if tag.name in _SIMPLE_ENTITY_TYPES:
        return {"type": _SIMPLE_ENTITY_TYPES[tag.name], **base}
    if tag.name == "tg-emoji":
        if not tag.argument.isdigit() or int(tag.argument) == 0:
            raise HtmlParseError("Invalid custom emoji identifier specified")
        return {"type": "custom_emoji", **base, "custom_emoji_id": tag.argument}
    if tag.name == "a":
        url = _checked_link(tag.argument or inner_text)
        return None if url is None else {"type": "text_link", **base, "url": url}
    if tag.name == "pre":
        if same_span and last is not None and last["type"] == "code" and last.get("language"):
            last["type"] = "pre"
            return None
        return {"type": "pre", **base}
    if tag.name == "code":
        if same_span and last is not None and last["type"] == "pre" and tag.argument:
            last["language"] = tag.argument
            return None
        entity = {"type": "code", **base}
        if tag.argument:
            entity["language"] = tag.argument  # dropped at the end unless a <pre> claims it
        return entity
    if tag.name == "blockquote":
        return {"type": "expandable_blockquote" if tag.expandable else "blockquote", **base}
    raise AssertionError(f"unhandled tag {tag.name}")
