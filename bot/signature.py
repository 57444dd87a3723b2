"""A news item's event signature: what in its headline identifies the event. Pure, no model.

Content tokens are stemmed words mapped onto canonical synonyms and transliterations (Latin,
Devanagari) or character bigrams (CJK, whose word segmentation varies); beside them the figures it
quotes (amounts, percentages, counts, with units and rounding normalised: "$294K" / "2.94 लाख"),
model and version codes ("V3.1", "R1-0528", "MiMo-VL-7B", "Q2" / "second-quarter" / 第二季度),
places and actors. bot/similarity.py compares two signatures.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from types import MappingProxyType

import opencc

from . import lexicon

_PREFIXES = re.compile(
    r"^\s*(?:【[^】]{1,12}】|\[[^\]]{1,20}\]|#|(?:exclusive|breaking|update|watch|analysis|opinion|ब्रेकिंग)\s*[:|-]"
    r"|刚刚[，,]|重磅[！!]|快讯[：:])\s*", re.IGNORECASE)
_SUFFIX = re.compile(r"\s+[-|–—]\s+[^-|–—]{2,40}$")
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_QUARTERS = tuple((re.compile(p, re.IGNORECASE), q) for p, q in lexicon.QUARTERS)
_GLUED = "|".join(word for word, _ in lexicon.CURRENCY_BEFORE if word.isalpha())  # "CNY380 billion", "US$53b"
_UNITS = "|".join(sorted((re.escape(u) for u in lexicon.MULTIPLIERS), key=len, reverse=True))
_FIGURE = re.compile(
    rf"(?<![a-z0-9.\-$])(?<!\d:)(?:hk\$|us\$|\$|¥|€|£|₹|(?:{_GLUED})(?=\d))?\s?(\d+(?:[.,]\d+)*)(?![\d]|:\d)"
    rf"(?:[\s-]?({_UNITS})(?:(?<![a-z])|(?![a-z])))?")  # "20萬token" is 200,000; "5 bnx" no billion
_CJK = r"\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
_TOKEN = re.compile(
    rf"(?P<cjk>[{_CJK}]+)|(?P<deva>[\u0900-\u0963\u0971-\u097f]+(?:-[\u0900-\u0963\u0971-\u097f]+)*)"
    r"|(?P<latin>[a-z0-9$]+(?:[.'’][a-z0-9]+|(?<=\d),\d+)*(?:-[a-z0-9]+(?:\.[0-9]+|(?<=\d),\d+)*)*)")
# a rival's model a report measures the news against ("matches GPT-5", "比肩Gemini 3 Pro", "o1 को टक्कर"): each
# outlet picks its own, so its version is no version of the event. The words are looked for as substrings first
# (most headlines compare nothing, and a regex tried at every position costs more than the rest of the reading)
_COMPARING = ("match", "rival", "beat", "outperform", "outscor", "surpass", "vs", "versus", "par", "take", "challeng",
              "than", "against", "比肩", "对标", "對標", "超越", "胜过", "勝過", "叫板", "媲美", "直逼", "挑战", "挑戰",
              "击败", "擊敗", "不输", "不輸")
_COMPARED = re.compile(
    r"(?:(?<![a-z])(?:match(?:es|ing)?|rival(?:s|ing)?|beat(?:s|ing)?|outperform(?:s|ing)?|outscor(?:es|ing)"
    r"|surpass(?:es|ing)?|vs|versus|on par with|parity with|takes? on|challeng(?:es|ing)"
    r"|(?<!more )(?<!less )(?<!fewer )(?<!rather )(?<!other )(?<!greater )than|against)(?![a-z])"
    r"|比肩|对标|對標|超越|胜过|勝過|叫板|媲美|直逼|挑战|挑戰|击败|擊敗|不输|不輸)[^,;:!?，。：\uff1b|]{0,40}")
_COMPARED_AFTER = ("को टक्कर", "से बेहतर", "के बराबर", "को पछाड़", "से मुकाबला", "से आगे", "को चुनौती", "जैसा", "जैसी")
# the parties that did the same before ("joins Huawei and Honor in plugging DeepSeek", "हुवावे-ऑनर के बाद अब
# शाओमी ने भी", after Huawei and Honor, now Xiaomi too): no actors of the event
_JOINS_IN = re.compile(r"(?<![a-z])joins? (?:[\w-]+ ){1,4}(?=in \w+ing)")
_BEFORE_AFTER = ("के बाद अब ", "की तरह ")
# up to three words before a postposition: any, or those opening with a Latin letter or digit (a model's name)
_LAST_WORDS = re.compile(r"[\w\u0900-\u097f][\w\u0900-\u097f-]*(?: [\w\u0900-\u097f-]+){0,2}$")
_LAST_LATIN_WORDS = re.compile(r"[a-z0-9][\w.-]*(?: [a-z0-9][\w.-]*){0,2}$")
_WORDS_BACK = 120
_JOINED = lexicon.JOINED_NAMES + lexicon.TWO_WORD_PLACES  # read as one word each, in this order
_RIVAL_OF = re.compile(r"[\u4e00-\u9fff]{2,4}?的?(?:老|头号|頭號|最大)?(?:对手|劲敌|死敌)")


def _spans_before(text: str, markers: tuple[str, ...], latin: bool) -> list[tuple[int, int]]:
    """The up to three words before each Hindi postposition of `markers` ("GPT-4o को टक्कर"), looked for in the
    _WORDS_BACK characters before it (a hostile feed's endless headline costs no more per postposition)."""
    words = _LAST_LATIN_WORDS if latin else _LAST_WORDS
    spans = []
    for marker in markers:
        at = text.find(" " + marker)
        while at > 0:
            if (m := words.search(text, max(0, at - _WORDS_BACK), at)) is not None:
                spans.append(m.span())
            at = text.find(" " + marker, at + 1)
    return spans


def _compared(text: str) -> list[tuple[int, int]]:
    """Where the text names a rival it measures the news against."""
    spans = [m.span() for m in _COMPARED.finditer(text)] if any(w in text for w in _COMPARING) else []
    return spans + _spans_before(text, _COMPARED_AFTER, latin=True) if DEVANAGARI.search(text) else spans


def uncompared(title: str) -> str | None:
    """The headline without the rivals it measures the news against ("Xiaomi's new model matches DeepSeek-V3.2"
    is no news of DeepSeek-V3.2), casefolded; None when it compares nothing."""
    text = title.casefold()
    spans = _compared(text)
    if not spans:
        return None
    out, at = [], 0
    for start, end in sorted(spans):
        out.append(text[at:max(at, start)])
        at = max(at, end)
    return " ".join(out) + " " + text[at:]


def _before(text: str) -> list[tuple[int, int]]:
    """Where the text names the parties that did the same before."""
    spans = [m.span() for m in _JOINS_IN.finditer(text)] if "join" in text else []
    return spans + _spans_before(text, _BEFORE_AFTER, latin=False) if DEVANAGARI.search(text) else spans


# a Chinese sum written without digits: "逾百亿美元" is over 10 billion dollars, "千万" ten million ("数百亿", many
# tens of billions, names no figure)
_HAN_MAGNITUDE = re.compile(r"(?<![\d一二两兩三四五六七八九十百千数數几幾上])([十百千])(?=[亿億万萬])")
_HAN_TENS = MappingProxyType({"十": "10", "百": "100", "千": "1000"})
# Taiwan's 兆 is a trillion (万亿): "1.6兆參數", "兆元身價"
_TRILLION = re.compile(r"(?<=\d)兆(?=参数|參數|个参数|個參數|[元美台新港日]|$|[\s，。,、！？])"
                       r"|(?<![\d十百千])兆(?=元|美元|台币|台幣|新台币|新台幣|港元|身价|身價)")
_OPEN_SOURCE = re.compile(r"\bopen[\s-]?sourc(?:e[sd]?|ing)\b")
_SIGN_UP = re.compile(r"\bsign[\s-]?ups?\b")
_PUSHED = re.compile(r"\bpush(?:es|ed)? (?:back|to)\b|\bheld back\b")
_QWEN = re.compile(r"\bqwen[\s-]+(?=\d)")  # "Qwen 3", "千问3" (" qwen 3") are the model "Qwen3"
# Tesla's Model 3 / Y / S / X (मॉडल 3): a rival's car named, no figure and no version of the news
_TESLA_MODEL = re.compile(r"(?:(?<![a-z])model|मॉडल)\s?([3ysx])(?![0-9a-z.,%])")
_TESLA_NAMES = MappingProxyType({"3": "modelthree", "y": "modely", "s": "models", "x": "modelx"})
# a launch in China's market (not "China's DeepSeek", in every story) or the world's (not "the global AI race"):
# the place of that launch
_MARKET = re.compile(r"\b(?:launch(?:es|ed)? in (china)|(china) launch|in (china) (?:with|at|for|from)"
                     r"|goes (global)|go (global)|(global) (?:launch|debut|markets?|release|version|variant)"
                     r"|(globally)|(worldwide))\b")
_ATTORNEYS_GENERAL = re.compile(r"\battorneys?[\s-]general\b|\bags\b|अटॉर्नी जनरल")
_LATIN_ACCENTS = str.maketrans("àáâäãåèéêëìíîïòóôöõùúûüñç", "aaaaaaeeeeiiiiooooouuuunc")  # "Nürburgring"
# "Mix Fold 4", "MIX Fold4": one model, "mixfold4"
_MIX = re.compile(r"(?<![a-z])mix\s*(flip|fold)(?:\s*(\d+)(?![\d.]))?")
# China's parliament and a rich list, as the Chinese and Hindi words for them are read (lexicon.CONCEPTS)
_NPC = re.compile(r"\bnational people's congress\b|\btwo sessions\b|\brich list\b")
_SIZE = re.compile(r"^\d+(?:\.\d+)?[bmt]$")  # a model's size: "7b", "1.5b", "671b"
_TOP_UP = re.compile(r"\btop[\s-]?ups?\b")
# the US House's members and committees act as lawmakers; "the White House" does not
_HOUSE = re.compile(r"(?<!white )\bhouse(?= (?:panel|committee|select|lawmakers?|members?|bill|republicans|democrats"
                    r"|speaker|of representatives)\b)")
_BILL = re.compile(r"\bbills?\b(?! gates)")  # a bill is its lawmakers' act
_ALL_TIME = re.compile(r"\ball[\s-]time high\b")
_FUTURE = re.compile(lexicon.EN_FUTURE)
_ZH_NUMBER = re.compile(f"第?([{''.join(lexicon.ZH_DIGITS)}]+)(?=[{lexicon.ZH_MEASURES}])(?!分之)")  # 五分之一: a fifth
_HAS_CJK = re.compile(f"[{_CJK}]")
DEVANAGARI = re.compile("[\u0900-\u097f]")  # a Hindi letter (shared: eventframe, similarity)
_FILE_EXTENSION = re.compile(r"\.(?:pdf|html?|md|txt|png|jpe?g|docx?)$")
_FIGURE_PART = re.compile(rf"^(?:hk\$|us\$|[$¥€£₹]|{_GLUED})?\d+(?:[.,]\d+)*(?:k|m|mn|b|bn|t|tn|nm|gb|x|fold)?$")
_UNIT_WORDS = frozenset(
    "k thousand m mn million b bn billion t tn trillion percent yuan dollar dollars euro euros rupee rupees nm "
    "nanometre nanometer fold parameter minute minutes hour hours day days year years gb plus".split())
_PRODUCT_MOD = re.compile(r"(?<![a-z0-9.])([a-z]*\d[a-z0-9.]*)(?:\s+|-(?=[^\x00-\x7f]))"
                          r"(ultra|pro|max|plus|mini|lite|flash|exp|terminus|speciale|omni|air|civi|thinking|अल्ट्रा|प्रो"
                          r"|थिंकिंग|टर्मिनस|फ्लैश|मिनी|लाइट|मैक्स|प्लस)(?![a-z\u0900-\u097f])")  # not प्रोसेसर
_MODIFIERS = frozenset("ultra pro max plus mini lite flash exp terminus speciale omni air civi thinking".split())
# a product line and its generation ("Xiaomi 14", "Redmi Note 13", "शाओमी 15"): a model code, "xiaomi-14", kept
# beside the line's name; not a figure ("Xiaomi 15 billion", "小米15亿")
_LINE_NAMES = MappingProxyType({"xiaomi": "xiaomi", "redmi": "redmi", "note": "note", "civi": "civi", "turbo": "turbo",
                                "mix": "mix", "pad": "pad", "शाओमी": "xiaomi", "श्याओमी": "xiaomi", "शियोमी": "xiaomi",
                                "रेडमी": "redmi", "नोट": "note", "सिवी": "civi", "टर्बो": "turbo"})
_LINE = re.compile(rf"(?<![a-z0-9\-])({'|'.join(_LINE_NAMES)})\s*(\d{{1,2}})(?![\d%]|[.,]\d|"
                   r"\s*(?:[a-z]*illion|bn|mn|k\b|percent|crore|lakh|करोड|लाख|亿|万|元|yuan|years?|days?|hours?|minutes?|साल|दिन"
                   r"|月|日|号|年))")  # "小米10月": Xiaomi in October, no Xiaomi 10
# a phone's or chip's specification, a number format, a venue's year: no version of what the news is about
_SPEC = re.compile(r"^(?:(?P<n>\d+(?:[.,]\d+)*)(?P<unit>mp|mah|w|kw|cm|mm|hz|fps|g|tb|mb|inch)"
                   r"|(?P<kind>ip|fp|[a-z]{3,}(?=20\d\d$))(?P<v>\d+))$")
_ACRONYMS = frozenset("ai api gpu ev suv llm moe ocr ipo ceo cfo cto ar vr pc ui os gb fp8 sdk app".split())

LOW_WEIGHT = 0.15  # watchlist names and generic words
BIGRAM_WEIGHT = 0.6  # CJK character bigrams: several per word, so each counts less
CODE_WEIGHT = 0.75  # a shared version or model code
FIGURE_WEIGHT = 2.5  # a shared figure


@lru_cache(maxsize=1)
def _simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _in_simplified(table: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """A Han lookup table keyed as the text it is applied to, converted to simplified characters
    (義大利 becomes 义大利, not 意大利), longest key first."""
    convert = _simplified().convert
    keys = {convert(han): value for han, value in reversed(table)}  # the first of equal keys wins
    return tuple(sorted(keys.items(), key=lambda kv: len(kv[0]), reverse=True))


_HAN_TOKENS = _in_simplified(lexicon.HAN_TOKENS)
_ZH_SYNONYMS = _in_simplified(lexicon.ZH_SYNONYMS)
_HAN_TOKENS_BY_CHAR: MappingProxyType[str, tuple[int, ...]] = MappingProxyType({
    char: tuple(i for i, (han, _) in enumerate(_HAN_TOKENS) if han[0] == char)
    for char in {han[0] for han, _ in _HAN_TOKENS}})


def _han_tokens_in(text: str) -> list[tuple[str, str]]:
    """The entries of _HAN_TOKENS, in their order, whose first character the text has: the others cannot
    match (their replacements insert Latin letters, never a new run of Han characters)."""
    by_char = _HAN_TOKENS_BY_CHAR
    found = sorted(i for char in set(text) if char in by_char for i in by_char[char])
    return [_HAN_TOKENS[i] for i in found]


def unread_actors(text: str) -> str:
    """A Chinese text in simplified characters, the companies and people the tables read in it blanked out
    (卢伟冰, 百度): what is left of its names only their sound can tell (bot/phonetic.py)."""
    text = _simplified().convert(text)
    for han, latin in _han_tokens_in(text):
        if han in text and any(w in _ACTOR_WORDS for w in latin.split()):
            text = text.replace(han, " ")
    return text


_ACTOR_WORDS = lexicon.PEOPLE | lexicon.ORGS


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A crude suffix stripper: enough that "launches" / "launched" / "launch" agree."""
    word = word.replace("’", "'")
    word = word.removesuffix("'s")
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not (
                suffix == "s" and word.endswith(("ss", "us", "is"))):
            word = word[: -len(suffix)] + repl
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]
    return word


_EN_SYNONYMS = lexicon.en_synonyms(_stem)
_EN_STOP = frozenset(_stem(w) for w in lexicon.EN_STOP) | lexicon.EN_STOP
_EN_LOW = frozenset(_stem(w) for w in lexicon.EN_LOW) | lexicon.EN_LOW
ORG_TOKENS = frozenset(_stem(w) for w in lexicon.ORGS) | lexicon.ORGS  # as tokens: "apple" is "appl"
# a company's or person's name as read (stemmed: "appl", "googl") -> as the lexicon writes it
ACTOR_NAMES: Mapping[str, str] = MappingProxyType(
    {_stem(w): w for w in lexicon.ORGS | lexicon.PEOPLE if _stem(w) != w})
_PEOPLE = frozenset(_stem(w) for w in lexicon.PEOPLE) | lexicon.PEOPLE
_WATCH = frozenset("deepseek xiaomi nvidia".split()) | {"luo", "liang", "lei"}


# value; rounding tolerance; relative tolerance (0 for exact digits, ROUNDED for an amount written with
# a unit and few digits or with decimals, wider for "nearly"); its kind: SHARE ("17%", 30 फीसदी), a
# currency ("usd", "cny": "$7.4 billion", 500亿元) or "" (a count, a year, an amount of no stated
# currency); and a bound: AT_LEAST ("超3000亿", "more than"), AT_MOST ("up to 75%") or "".
Figure = tuple[float, float, float, str, str]
ROUNDED = 0.015
AT_LEAST, AT_MOST = ">", "<"
SHARE = "%"
MEASURE = "#"  # the kind of a count of a measure: "#nm", "#x", "#years", "#tokens", "#models"...


@dataclass(frozen=True)
class Code:
    """A model or version code: its head ("v3.1", "7b") and the words hyphenated to it ("terminus")."""
    head: str
    mods: frozenset[str]


@dataclass(frozen=True)
class Signature:
    tokens: frozenset[str]  # canonical content tokens
    parts: frozenset[str]  # every raw word, for checking a code's modifiers are mentioned
    codes: tuple[Code, ...]
    figures: tuple[Figure, ...]
    places: frozenset[str]
    names: frozenset[str]  # actors: companies, agencies, watchlist names, capitalised words ("Texas")
    weights: MappingProxyType[str, float]  # token -> weight
    weight: float
    specs: frozenset[tuple[str, str]] = frozenset()  # (kind, value): ("mp", "200"), ("ip", "69"), ("acl", "2025")

    @cached_property
    def heads(self) -> frozenset[str]:
        """The heads of its codes ("v3" of "V3-0324"); kept, as a lookup compares one item with many."""
        return frozenset(c.head for c in self.codes)

    @cached_property
    def telling(self) -> tuple[Figure, ...]:
        """The figures that single out an event: an amount, a share, a count of ten or more ("589
        billion", "75%", "18 minutes"), not a small ordinal or count ("no. 1", "3 new models"), nor a year
        (every report of the year names it: "2026年1月7日")."""
        return tuple(f for f in self.figures if (f[2] or abs(f[0]) >= 10) and not a_year(f))

    @property
    def distinctive(self) -> frozenset[str]:
        """Tokens worth an index posting: watchlist names and generic words would list every story."""
        return frozenset(t for t, w in self.weights.items() if w > LOW_WEIGHT)


def token_weight(token: str) -> float:
    if token in _EN_LOW:
        return LOW_WEIGHT
    if token.startswith("code:"):
        return CODE_WEIGHT
    if len(token) == 2 and not token.isascii() and not ("\u0900" <= token[0] <= "\u097f"):
        return BIGRAM_WEIGHT
    return 1.0


def clean(title: str) -> str:
    """NFKC, Devanagari digits, outlet prefixes ("Exclusive:", 【快讯】) and a trailing " - Outlet"."""
    text = unicodedata.normalize("NFKC", title).translate(_DEVANAGARI_DIGITS).replace("\u093c", "")
    text = _PREFIXES.sub("", text).strip().strip("#")
    if len(text) > 30:
        text = _SUFFIX.sub("", text)
    return text


def first_sentence(summary: str) -> str:
    text = unicodedata.normalize("NFKC", summary or "").strip()
    return re.split(r"(?<=[.!?])\s|[。！？]", text, maxsplit=1)[0][:300]


def signature(title: str, summary: str = "") -> Signature:
    """The event signature of a headline, plus the first sentence of the summary when given."""
    sig = _signature(clean(title))
    lead = first_sentence(summary) if summary else ""
    return combined(sig, lead_signature(lead)) if lead else sig


class _Spans:
    """Stretches of a text, merged where they overlap: whether a position lies in one is a binary search (an
    endless headline from a hostile feed holds thousands of them)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __contains__(self, at: int) -> bool:
        i = bisect_right(self._starts, at) - 1
        return i >= 0 and at < self._ends[i]


def _spans(spans: list[tuple[int, int]]) -> _Spans | None:
    """The spans to look positions up in, or None when there are none (most headlines: no lookup per word)."""
    return _Spans(spans) if spans else None


def _mix(m: re.Match[str]) -> str:
    return f"mix{m.group(1)}{m.group(2) or ''}"


def _tesla(m: re.Match[str]) -> str:
    return " " + _TESLA_NAMES[m.group(1)] + " "


def _npc(m: re.Match[str]) -> str:
    return " richest " if m.group() == "rich list" else " npc "


def _market(m: re.Match[str]) -> str:
    word = next(g for g in m.groups() if g)
    return m.group().replace(word, "chinamarket" if word == "china" else "globalmarket")


# Phrases written one way before the text is read, in this order; each pattern is tried only when one of its
# trigger substrings is in the text (a headline triggers two or three of them).
_REWRITES: tuple[tuple[tuple[str, ...], re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (("十", "百", "千"), _HAN_MAGNITUDE, lambda m: _HAN_TENS[m.group(1)]),
    (("兆",), _TRILLION, lambda m: "万亿" if m.start() and m.string[m.start() - 1].isdigit() else "1万亿"),
    *((("quarter", "季", "तिमाही", "四半期"), pattern, repl) for pattern, repl in _QUARTERS),
    (("sign",), _SIGN_UP, "signup"),
    (("open",), _OPEN_SOURCE, "opensource"),
    (("top",), _TOP_UP, "topup"),
    (("all",), _ALL_TIME, "record high"),
    (("push", "held"), _PUSHED, "delay"),
    (("house",), _HOUSE, "lawmaker"),
    (("people's congress", "two sessions", "rich list"), _NPC, _npc),
    (("bill",), _BILL, "bill lawmaker"),
    (("attorney", "ags", "अटॉर्नी"), _ATTORNEYS_GENERAL, " attorneysgeneral "),
    (("next", "this", "early", "plan", "expect", "rumo"), _FUTURE, " rumor "),
    (("china", "global", "worldwide"), _MARKET, _market),
    (("mix",), _MIX, _mix),
    (("model", "मॉडल"), _TESLA_MODEL, _tesla),
)


# each rewrite runs only when one of its trigger words is in the text: one search, not a loop per word
_REWRITE_TRIGGERS = tuple((re.compile("|".join(map(re.escape, triggers))), pattern, repl)
                          for triggers, pattern, repl in _REWRITES)


def lead_signature(lead: str) -> Signature:
    """The signature of a summary's first sentence alone, to combine with its headline's."""
    return _signature(lead, headline=False)


def combined(a: Signature, b: Signature) -> Signature:
    """Two texts' signatures as one: a headline's and its lead's, each taken once."""
    weights = {**b.weights, **a.weights}
    return Signature(a.tokens | b.tokens, a.parts | b.parts, a.codes + b.codes, a.figures + b.figures,
                     a.places | b.places, a.names | b.names, MappingProxyType(weights), sum(weights.values()),
                     a.specs | b.specs)


def _signature(original: str, *, headline: bool = True) -> Signature:
    """`headline`: months and durations count only in a headline; a lead's month is often the day it
    was written."""
    text = original.casefold()
    for trigger, pattern, repl in _REWRITE_TRIGGERS:
        if trigger.search(text):
            text = pattern.sub(repl, text)
    figures = _figures(text)
    timing = _months(text) | _durations(text) if headline else frozenset()
    text = _PRODUCT_MOD.sub(lambda m: m.group(1) + "-" + lexicon.TRANSLIT.get(m.group(2), m.group(2)), text)
    if DEVANAGARI.search(text):
        for phrase, canonical in lexicon.HI_PHRASES:
            if phrase in text:
                text = text.replace(phrase, canonical)
    text = text.translate(_LATIN_ACCENTS)
    for phrase, word in _JOINED:
        if phrase in text:
            text = text.replace(phrase, word)
    if _HAS_CJK.search(text):
        text = _simplified().convert(text)  # 公務機關 is 公务机关: one event in Taiwan's and the mainland's script
        if "对手" in text or "劲敌" in text or "死敌" in text:  # "英伟达老对手力挺DeepSeek": Nvidia's rival backs it
            text = _RIVAL_OF.sub(" 对手", text)
        for han, latin in _han_tokens_in(text):
            if han in text:
                text = text.replace(han, f" {latin} ")
        for variant, canonical in _ZH_SYNONYMS:
            if variant in text:
                text = text.replace(variant, f" {canonical} ")
    if "qwen" in text:  # after the Han names: 千问3 is read " qwen 3" only there
        text = _QWEN.sub("qwen", text)
    text = _LINE.sub(lambda m: f"{m.group(1)} {_LINE_NAMES[m.group(1)]}-{m.group(2)}", text)
    tokens: set[str] = set()
    parts: set[str] = set()
    codes: list[Code] = []
    places: set[str] = set()
    spans_before = _before(text)
    before, compared = _spans(spans_before), _spans(_compared(text) + spans_before)
    rivals: set[str] = set()  # tokens read only where the text tells of others before
    own: set[str] = set()
    for m in _TOKEN.finditer(text):
        if m.lastgroup == "cjk":
            run = m.group()
            tokens.update(run[i:i + 2] for i in range(len(run) - 1))
        elif m.lastgroup == "deva":
            word = m.group()
            parts.add(word)
            if word in lexicon.PLACES:
                if before is None or m.start() not in before:  # "इटली के बाद अब": Italy did it before
                    places.add(lexicon.PLACES[word])
            elif word not in lexicon.HI_STOP and word not in lexicon.NUMBER_WORDS:
                read = lexicon.TRANSLIT.get(word)
                if read is None:
                    tokens.add(_canonical(word))
                else:  # a name or concept read in Latin letters, as a Chinese headline's is: a part of the text
                    read_words = read.split()
                    read_tokens = [_canonical(w) for w in read_words]
                    if before is not None:
                        (rivals if m.start() in before else own).update(read_tokens)
                    tokens.update(read_tokens)
                    parts.update(read_words)
                    parts.update(_stem(w) for w in read_words)
        else:
            reading = _latin(m.group())
            tokens |= reading.tokens
            parts |= reading.parts
            if before is not None:
                (rivals if m.start() in before else own).update(reading.tokens)
            if compared is None or m.start() not in compared:
                codes.extend(reading.codes)
            if before is None or m.start() not in before:
                places |= reading.places
    for t in list(tokens):
        if t.startswith("place:"):
            tokens.discard(t)
            places.add(t[6:])
    tokens.update("place:" + p for p in places)
    tokens.update("code:" + c.head for c in codes)
    names = _names(original, tokens) - (rivals - own) if rivals else _names(original, tokens)
    # interned: the story index holds thousands of signatures, mostly of the same few thousand words
    # (from a set: a frozenset built from an iterator gets a table up to twice as large)
    kept = frozenset({sys.intern(t) for t in tokens})
    weights = {t: token_weight(t) for t in kept}
    return Signature(kept, frozenset({sys.intern(t) for t in parts}), tuple(codes), tuple(figures), frozenset(places),
                     names, MappingProxyType(weights), sum(weights.values()), _specs(parts) | timing)


_MONTHS = re.compile(
    r"(?<![a-z])(january|february|april|june|july|august|sept|september|october|november|december)(?![a-z])"
    r"|(?<![0-9A-Za-z.-])(1[0-2]|[1-9])\s*月"  # not "玄戒O1月底" (the O1 at the end of the month)
    r"|(?<![\u0900-\u097f])(जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर"
    r"|दिसंबर|दिसम्बर)(?![\u0900-\u097f])")
_MONTH_NUMBERS = MappingProxyType({
    "january": 1, "february": 2, "april": 4, "june": 6, "july": 7, "august": 8, "sept": 9, "september": 9,
    "october": 10, "november": 11, "december": 12, "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4,
    "मई": 5, "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11,
    "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12})
MONTH_NAMES = frozenset(_MONTH_NUMBERS)


# the words of a span of time, by its unit: a duration's specification (_durations) and a count's measure
_DURATION_WORDS = MappingProxyType({"min": "minute minutes min mins 分钟 分鐘 मिनट",
                                    "h": "hour hours hr hrs 小时 小時 घंटे घंटों घंटा", "d": "day days 天 दिन"})
_DURATION_UNITS = MappingProxyType({w: unit for unit, words in _DURATION_WORDS.items() for w in words.split()})
_DURATIONS = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:-\s*)?("
                        + "|".join(sorted(_DURATION_UNITS, key=len, reverse=True)) + r")(?![a-z])")


def _durations(text: str) -> frozenset[tuple[str, str]]:
    """How long something took, as a specification of one kind: orders in three minutes are not the
    orders of eighteen hours (3 मिनट, 18小时)."""
    return frozenset(("duration", f"{float(n):g}{_DURATION_UNITS[u]}") for n, u in _DURATIONS.findall(text))


def _months(text: str) -> frozenset[tuple[str, str]]:
    """The months a headline names, as specifications of one kind: September's deliveries are not
    October's (9月, "September", सितंबर). March and May are left out in English (verbs), and जून in
    Hindi (Lei Jun's name)."""
    found = set()
    for m in _MONTHS.finditer(text):
        word, number, hindi = m.groups()
        found.add(("month", str(int(number) if number else _MONTH_NUMBERS[word or hindi])))
    return frozenset(found)


def _specs(parts: set[str]) -> frozenset[tuple[str, str]]:
    """A phone's specifications and a venue's year, each with its kind: they tell products apart only
    against the same kind ("200MP" / "50MP"), as outlets quote different ones of one product."""
    found = set()
    for part in parts:
        m = _SPEC.match(part)
        if m:
            found.add((m["unit"], m["n"].replace(",", "")) if m["unit"] else (m["kind"], m["v"]))
    return frozenset(found)


@dataclass(frozen=True)
class _Reading:
    """What one Latin word (or hyphenated compound) adds to a signature."""
    tokens: frozenset[str]
    parts: frozenset[str]
    codes: tuple[Code, ...]
    places: frozenset[str]


_TRAILING_NUMBER = re.compile(r"[-\d.]+$")


@lru_cache(maxsize=1 << 12)  # about 4 MB: the few thousand words most headlines use
def _latin(compound: str) -> _Reading:
    """A Latin word's tokens, parts, codes and places; kept, as most headlines' words are the same few
    thousand ("deepseek", "launches")."""
    tokens: set[str] = set()
    parts: set[str] = set()
    codes: list[Code] = []
    places: set[str] = set()
    compound = _FILE_EXTENSION.sub("", compound).removesuffix("'s").removesuffix("’s")  # "DeepSeek_V3.pdf", "V4's"
    pieces = [p.strip(".,'’") for p in compound.split("-") if p.strip(".,'’")]
    parts.update(pieces)
    parts.update(_stem(p) for p in pieces)
    has_letters = any(any(c.isalpha() for c in p) for p in pieces)
    head_index = None
    for i, piece in enumerate(pieces):
        digits, letters = any(c.isdigit() for c in piece), any(c.isalpha() for c in piece)
        if digits and letters and not (len(pieces) == 1 and _FIGURE_PART.match(piece)):
            head_index = i
            break
        if digits and not letters and i > 0 and pieces[i - 1].isalpha() and pieces[i - 1] not in _UNIT_WORDS:
            head_index = i  # "gpt-4", "day-3"
            break
        if piece.isdigit() and len(piece) <= 3 and i + 1 < len(pieces) and pieces[i + 1] in _MODIFIERS:
            head_index = i  # "15-ultra" (joined by _PRODUCT_MOD); "50,000-plus" is a count
            break
    named = [p for p in pieces[1:] if not _SIZE.match(p)]  # "MiMo-VL-7B" is MiMo-VL in its 7B size
    if (len(pieces) > 1 and pieces[0] in lexicon.PRODUCT_FAMILIES and named
            and (head_index is None or len(named) < len(pieces) - 1)
            and all(p.isalpha() and p not in lexicon.NOT_MODEL_SUFFIXES for p in named)):
        codes.append(Code(pieces[0], frozenset(_stem(p) for p in named)))  # "mimo-audio"
    elif (head_index is not None and (has_letters or len(pieces) > 1) and not _SPEC.match(pieces[head_index])
          and _TRAILING_NUMBER.sub("", compound) not in lexicon.BENCHMARKS):
        head = pieces[head_index]
        if not any(c.isalpha() for c in head) and head_index > 0:
            head = pieces[head_index - 1] + "-" + head
        mods = frozenset(_stem(p) for j, p in enumerate(pieces) if j != head_index
                         and p not in _EN_LOW and p not in _UNIT_WORDS and p not in lexicon.NOT_MODEL_SUFFIXES and not (
                             j == head_index - 1 and head.endswith("-" + pieces[head_index])))
        codes.append(Code(head, mods))
    for piece in pieces:
        if _FIGURE_PART.match(piece) or piece in _UNIT_WORDS:
            continue
        word = _stem(piece)
        place = (lexicon.PLACES.get(piece) or lexicon.PLACES.get(word)
                 or lexicon.PLACES.get(piece.replace("’", "'").removesuffix("'s")))  # "France's"
        if place:
            places.add(place)
            continue
        if word in _EN_STOP or piece in _EN_STOP or piece in lexicon.NUMBER_WORDS or len(piece) < 2:
            continue
        tokens.add(_EN_SYNONYMS.get(word, word) if len(pieces) == 1 else word)
    return _Reading(frozenset(tokens), frozenset(parts), tuple(codes), frozenset(places))


def _canonical(word: str) -> str:
    """A transliterated or Latin word as the Latin path would token it ("jinping" -> its stem)."""
    if not word.isascii():
        return word
    stem = _stem(word)
    return _EN_SYNONYMS.get(stem, stem)


# the common concepts' tokens: shared words, but no names that single out one event
COMMON_CONCEPT_TOKENS = frozenset(_canonical(word) for word in lexicon.COMMON_CONCEPTS)


def _figures(text: str) -> list[Figure]:
    out = []
    for m in _FIGURE.finditer(text):
        digits, unit = m.group(1), m.group(2)
        if "," in digits and not re.fullmatch(r"\d{1,3}(?:,\d{2,3})+", digits):
            continue
        number = digits.replace(",", "")
        try:
            value = float(number)
        except ValueError:
            continue
        scale = lexicon.MULTIPLIERS.get(unit or "", 1.0)
        decimals = len(number.split(".")[1]) if "." in number else 0
        # an amount is approximate when written with a unit and few digits ("$593 billion", "nearly
        # $600 billion"), or with decimals; six exact digits ("600037 crore") are no rounding
        significant = len(number.replace(".", "").strip("0"))
        before, after = text[max(0, m.start() - 16):m.start()].rstrip(), text[m.end():m.end() + 20].lstrip()
        if not unit and _ends_with(before, _VERSIONED):
            continue  # "Apache 2.0", "Claude Opus 4.6", 豆包1.5: a version of something named, no figure
        if not unit and len(number) == 2 and after.startswith(("后", "後")):
            continue  # "95后": a generation, born after 1995
        rounded = ROUNDED if (bool(unit) and significant <= 3) or decimals > 0 else 0.0
        if _ends_with(before, lexicon.ROUGHLY_BEFORE):
            rounded = lexicon.ROUGHLY_TOLERANCE
        currency, rest = _currency_word(after)
        currency = currency or next((code for word, code in lexicon.CURRENCY_BEFORE if _ends_with(before, (word,))), "")
        kind = _kind(m.group(0), after, currency) or ("" if _calendar_year(value, after) else
                                                       _PARAMETERS if _SIZED.fullmatch(m.group(0)) else _measure(after))
        out.append((value * scale, 0.5 * 10 ** -decimals * scale, rounded, kind, _bound(before, rest)))
    out.extend((lexicon.NUMBER_WORDS[m.group()], 0.0, 0.0, _measure(text[m.end():m.end() + 20].lstrip()), "")
               for m in re.finditer(r"[a-z]+|[\u0900-\u097f]+", text) if m.group() in lexicon.NUMBER_WORDS)
    for m in _ZH_NUMBER.finditer(text):
        count = _zh_number(m.group(1))
        if count and (count > 1 or m.group().startswith("第")):  # 一个模型 is "a model"; 第一 is first
            out.append((count, 0.0, 0.0, _measure(text[m.end():m.end() + 3]), ""))
    return out


_MEASURE_WORDS = MappingProxyType({
    "nm": r"nm|nanomet(?:er|re)s?|纳米|納米|नैनोमीटर", "x": r"x|fold|times|倍|गुना",
    "years": r"years?|年(?![薪终終])|周年|週年|साल",  # 年薪 is a salary, 年终 the year's end
    **{kind: "|".join(sorted(_DURATION_WORDS[unit].split(), key=len, reverse=True))
       for kind, unit in (("days", "d"), ("hours", "h"), ("minutes", "min"))},
    "tokens": r"tokens?|context|上下文|टोकन",
    "parameters": r"param(?:eter)?s?|参数|參數|पैरामीटर", "models": r"(?:new |open-source |open )?models?|款|मॉडल",
    "units": r"units|cars|vehicles|evs|suvs|(?:pre-?)?orders|bookings|deliveries|台|辆|輛|ऑर्डर|कारें|यूनिट",
    "shares": r"(?:new )?shares|股", "mah": r"mah|毫安", "mp": r"mp|megapixels?|像素|मेगापिक्सल"})
_MEASURES = re.compile("^-?(?:" + "|".join(f"(?P<{kind}>{forms})" for kind, forms in _MEASURE_WORDS.items())
                       + r")(?![a-z])")


_SIZED = re.compile(r"\s?\d+(?:\.\d+)?b")  # "7B", "236B": a model's size in parameters, glued, with no currency
_PARAMETERS = MEASURE + "parameters"


def _measure(after: str) -> str:
    """What a count measures when the word after it says ("3nm", "57x", "10 years", 十年, "18 मिनट"):
    a count of another measure is no other figure of one event ("10 years" / "3nm")."""
    m = _MEASURES.match(after)
    return MEASURE + m.lastgroup if m and m.lastgroup else ""


def a_year(figure: Figure) -> bool:
    """A whole number of no unit in the years news is dated by."""
    return not figure[3] and 1990 <= figure[0] <= 2035 and figure[0] == int(figure[0]) and not figure[2]


def _calendar_year(value: float, after: str) -> bool:
    """"2025年" names a year, not a span of 2,025 years."""
    return 1900 <= value <= 2100 and after.startswith(("年", "year"))


# rivals' models and licences whose version follows the name as a bare number: in this news they are named
# for comparison ("rivals Claude Opus 4.6"), so their version is no figure of the event (Xiaomi's own HyperOS 2 /
# HyperOS 3 are: kept as figures)
_VERSIONED = ("apache", "claude", "opus", "sonnet", "haiku", "gemini", "gemma", "llama", "gpt", "glm", "ernie", "grok",
              "kimi", "doubao", "qwen", "mistral", "豆包", "文心", "千问", "千問", "gen", "जेन")


def _currency_word(after: str) -> tuple[str, str]:
    """The currency a word after a figure names ("美元", "yuan") and the text after that word; ("", `after`)
    when it names none."""
    for word, code in lexicon.CURRENCY_WORDS:
        if after.startswith(word) and (not word.isascii() or not after[len(word):len(word) + 1].isalpha()):
            return code, after[len(word):].lstrip()
    return "", after


def _bound(before: str, after: str) -> str:
    """AT_LEAST, AT_MOST or "": the words around a figure that make it a bound (`after`: past its currency,
    "3亿美元以上")."""
    if _ends_with(before, lexicon.AT_LEAST_BEFORE) or after.startswith(lexicon.AT_LEAST_AFTER):
        return AT_LEAST
    if _ends_with(before, lexicon.AT_MOST_BEFORE) or after.startswith(lexicon.AT_MOST_AFTER):
        return AT_MOST
    return ""


def _ends_with(text: str, words: tuple[str, ...]) -> bool:
    """`text` ends with one of `words`, a whole word when it is Latin ("turnover" is not "over"; a Han
    character before it ends a word: "直逼Opus")."""
    for word in words:
        before = text[-len(word) - 1:-len(word)]
        if text.endswith(word) and not (word.isascii() and before.isascii() and before.isalpha()):
            return True
    return False


def _kind(figure: str, after: str, currency: str) -> str:
    """SHARE, the currency named by the symbol before the number or (`currency`) the word after it, or ""."""
    if after.startswith(_SHARE_WORDS):
        return SHARE
    figure = figure.lstrip()
    for symbol, code in _CURRENCY_PREFIXES:
        if figure.startswith(symbol):
            return code
    return currency


_CURRENCY_PREFIXES = lexicon.CURRENCY_SYMBOLS + lexicon.CURRENCY_BEFORE  # "$", "hk$", "cny" (glued: "CNY380")
_SHARE_WORDS = ("%", "percent", "per cent", "फीसदी", "फ़ीसदी", "प्रतिशत")


def _zh_number(text: str) -> int | None:
    """一..九十九 in Chinese numerals; None for anything longer."""
    digits = lexicon.ZH_DIGITS
    if len(text) == 1:
        return digits[text]
    if len(text) == 2 and text[0] == "十":
        return 10 + digits[text[1]]
    if len(text) == 2 and text[1] == "十":
        return digits[text[0]] * 10
    if len(text) == 3 and text[1] == "十":
        return digits[text[0]] * 10 + digits[text[2]]
    return None


def _names(original: str, tokens: set[str]) -> frozenset[str]:
    """Who acts: known companies and agencies, watchlist names, and capitalised words outside the
    lexicon (mixed case like "WeChat" anywhere; "Texas" unless the headline is in Title Case)."""
    out = {t for t in tokens if t in ORG_TOKENS or t in _WATCH or t in _PEOPLE}
    words = re.findall(r"[A-Za-z][\w'’&]*", original)
    long_words = [w for w in words if len(w) >= 4 and _stem(w.casefold()) not in _EN_LOW]
    title_case = (not _HAS_CJK.search(original) and not DEVANAGARI.search(original) and bool(long_words)
                  and sum(w[0].isupper() for w in long_words) > 0.6 * len(long_words))
    for i, w in enumerate(words):
        if not w[0].isupper() or any(c.isdigit() for c in w):
            continue
        stem = _stem(w.casefold().strip(".'’"))
        key = _EN_SYNONYMS.get(stem, stem)
        if key not in tokens or key in _EN_STOP or key in _ACRONYMS or key in lexicon.EVENTS:
            continue
        mixed = any(c.isupper() for c in w[1:]) and any(c.islower() for c in w)
        upper = w.isupper() and len(w) >= 2
        if mixed or upper or (not title_case and key not in _EN_LOW and (
                i > 0 or (i + 1 < len(words) and words[i + 1][0].isupper()
                          and words[i + 1].casefold() not in _EN_LOW))):
            out.add(key)
    return frozenset(out)
