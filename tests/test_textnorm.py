"""Normalisation: NFKC + casefold + separator folding, and offsets that lead back to the original text."""

import unicodedata

import pytest

from bot.textnorm import (
    ZERO_WIDTH,
    fold_reference,
    is_simple,
    may_fold_to_ascii,
    normalize,
    normalize_text,
    scripts_in,
)


def source_of(text: str, start: int, end: int) -> str:
    """The original text behind normalised [start, end)."""
    norm = normalize(text)
    a, b = norm.span(start, end)
    return text[a:b]


def find_span(text: str, needle: str) -> str:
    """Find `needle` (already normalised) in normalize(text) and return the original text it came from."""
    norm = normalize(text)
    start = norm.text.index(needle)
    return source_of(text, start, start + len(needle))


@pytest.mark.parametrize("variant", [
    "DeepSeek-V3", "DeepSeek V3", "DeepSeek\u2011V3", "DeepSeek\u2013V3", "DeepSeek_V3", "DeepSeek  V3",
    "DeepSeek\u00a0V3", "DeepSeek\u3000V3", "DEEPSEEK－V3", "ＤｅｅｐＳｅｅｋ V3", "Deep\u200bSeek-V3",
])
def test_hyphen_space_width_and_case_variants_fold_to_one_form(variant: str) -> None:
    assert normalize_text(variant) == "deepseek v3"
    assert normalize(variant).text == "deepseek v3"


def test_offsets_follow_nfkc_expansions() -> None:
    text = "ﬁnal… Straße ㎏ DeepSeek"
    norm = normalize(text)
    assert norm.text == "final... strasse kg deepseek"
    assert len(norm.offsets) == len(norm.text) + 1 and norm.offsets[-1] == len(text)
    assert find_span(text, "fi") == "ﬁ"
    assert find_span(text, "...") == "…"
    assert find_span(text, "strasse") == "Straße"
    assert find_span(text, "kg") == "㎏"
    assert find_span(text, "deepseek") == "DeepSeek"
    assert source_of(text, 1, 2) == "ﬁ"  # half of an expansion maps to the whole character


def test_full_width_letters_map_back_one_to_one() -> None:
    text = "小米（ＸＩＡＯＭＩ）发布ＡＩ眼镜！"
    assert normalize(text).text == "小米(xiaomi)发布ai眼镜!"
    assert find_span(text, "xiaomi") == "ＸＩＡＯＭＩ"
    assert find_span(text, "ai") == "ＡＩ"


def test_zero_width_joiners_inside_devanagari_are_dropped_and_skipped_in_spans() -> None:
    text = "श्\u200dयाओमी और श्\u200cयाओमी"
    norm = normalize(text)
    assert norm.text == "श्याओमी और श्याओमी"
    assert find_span(text, "श्याओमी") == "श्\u200dयाओमी"
    assert normalize_text("लुओ\u200b फुली") == "लुओ फुली"


def test_nukta_composed_and_decomposed_spellings_agree() -> None:
    composed, decomposed = "ज़ियाओमी फ़ुली", "ज\u093cियाओमी फ\u093cुली"
    assert normalize_text(composed) == normalize_text(decomposed)
    assert find_span(composed, normalize_text("ज़ियाओमी")) == "ज़ियाओमी"
    # matras, virama and nukta are kept: they are part of the letters
    assert "\u093c" in normalize_text(composed) and "\u094d" in normalize_text("श्याओमी")


def test_emoji_sequences_keep_their_place() -> None:
    text = "🐳DeepSeek 👨\u200d💻 and ❤\ufe0fXiaomi"
    norm = normalize(text)
    assert norm.text == "🐳deepseek 👨💻 and ❤\ufe0fxiaomi"
    assert find_span(text, "deepseek") == "DeepSeek"
    assert find_span(text, "xiaomi") == "Xiaomi"


def test_runs_of_separators_collapse_and_spans_leave_them_out() -> None:
    text = "Lei \n\t Jun — Xiaomi"
    norm = normalize(text)
    assert norm.text == "lei jun xiaomi"
    assert find_span(text, "lei jun") == "Lei \n\t Jun"
    assert find_span(text, "xiaomi") == "Xiaomi"


def test_composition_across_characters_is_handled() -> None:
    text = "Cafe\u0301 e\u0301te\u0301 ｶﾞｲﾄﾞ"
    norm = normalize(text)
    assert norm.text == unicodedata.normalize("NFKC", text).casefold()
    assert find_span(text, "café") == "Cafe\u0301"
    assert find_span(text, "ガ") == "ｶﾞ"


@pytest.mark.parametrize("text", [
    "1月27日，受中国人工智能初创公司——深度求索公司（DeepSeek）冲击……",
    "सिक्योरिटीज टाइम्स की रिपोर्ट के अनुसार, श्याओमी के संस्थापक लेई जून ने करोड़ों",
    "Xiaomi’s MiMo code 👨‍💻, “DeepSeek‑R1” — 10 GByte RAM, Straße, ﬁ, Ⅻ, ½",
    "Ｘｉａｏｍｉ　１５　Ｕｌｔｒａ\r\n\t",
    "",
    "   leading and trailing   ",
])
def test_fast_form_equals_the_reference_definition(text: str) -> None:
    expected = fold_reference(text)
    assert normalize_text(text) == expected
    norm = normalize(text)
    assert norm.text == expected
    for i, char in enumerate(norm.text):  # every character comes from where the offsets say
        a, b = norm.span(i, i + 1)
        assert char == " " or char in fold_reference(text[a:b]), (i, char, text[a:b])


def test_case_preserving_reference_fold() -> None:
    assert fold_reference("High‑Flyer  Quant", casefold=False) == "High Flyer Quant"
    assert fold_reference("ＡＩ", casefold=False) == "AI"


def test_characters_that_fold_to_ascii_letters_are_detected() -> None:
    assert may_fold_to_ascii("小米ＡＩ眼镜")
    assert may_fold_to_ascii("ﬁne")
    assert may_fold_to_ascii("\u212a")  # Kelvin sign -> k
    assert not may_fold_to_ascii("小米AI眼镜 “quoted” — श्याओमी")
    assert not may_fold_to_ascii("plain ascii")


def test_simple_characters_really_fold_one_to_one() -> None:
    from bot.textnorm import _default_normalizer

    normalizer = _default_normalizer()
    composing = normalizer._composing
    for code in (*range(0x20, 0x530), *range(0x900, 0x980), *range(0x2000, 0x2070), *range(0x3000, 0x3100),
                 *range(0xFF00, 0xFFF0)):
        char = chr(code)
        if is_simple(char, composing):
            assert not normalizer._other.match(char)
            assert fold_reference(char) in (char.casefold(), " "), hex(code)
        elif char not in ZERO_WIDTH:
            assert normalizer._other.match(char), hex(code)


def test_scripts_in() -> None:
    assert scripts_in("小米 श्याओमी Xiaomi") == {"han", "devanagari", "latin"}
    assert scripts_in("123 !?") == frozenset()
