"""Alerts: escaped HTML, link, source, topics, highlighted terms, never over Telegram's limit."""

import html
import re

from bot.models import Story
from bot.render import TELEGRAM_LIMIT, render_alert

NAMES = {"deepseek": "DeepSeek", "xiaomi_ai": "Xiaomi AI"}


def story(**kw) -> Story:
    base = {"id": 1, "title": "DeepSeek <script> & co", "url": "https://ex.org/a?x=1&y=2", "source": "Ex <News>",
            "lang": "en", "published": 1_700_000_000.0, "summary": "Long text about DeepSeek-V3 and more.",
            "topics": ("deepseek",), "terms": ("DeepSeek-V3",), "feed_url": "https://ex.org/feed",
            "first_seen": 1_700_000_000.0}
    base.update(kw)
    return Story(**base)


def test_the_alert_has_topic_title_link_and_source_all_escaped() -> None:
    r = render_alert(story(), NAMES)
    assert '<a href="https://ex.org/a?x=1&amp;y=2">DeepSeek &lt;script&gt; &amp; co</a>' in r.html
    assert "Ex &lt;News&gt;" in r.html and "<b>DeepSeek</b>" in r.html
    assert "<b>DeepSeek-V3</b>" in r.html
    assert "<script>" not in r.html
    assert "https://ex.org/a?x=1&y=2" in r.plain


def test_huge_fields_stay_under_the_limit() -> None:
    r = render_alert(story(title="x" * 10_000, summary="DeepSeek " * 5_000, source="s" * 5000), NAMES)
    visible = html.unescape(re.sub(r"<[^>]+>", "", r.html))
    assert len(visible) < TELEGRAM_LIMIT and len(r.plain) <= TELEGRAM_LIMIT


def test_terms_in_other_scripts_are_bolded() -> None:
    r = render_alert(story(title="罗福莉加入小米", summary="前DeepSeek研究员罗福莉已加入小米，लुओ फुली",
                           topics=("xiaomi_ai",), terms=("罗福莉", "लुओ फुली")), NAMES)
    assert "<b>罗福莉</b>" in r.html and "<b>लुओ फुली</b>" in r.html
    assert "Xiaomi AI" in r.html


def test_hostile_feed_text_never_breaks_telegram_html() -> None:
    import random

    from support.telegram_html import parse_telegram_html, utf16_len

    rng = random.Random(7)
    pieces = ["<", ">", "&", "&amp;", "&#x1F600;", "&bogus;", '"', "'", "</b>", "<a href='x'>", "DeepSeek", "罗福莉",
              "लुओ फुली", "😀", "\u200d", "\ufeff", "x" * 50, "\n", "<![CDATA[", "]]>", "\\", "%", "{", "}"]
    for _ in range(300):
        title = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 400)))
        summary = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3000)))
        url = "https://ex.org/" + "".join(rng.choice(["a", "&", "<", '"', "é", "?x=1"]) for _ in range(30))
        r = render_alert(story(title=title, summary=summary, url=url, source=title[:50],
                               terms=("DeepSeek", "罗福莉", "<", "&")), NAMES)
        text, _ = parse_telegram_html(r.html)
        assert utf16_len(text) <= TELEGRAM_LIMIT
        assert utf16_len(r.plain) <= TELEGRAM_LIMIT


def test_latin_terms_are_bolded_as_words_only() -> None:
    r = render_alert(story(title="t", summary="Xiaomi said its AI team grows; FAIR is not AI.", topics=("xiaomi_ai",),
                           terms=("AI", "Xiaomi")), NAMES)
    assert "<b>Xiaomi</b> said its <b>AI</b> team" in r.html and "F<b>AI</b>R" not in r.html
    assert "s<b>ai</b>d" not in r.html


def test_bidi_overrides_and_zero_width_characters_never_reach_an_alert() -> None:
    from bot.render import render_alert
    spoof = "DeepSeek invoice\u202egnp.exe \u200bfree\u2066 offer\ufeff"
    rendered = render_alert(story(title=spoof, source="Ex\u200d", summary="DeepSeek-V3: click\u202e here\u200b now."),
                            NAMES)
    for text in (rendered.html, rendered.plain):
        assert not any(ch in text for ch in "\u202e\u200b\u2066\ufeff\u200d")
    assert "invoicegnp.exe" in rendered.plain.replace(" ", "").lower()
