"""Story -> Telegram message text (HTML and a plain-text fallback). Pure: no I/O, no clock."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from .models import Story

TELEGRAM_LIMIT = 4096
_TITLE_MAX = 300
_SNIPPET_MAX = 400
_SOURCE_MAX = 80
_URL_MAX = 2000


@dataclass(frozen=True)
class Rendered:
    html: str
    plain: str


PRIORITY_OUTLETS = 3  # a story this many outlets carry is marked as priority


def is_priority(story: Story) -> bool:
    """Two or more topics at once, or several outlets on it: worth a louder alert."""
    return len(story.topics) >= 2 or story.outlets >= PRIORITY_OUTLETS


def render_alert(story: Story, topic_names: Mapping[str, str], tz: str = "UTC") -> Rendered:
    """The alert: topics, the title as a link, source and time, a snippet around the first term with
    the term in bold, and the other outlets that carried the story."""
    topics = " · ".join(topic_names.get(t, t) for t in story.topics) or "match"
    head = ("⚡ " if is_priority(story) else "🔔 ")
    title = _clip(story.title or story.url, _TITLE_MAX)
    source = _clip(story.source, _SOURCE_MAX)
    when = _format_time(story.published, tz)
    url = story.url if len(story.url) <= _URL_MAX else ""
    meta = " · ".join(p for p in (source, story.lang or "", when) if p)
    snippet = _snippet(visible(story.summary), story.terms)
    also = _also(story.sources)

    parts = [f"{head}<b>{_esc(topics)}</b>" + (" · <b>priority</b>" if is_priority(story) else ""),
             f'<a href="{_esc(url)}">{_esc(title)}</a>' if url else f"<b>{_esc(title)}</b>"]
    plain_parts = [f"{head}{topics}" + (" · priority" if is_priority(story) else ""), title]
    if meta:
        parts.append(f"<i>{_esc(meta)}</i>")
        plain_parts.append(meta)
    if snippet:
        parts.append(_highlight(snippet, story.terms))
        plain_parts.append(snippet)
    if also:
        parts.append(f"also: {_esc(also)}")
        plain_parts.append(f"also: {also}")
    if url:
        plain_parts.append(url)
    return Rendered(html="\n".join(parts), plain="\n".join(plain_parts)[:TELEGRAM_LIMIT])


def _also(sources: tuple[str, ...], shown: int = 3) -> str:
    names = [_clip(s, 40) for s in sources[:shown]]
    if len(sources) > shown:
        names.append(f"+{len(sources) - shown}")
    return ", ".join(names)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


# Bidi overrides and isolates, zero-width characters, the BOM: invisible in an alert, but able to make
# "Invoice\u202egnp.exe" read "Invoiceexe.png" or hide a word from a reader.
_INVISIBLE = dict.fromkeys([*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x061C, 0xFEFF])


def visible(text: str) -> str:
    """`text` without the characters that reorder or hide what a reader sees."""
    return text.translate(_INVISIBLE)


def _clip(text: str, limit: int) -> str:
    text = " ".join(visible(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _format_time(ts: float | None, tz: str = "UTC") -> str:
    if ts is None:
        return ""
    if tz.upper() == "UTC":
        return datetime.fromtimestamp(ts, tz=UTC).strftime("%Y-%m-%d %H:%M UTC")
    local = datetime.fromtimestamp(ts, tz=ZoneInfo(tz))
    return local.strftime("%Y-%m-%d %H:%M ") + (local.tzname() or tz)


def _snippet(summary: str, terms: tuple[str, ...]) -> str:
    """A window of the summary around the first matched term (or its start)."""
    summary = " ".join(summary.split())
    if not summary:
        return ""
    lower = summary.casefold()
    pos = min((p for p in (lower.find(t.casefold()) for t in terms if t) if p >= 0), default=0)
    start = max(0, pos - _SNIPPET_MAX // 3)
    if start:
        space = summary.find(" ", start, pos)
        start = space + 1 if space != -1 else start
    text = summary[start:start + _SNIPPET_MAX]
    prefix = "…" if start else ""
    suffix = "…" if start + _SNIPPET_MAX < len(summary) else ""
    return prefix + text.rstrip() + suffix


def _highlight(text: str, terms: tuple[str, ...]) -> str:
    """Escape `text`, bolding every occurrence of a matched term (case-insensitive)."""
    lower = text.casefold()
    if len(lower) != len(text):  # casefold changed lengths (e.g. ß): offsets would drift
        return _esc(text)
    marks: list[tuple[int, int]] = []
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        needle = term.casefold()
        start = lower.find(needle)
        while start != -1:
            end = start + len(needle)
            inside_word = _wordy(needle) and ((start > 0 and lower[start - 1].isalnum())
                                              or (end < len(lower) and lower[end].isalnum()))
            if not inside_word and not any(s < end and start < e for s, e in marks):
                marks.append((start, end))
            start = lower.find(needle, start + 1)
    out, last = [], 0
    for s, e in sorted(marks):
        out.append(_esc(text[last:s]))
        out.append(f"<b>{_esc(text[s:e])}</b>")
        last = e
    out.append(_esc(text[last:]))
    return "".join(out)


@dataclass(frozen=True)
class Part:
    """One message of a list of stories, and how many of them (in order) it carries."""

    rendered: Rendered
    count: int


def render_combined(stories: list[Story], topic_names: Mapping[str, str]) -> list[Part]:
    """Stories that queued up for a busy chat, one line each (marker, topics, headline as a link, outlet), in as
    few messages as Telegram's limit allows."""
    lines = []
    for story in stories:
        marker = "⚡" if is_priority(story) else "🔔"
        topics = " · ".join(topic_names.get(t, t) for t in story.topics) or "match"
        link, title, source = _link(story)
        lines.append((f"{marker} <b>{_esc(topics)}</b> {link} — <i>{_esc(source)}</i>",
                      f"{marker} {topics}: {title} — {source} {story.url}".rstrip()))
    n = len(stories)
    return _split(f"🗞 <b>{n} new stories</b>", f"🗞 {n} new stories", lines)


