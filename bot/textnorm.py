"""Text normalisation for matching, with a map from the normalised text back to the original (pure).

The normal form is NFKC + casefold, with these folds on top:

* zero-width and invisible formatting characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, LRM/RLM,
  ...) are removed, so a ZWJ/ZWNJ inside a Devanagari conjunct does not break a match;
* whitespace, hyphens, dashes and underscores (ASCII, Unicode, full-width) become a space and every run of
  spaces becomes one, so "DeepSeek-V3", "DeepSeek V3", "DeepSeek\u2011V3" and "DeepSeek_V3" all read
  "deepseek v3".

Combining marks are kept (nukta, virama and matras are part of Devanagari letters). NFKC leaves nukta
letters decomposed (U+095B "ज़" becomes "ज" + U+093C), so precomposed and decomposed spellings agree.

`normalize(text)` returns the normalised text and `offsets` (for each normalised character, the index of
the original character it came from), so a span of the normalised text maps back to the original
(`Normalized.span`). `normalize_text(text)` is the same string without the offsets, for the hot path.

Speed: the common case costs a few C-level passes. Characters are sorted once into "simple" ones (their fold
is their casefold, one character, and they never compose with a neighbour: ASCII letters, CJK, Devanagari
letters and matras, ...) and the rest; only occurrences of the rest are handled one by one, and only a
canonical composition across characters ("e" + U+0301) takes the exact, cluster-by-cluster path.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# Removed outright: zero-width characters, soft hyphen, bidi controls, invisible fillers.
ZERO_WIDTH = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u3164\ufeff\uffa0"
    + "".join(chr(c) for c in range(0x200B, 0x2010))
    + "".join(chr(c) for c in range(0x202A, 0x202F))
    + "".join(chr(c) for c in range(0x2060, 0x2065))
    + "".join(chr(c) for c in range(0x2066, 0x2070))
)
# Folded to a space besides whitespace: hyphens, dashes, underscores (after NFKC, full-width forms are ASCII).
DASHES = frozenset("-_\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d\uff3f")

_MULTI_SPACE = re.compile("  +")
_ASCII_SPACES = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"

# Code point ranges checked once for "simple" characters; CJK ideographs and Hangul syllables are simple
# wholesale (no case, NFKC-stable, never the second half of a composition).
_CHECKED_RANGES = (
    (0x0020, 0x052F),  # ASCII, Latin-1, Latin Extended-A/B, IPA, Greek, Cyrillic
    (0x0900, 0x097F),  # Devanagari
    (0x1E00, 0x1FFF),  # Latin Extended Additional, Greek Extended
    (0x2000, 0x206F),  # General Punctuation
    (0x20A0, 0x20CF),  # currency
    (0x2100, 0x218F),  # letterlike symbols, number forms
    (0x2190, 0x23FF),  # arrows, maths, technical
    (0x2500, 0x27BF),  # box drawing, shapes, dingbats
    (0x3000, 0x30FF),  # CJK symbols and punctuation, kana
    (0xFF00, 0xFFEF),  # half-width and full-width forms
)
_BULK_SIMPLE_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3))

# Scripts written without spaces between words: no word-boundary test applies to their letters.
_UNSPACED_RANGES = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3005, 0x3007),  # 々 〆 〇
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3040, 0x31FF),  # kana, bopomofo, Hangul compatibility jamo, kanbun
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA000, 0xA4CF),  # Yi
    (0xAC00, 0xD7FF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width katakana
    (0x20000, 0x3FFFF),  # CJK extensions B..
)
# Marks that decorate symbols and emoji rather than letters: not part of a word.
_SYMBOL_MARK_RANGES = ((0x20D0, 0x20FF), (0xFE00, 0xFE0F), (0xE0100, 0xE01EF))

_SCRIPT_PATTERNS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]"),
    "devanagari": re.compile(r"[\u0900-\u097f\ua8e0-\ua8ff]"),
    "cyrillic": re.compile(r"[\u0400-\u052f]"),
    "greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    "kana": re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]"),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
}
SCRIPTS = frozenset(_SCRIPT_PATTERNS)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and, for each of its characters, the index in `original` it came from.

    `offsets` has one entry more than `text`: `offsets[len(text)] == len(original)`.
    """

    text: str
    offsets: list[int]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the span [start, end) of `text` to the smallest span of `original` that produced it."""
        offsets = self.offsets
        ostart = offsets[start]
        if end <= start:
            return ostart, ostart
        last = offsets[end - 1]
        k = end
        while k < len(self.text) and offsets[k] == last:  # the span ends inside one expanded character
            k += 1
        oend = offsets[k]
        original = self.original
        while oend - 1 > last and _is_dropped(original[oend - 1]):
            oend -= 1  # leave removed zero-width characters and collapsed separators out
        return ostart, oend


def _is_dropped(char: str) -> bool:
    return char in ZERO_WIDTH or char in DASHES or char.isspace()


def fold_reference(text: str, casefold: bool = True) -> str:
    """The definition of the normal form, written plainly (slow): what `normalize_text` computes fast.

    `casefold=False` keeps the case but applies every other fold; it is used to compare case-sensitive
    aliases with the text they matched.
    """
    text = "".join(ch for ch in text if ch not in ZERO_WIDTH)
    text = unicodedata.normalize("NFKC", text)
    if casefold:
        text = unicodedata.normalize("NFKC", text.casefold())
    text = "".join(" " if ch in DASHES or ch.isspace() else ch for ch in text)
    return _MULTI_SPACE.sub(" ", text)


def _fold_piece(text: str) -> str:
    """`fold_reference` of a piece of text, separator runs not collapsed (they may continue next door)."""
    text = "".join(ch for ch in text if ch not in ZERO_WIDTH)
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return "".join(" " if ch in DASHES or ch.isspace() else ch for ch in text)


def normalize_text(text: str) -> str:
    """The normal form of `text` (see the module docstring), without offsets."""
    return _default_normalizer().text(text)


def text_folder() -> Callable[[str], str]:
    """`normalize_text` as a bound method, for hot loops."""
    return _default_normalizer().text


def normalize(text: str) -> Normalized:
    """Normalise `text` and keep, for each normalised character, the index of its source character."""
    folded, offsets = _default_normalizer().fold(text, True)
    assert offsets is not None
    return Normalized(folded, offsets, text)


def may_fold_to_ascii(text: str) -> bool:
    """Does `text` contain a non-ASCII character whose fold has ASCII letters or digits (full-width "Ａ",
    "ﬁ", "㎏", the Kelvin sign, ...)? If not, an ASCII alias can only match where its exact letters stand."""
    return _default_normalizer().folds_to_ascii(text)


_ASCII_ALNUM = re.compile("[a-z0-9]")


def is_word_char(char: str) -> bool:
    """True for letters, digits and letter marks of scripts that separate words with spaces.

    CJK, kana, Hangul, Thai and similar letters are not word characters here: a Latin alias next to them
    ("前DeepSeek研究员") is still a separate word. Variation selectors and other marks that decorate emoji
    are not word characters either.
    """
    category = unicodedata.category(char)
    if category[0] not in "LNM":
        return False
    code = ord(char)
    if category[0] == "M":
        return not any(lo <= code <= hi for lo, hi in _SYMBOL_MARK_RANGES)
    return not any(lo <= code <= hi for lo, hi in _UNSPACED_RANGES)


def is_mark(char: str) -> bool:
    """A combining mark of a letter (matra, virama, nukta, accent): a match must not stop right before one."""
    if unicodedata.category(char)[0] != "M":
        return False
    code = ord(char)
    return not any(lo <= code <= hi for lo, hi in _SYMBOL_MARK_RANGES)


def is_virama(char: str) -> bool:
    """A virama/halant (combining class 9): the consonant after it is the second half of a conjunct."""
    return unicodedata.combining(char) == 9


def scripts_in(text: str) -> frozenset[str]:
    """The scripts (names from `SCRIPTS`) that occur in `text`."""
    return frozenset(name for name, pattern in _SCRIPT_PATTERNS.items() if pattern.search(text))


class TextNormalizer:
    """Computes the normal form fast, with a cache of how each non-simple character folds.

    The cache is a pure memo: results never depend on what was normalised before.
    """

    def __init__(self) -> None:
        self._firsts = _compositions()
        self._composing = frozenset(self._firsts)
        self._other = re.compile(_other_class(self._composing))
        self._folds: dict[str, tuple[str, bool]] = {}  # non-simple char -> (its fold, joins the previous?)
        self._joins: dict[tuple[str, str], bool] = {}  # (previous, char) -> do they compose?

    def text(self, text: str) -> str:
        """The normal form of `text`, without offsets."""
        return self.fold(text, False)[0]

    def folds_to_ascii(self, text: str) -> bool:
        """See `may_fold_to_ascii`. Such characters are never simple, so only the others are checked."""
        if text.isascii():
            return False
        return any(_ASCII_ALNUM.search(self._fold_of(c)) for c in set(self._other.findall(text))
                   if not c.isascii())

    def fold(self, text: str, want_offsets: bool) -> tuple[str, list[int] | None]:
        if text.isascii():
            folded = text.lower()
            if "-" in folded:
                folded = folded.replace("-", " ")
            if "_" in folded:
                folded = folded.replace("_", " ")
            if not folded.isprintable():
                for char in _ASCII_SPACES:
                    if char in folded:
                        folded = folded.replace(char, " ")
            offsets = list(range(len(text))) if want_offsets else None
        else:
            others = self._other.findall(text)
            if not others:
                folded = text.casefold()
                offsets = list(range(len(text))) if want_offsets else None
            else:
                result = self._fold_others(text, set(others), want_offsets)
                if result is None:
                    result = self._fold_clusters(text, want_offsets)
                folded, offsets = result
        if "  " in folded:
            if offsets is not None:
                for m in reversed(list(_MULTI_SPACE.finditer(folded))):
                    del offsets[m.start() + 1 : m.end()]
            folded = _MULTI_SPACE.sub(" ", folded)
        if offsets is not None:
            offsets.append(len(text))
        return folded, offsets

    def _fold_of(self, char: str) -> str:
        return self._info_of(char)[0]

    def _joining(self, char: str) -> bool:
        """Can `char` compose with the character before it?"""
        return self._info_of(char)[1]

    def _info_of(self, char: str) -> tuple[str, bool]:
        """(fold, joining) of a non-simple character."""
        info = self._folds.get(char)
        if info is None:
            folded = _fold_piece(char)
            joining = char in self._composing or (bool(folded) and folded[0] in self._composing)
            info = self._folds[char] = (folded, joining)
        return info

    def _fold_others(
        self, text: str, others: set[str], want_offsets: bool
    ) -> tuple[str, list[int] | None] | None:
        """Replace each non-simple character by its fold; None when a composition needs the exact path."""
        resizing: list[str] = []
        info_of = self._info_of
        for char in others:
            folded, joining = info_of(char)
            if joining and self._composes_in(text, char):
                return None
            if len(folded) != 1:
                resizing.append(char)
            elif folded != char:
                text = text.replace(char, folded)  # one for one: offsets unchanged
        if not want_offsets:
            for char in resizing:
                text = text.replace(char, self._fold_of(char))
            return text.casefold(), None
        if not resizing:
            return text.casefold(), list(range(len(text)))
        parts: list[str] = []
        offsets: list[int] = []
        pos = 0
        pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(resizing)) + "]")
        for m in pattern.finditer(text):
            start = m.start()
            folded = self._fold_of(text[start])
            parts.append(text[pos:start])
            parts.append(folded)
            offsets.extend(range(pos, start))
            offsets.extend([start] * len(folded))
            pos = start + 1
        parts.append(text[pos:])
        offsets.extend(range(pos, len(text)))
        return "".join(parts).casefold(), offsets

    def _composes_in(self, text: str, char: str) -> bool:
        """Does `char` compose with the character before it anywhere in `text`?

        (Canonical reordering of marks typed out of order is not applied; aliases and texts go through the
        same function, so they still agree.)
        """
        firsts = self._firsts.get(char)
        if firsts:
            return any(first + char in text for first in firsts)
        start = text.find(char, 1)
        while start > 0:
            pair = (text[start - 1], char)
            joins = self._joins.get(pair)
            if joins is None:
                joined = _fold_piece(pair[0])[-1:] + _fold_piece(pair[1])
                joins = self._joins[pair] = unicodedata.normalize("NFC", joined) != joined
            if joins:
                return True
            start = text.find(char, start + 1)
        return False

    def _fold_clusters(self, text: str, want_offsets: bool) -> tuple[str, list[int] | None]:
        """The exact path: fold each non-simple character together with the characters it composes with."""
        joining = self._joining
        parts: list[str] = []
        offsets: list[int] = []
        pos = 0
        n = len(text)
        for m in self._other.finditer(text):
            start = m.start()
            if start < pos:
                continue  # already folded with the previous cluster
            if start > pos and joining(text[start]):
                start -= 1  # a combining mark composes with the character before it
            end = start + 1
            while end < n and joining(text[end]):
                end += 1
            if start > pos:
                parts.append(text[pos:start].casefold())
                offsets.extend(range(pos, start))
            cluster = _fold_piece(text[start:end])
            parts.append(cluster)
            offsets.extend([start] * len(cluster))
            pos = end
        if pos < n:
            parts.append(text[pos:].casefold())
            offsets.extend(range(pos, n))
        return "".join(parts), offsets if want_offsets else None


def _compositions() -> dict[str, frozenset[str]]:
    """For each character that can be the second part of a canonical composition, the possible first parts.

    Hangul jamo compose algorithmically; they map to an empty set, which means "check the text".
    """
    firsts: dict[str, set[str]] = {}
    for code in range(0x20000):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2 and unicodedata.is_normalized("NFC", chr(code)):
                firsts.setdefault(chr(int(parts[1], 16)), set()).add(chr(int(parts[0], 16)))
    for code in (*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)):  # Hangul vowel and trailing jamo
        firsts[chr(code)] = set()
    return {second: frozenset(found) for second, found in firsts.items()}


def is_simple(char: str, composing: frozenset[str]) -> bool:
    """A character whose fold is its own casefold, one character long, and which never composes."""
    if char in composing or char in ZERO_WIDTH or char in DASHES or char.isspace():
        return char == " "
    folded = _fold_piece(char)
    if not char.isascii() and _ASCII_ALNUM.search(folded):
        return False  # the Kelvin sign, long s: keep them visible to `may_fold_to_ascii`
    return len(folded) == 1 and folded == char.casefold() and folded not in composing


def _other_class(composing: frozenset[str]) -> str:
    """A regex character class of everything that is not simple."""
    simple = [
        code for lo, hi in _CHECKED_RANGES for code in range(lo, hi + 1) if is_simple(chr(code), composing)
    ]
    simple.extend(code for lo, hi in _BULK_SIMPLE_RANGES for code in range(lo, hi + 1))
    simple.sort()
    ranges: list[tuple[int, int]] = []
    for code in simple:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    body = "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in ranges
    )
    return f"[^{body}]"


@functools.cache
def _default_normalizer() -> TextNormalizer:
    """One shared normaliser, built on first use (about 40 ms); its caches are pure memos."""
    return TextNormalizer()