def render_digest(stories: list[Story], topic_names: Mapping[str, str]) -> list[Rendered]:
    """The day's alerts as a list of links, split into as few messages as Telegram's limit allows."""
    lines = []
    for story in stories:
        topics = ", ".join(topic_names.get(t, t) for t in story.topics)
        link, title, source = _link(story)
        lines.append((f"• {link} — <i>{_esc(source)}</i> [{_esc(topics)}]",
                      f"• {title} — {source} [{topics}] {story.url}"))
    n = len(stories)
    return [p.rendered for p in _split(f"🗞 <b>Daily digest</b> — {n} stories", f"🗞 Daily digest — {n} stories",
                                       lines)]


def _link(story: Story) -> tuple[str, str, str]:
    """The headline as an HTML link (or bold text without a usable URL), the clipped headline and outlet."""
    title = _clip(story.title or story.url, _TITLE_MAX)
    link = f'<a href="{_esc(story.url)}">{_esc(title)}</a>' if story.url and len(story.url) <= _URL_MAX \
        else f"<b>{_esc(title)}</b>"
    return link, title, _clip(story.source, _SOURCE_MAX)


def _split(head_html: str, head_plain: str, lines: list[tuple[str, str]]) -> list[Part]:
    """Lines under a heading, cut into messages below Telegram's limit (it counts the text, not the tags)."""
    parts: list[Part] = []
    html_buf, plain_buf, size = [head_html], [head_plain], len(head_plain)
    for html_line, plain_line in lines:
        if size + len(plain_line) + 1 > TELEGRAM_LIMIT - 100 and len(html_buf) > 1:
            parts.append(Part(Rendered("\n".join(html_buf), "\n".join(plain_buf)), len(html_buf) - 1))
            html_buf, plain_buf, size = [head_html + " (cont.)"], [head_plain + " (cont.)"], len(head_plain) + 8
        html_buf.append(html_line)
        plain_buf.append(plain_line)
        size += len(plain_line) + 1
    parts.append(Part(Rendered("\n".join(html_buf), "\n".join(plain_buf)), len(html_buf) - 1))
    return parts


def _wordy(term: str) -> bool:
    """Latin-like terms are words: "AI" is not bolded inside "said". CJK terms are substrings."""
    return (term[:1].isascii() and term[:1].isalnum()) or (term[-1:].isascii() and term[-1:].isalnum())
