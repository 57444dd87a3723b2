"""Are two news items the same event? Pure, language-aware, no model.

Similarity is a weighted token overlap of two signatures (bot/signature.py) in which watchlist names
count little, because every watched story shares them, and words common in the recent window count
less (`Rarity`). Disagreement on a figure, a version or a place vetoes a merge, and different actors,
actions or products lower the score, because look-alike headlines about one company differ exactly
there ("V3.1" / "V3.2", "Q2 +30%" / "Q3 +22%", "Italy" / "South Korea", "suspends" / "resumes").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from . import lexicon, phonetic
from .eventframe import (
    EMPTY_FRAME,
    MOVES,
    NO_MENTIONS,
    Agreement,
    Frame,
    Mentions,
    Shared,
    agreement,
    frame,
    unmet_places,
)
from .signature import (
    AT_LEAST,
    COMMON_CONCEPT_TOKENS,
    DEVANAGARI,
    FIGURE_WEIGHT,
    LOW_WEIGHT,
    MEASURE,
    MONTH_NAMES,
    ORG_TOKENS,
    ROUNDED,
    SHARE,
    Figure,
    Signature,
    a_year,
    clean,
    combined,
    first_sentence,
    lead_signature,
    signature,
    unread_actors,
)


def _figures_agree(a: Iterable[Figure], b: Iterable[Figure]) -> int | None:
    """How many figures of `a` match one of `b` (None: none match or fits a bound though some could:
    two shares, or two amounts. "17%" and "$589 billion" are two facets of one rout, "$589 billion"
    and "3000亿美元" two routs, "$589 billion" and "超3000亿美元" one; "$7.4 billion" and "50 billion
    yuan" one sum, converted)."""
    a, b = list(a), list(b)
    if not a or not b:
        return 0
    matched = sum(1 for fa in a if any(_close(fa, fb) for fb in b))
    if matched:
        return matched
    if any(_within(fa, fb) or _within(fb, fa) for fa in a for fb in b):
        return 0
    return None if any(_one_facet(fa, fb) for fa in a for fb in b) else 0


def _one_facet(a: Figure, b: Figure) -> bool:
    """Two figures of one facet, that could have been the same: sums of money within a factor of a
    thousand of each other (a share price of HK$40 is no figure of HK$800 million spent on buybacks)."""
    facet = _facet(a)
    if facet != _facet(b):
        return False
    if facet != "money":
        return True
    ua, ub = abs(in_usd(a)), abs(in_usd(b))
    return min(ua, ub) * _MONEY_SPAN >= max(ua, ub)


_MONEY_SPAN = 1000.0


def _facet(figure: Figure) -> str:
    """What a figure measures, as far as its unit tells: a share, a sum of money, a year, or a count (of
    shares or cars): "800 million new shares" and "$5.5 billion" are two facets of one sale, "2025" and
    "50,000 deliveries" two of one month's record."""
    kind = figure[3]
    if kind:
        return kind if kind == SHARE or _measured(kind) else "money"
    return "year" if a_year(figure) else "count"


def _close(a: Figure, b: Figure) -> bool:
    """Equal up to rounding ("30%" / "30.5%"), or for amounts within their relative tolerance ("$593
    billion" / "$600 billion" 1.5%, "nearly $600 billion" 5%) or CONVERTED_TOLERANCE in two
    currencies; plain whole numbers (years, counts) must be equal: 2024 is not 2025."""
    (va, ta, rel_a, kind_a, _), (vb, tb, rel_b, kind_b, _) = a, b
    if kind_a != kind_b:
        if SHARE in (kind_a, kind_b) or (kind_a and kind_b and (_measured(kind_a) or _measured(kind_b))):
            return False
        if kind_a and kind_b:  # two currencies (a count of a measure and one of no unit compare as written)
            ua, ub = in_usd(a), in_usd(b)
            return abs(ua - ub) <= lexicon.CONVERTED_TOLERANCE * max(abs(ua), abs(ub))
    if abs(va - vb) <= max(ta, tb) + 1e-9:
        return True
    return abs(va - vb) <= max(rel_a, rel_b) * max(abs(va), abs(vb))


def _measured(kind: str) -> bool:
    return kind.startswith(MEASURE)


def _within(bound: Figure, other: Figure) -> bool:
    """`other` fits `bound`, a figure told as "more than" or "up to": "超3000亿美元" / "$589 billion".
    Two bounds of one direction are two milestones ("突破20万台" / "突破24万台"), not one."""
    if not bound[4] or other[4] == bound[4] or (bound[3] == SHARE) != (other[3] == SHARE):
        return False
    if (_measured(bound[3]) or _measured(other[3])) and bound[3] != other[3]:
        return False
    b, o = in_usd(bound), in_usd(other)
    return o >= b if bound[4] == AT_LEAST else o <= b


def in_usd(figure: Figure) -> float:
    """An amount in US dollars at a rough rate; a figure of no known currency as it is."""
    return figure[0] * lexicon.USD_RATES.get(figure[3], 1.0)


def _codes_conflict(a: Signature, b: Signature) -> bool:
    """Different versions or models: "V3.1" / "V3.2", "V3.1-Terminus" / "V3.1", "MiMo-7B" / "MiMo-VL-7B"."""
    if not a.codes and not b.codes:
        return False
    heads_a, heads_b = a.heads, b.heads
    only_a = {h for h in heads_a if h not in b.parts and h not in heads_b}
    only_b = {h for h in heads_b if h not in a.parts and h not in heads_a}
    if only_a and only_b:
        return True
    series_a, series_b = bool(a.tokens & _SERIES), bool(b.tokens & _SERIES)
    for head in (heads_a & b.parts) | (heads_b & a.parts) | (heads_a & heads_b):
        if head in _MAKERS and not (head in heads_a and head in heads_b):
            continue  # "DeepSeek-OCR" / "DeepSeek's new model": the maker named, no other model of it
        forms_a = {c.mods for c in a.codes if c.head == head} or {frozenset()}
        forms_b = {c.mods for c in b.codes if c.head == head} or {frozenset()}
        if not any(fa == fb or (fa <= b.parts and fb <= a.parts) or (series_a and not fa) or (series_b and not fb)
                   or _update_of(a, fa, fb) or _update_of(b, fb, fa)
                   for fa in forms_a for fb in forms_b):
            return True
    return False


_MAKERS = frozenset({"deepseek"})  # a family of models named after their maker ("DeepSeek-Coder", "DeepSeek-OCR")


def _update_of(sig: Signature, form: frozenset[str], other: frozenset[str]) -> bool:
    """`sig` names a version bare (`form`) and tells of an update ("V3 gets an upgrade", 升级, अपडेट): the
    other form is that update if it is a dated build or the base weights ("V3-0324", "R1-0528",
    "V3.1-Base"). "DeepSeek releases V3 with 671B parameters" is the first V3."""
    return (not form and bool(other) and all((m.isdigit() and len(m) == 4) or m == "bas" for m in other)
            and not sig.tokens.isdisjoint(_UPDATE_WORDS))


_UPDATE_WORDS = frozenset({"upgrad", "updat", "refresh", "升级", "升級", "更新", "अपग्रेड", "अपडेट"})


_SERIES = frozenset({"sery", "series", "lineup", "系列", "सीरीज"})  # "Note 14 series" holds the Note 14 Pro


def _comparable(a: Signature, b: Signature) -> tuple[tuple[Figure, ...], tuple[Figure, ...]]:
    """The figures that must agree, in one language or across two: all, or when both name the same
    quarter only the shares (one results report, whose outlets each quote other amounts of it:
    revenue, profit, a segment)."""
    if not _same_quarter(a, b):
        return a.figures, b.figures
    return tuple(f for f in a.figures if f[3] == SHARE), tuple(f for f in b.figures if f[3] == SHARE)


def _same_quarter(a: Signature, b: Signature) -> bool:
    """Both name the same quarter, and no other."""
    quarters = a.heads & _QUARTERS
    return bool(quarters) and quarters == b.heads & _QUARTERS


_QUARTERS = frozenset({"q1", "q2", "q3", "q4"})


def conflict(a: Signature, b: Signature, *, figures: bool = True, codes: bool = True) -> bool:
    """The two items cannot be one event, whatever their wording. `figures=False`: figures that
    differ do not count (reports in two languages round and convert them each their own way);
    `codes=False`: nor do versions (they name what a person built, not what the event is about)."""
    if a.places and b.places and unmet_places(a.places, b.places) == a.places:
        return True
    if figures and a.figures and b.figures and _figures_agree(*_comparable(a, b)) is None:
        return True
    return (codes and _codes_conflict(a, b)) or _specs_differ(a, b)


def _specs_differ(a: Signature, b: Signature) -> bool:
    """Both name a specification of one kind, and no value in common: "IP69" / "IP68", "200MP" / "50MP"."""
    if not a.specs or not b.specs:
        return False
    kinds = {k for k, _ in a.specs} & {k for k, _ in b.specs}
    return any({v for k, v in a.specs if k == kind}.isdisjoint({v for k, v in b.specs if k == kind}) for kind in kinds)


_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_DEVA_WORD = re.compile("[\u0900-\u097f]+")
# Devanagari words a table already reads: a name known in every script, a place, a number, a stop word
_READ_HI = frozenset(lexicon.TRANSLIT) | lexicon.HI_STOP | frozenset(lexicon.PLACES) | frozenset(lexicon.NUMBER_WORDS)

# Tuned on tests/data/cluster_pairs.jsonl (python tests/cluster_quality.py --curve), never on the holdout.
DICE_SHARE = 0.7  # 1 = Dice only; lower mixes in the overlap coefficient (a short headline inside a long one)
EVENT_PENALTY = 0.6
NAME_PENALTY = 0.4
ONE_SIDED_EVENT_PENALTY = 0.85
POLARITY_PENALTY = 0.35
PRODUCT_PENALTY = 0.6
_POLARITY = frozenset({"rumor", "lift", "resume", "permanent", "end", "propose", "delay"})


def similarity(a: Signature, b: Signature, rarity: Rarity | None = None, *, compatible: bool = False) -> float:
    """0..1: weighted overlap of the event tokens; 0 when figures, versions or places disagree.
    With `rarity`, words common in the recent stories count less than rare ones. `compatible`: the
    caller has found no conflict already."""
    if not compatible and conflict(a, b):
        return 0.0
    if rarity is None:
        shared = sum(a.weights[t] for t in a.tokens & b.tokens)
        wa, wb = a.weight, b.weight
    else:
        shared = rarity.weigh(a.weights, a.tokens & b.tokens)
        wa, wb = rarity.weight(a), rarity.weight(b)
    fa, fb = a.telling, b.telling
    shared += FIGURE_WEIGHT * (_figures_agree(fa, fb) or 0)  # "no. 1" and "1 (backfill)" share nothing telling
    wa += FIGURE_WEIGHT * len(fa)
    wb += FIGURE_WEIGHT * len(fb)
    if not wa or not wb or shared <= LOW_WEIGHT * 2:
        return 0.0
    dice = 2 * shared / (wa + wb)
    overlap = shared / min(wa, wb)
    score: float = dice ** DICE_SHARE * overlap ** (1 - DICE_SHARE)  # float ** float is Any in typeshed
    events_a = (a.tokens - b.tokens) & lexicon.EVENTS
    events_b = (b.tokens - a.tokens) & lexicon.EVENTS
    if (events_a | events_b) & _POLARITY:
        score *= POLARITY_PENALTY  # one side is a rumour, a reversal or a resumption of the other
    elif events_a and events_b:
        score *= EVENT_PENALTY * EVENT_PENALTY  # different actions: "suspends" / "resumes"
    elif events_a or events_b:
        score *= ONE_SIDED_EVENT_PENALTY
    if (a.names - b.tokens) and (b.names - a.tokens):
        score *= NAME_PENALTY  # each names an actor the other does not ("Baidu" / "WeChat")
    if _unmatched_product(a, b) or _unmatched_product(b, a):
        score *= PRODUCT_PENALTY  # "AI glasses pre-orders" / "YU7 pre-orders"
    return score


def _unmatched_product(a: Signature, b: Signature) -> bool:
    """`a` names a model or product code `b` never mentions, while `b` has distinctive words of its own."""
    if not any(c.head not in b.parts for c in a.codes):
        return False
    return any(b.weights[t] > LOW_WEIGHT and t not in lexicon.EVENTS and not t.startswith(("code:", "place:"))
               for t in b.tokens - a.tokens)


class Rarity:
    """Document frequencies of tokens over the stories in the clustering window.

    A word in many recent stories ("API", "price", 发布) says little about which event an item
    reports; its weight falls towards RARITY_FLOOR as its share of the stories grows past RARITY_SHARE.
    """

    def __init__(self) -> None:
        self.count = 0
        self.df: dict[str, int] = {}
        self._weights: dict[int, tuple[Signature, float]] = {}  # until the counts change

    def add(self, tokens: Iterable[str]) -> None:
        self.count += 1
        self._weights.clear()
        for t in tokens:
            self.df[t] = self.df.get(t, 0) + 1

    def remove(self, tokens: Iterable[str]) -> None:
        self.count -= 1
        self._weights.clear()
        for t in tokens:
            n = self.df.get(t, 0) - 1
            if n > 0:
                self.df[t] = n
            else:
                self.df.pop(t, None)

    def weight(self, sig: Signature) -> float:
        """The signature's total weight with every token discounted by its rarity; kept until the
        counts change, since one lookup weighs the new item against every candidate's reports."""
        held = self._weights.get(id(sig))
        if held is not None and held[0] is sig:
            return held[1]
        total = self.weigh(sig.weights, sig.weights)
        self._weights[id(sig)] = (sig, total)
        return total

    def weigh(self, weights: Mapping[str, float], tokens: Iterable[str]) -> float:
        """The sum of the tokens' weights, each discounted by its rarity (factor(), inlined: the index
        weighs a few hundred thousand tokens a second)."""
        if self.count < RARITY_MIN_STORIES:
            return sum(weights[t] for t in tokens)
        limit = RARITY_SHARE * self.count  # a token in more stories than this is discounted
        df = self.df.get
        total = 0.0
        for t in tokens:
            n = df(t, 0)
            total += weights[t] if n <= limit else weights[t] * max(RARITY_FLOOR, limit / n)
        return total

    def factor(self, token: str) -> float:
        if self.count < RARITY_MIN_STORIES:
            return 1.0
        share = self.df.get(token, 0) / self.count
        return max(RARITY_FLOOR, min(1.0, RARITY_SHARE / share)) if share > RARITY_SHARE else 1.0


RARITY_MIN_STORIES = 50  # below this the window says nothing about which words are common
RARITY_SHARE = 0.02
RARITY_FLOOR = 0.4


@dataclass(frozen=True)
class ItemSignature:
    """A headline's signature and, when the feed gives a summary, the signature of both together;
    the event frame of the whole."""
    title: Signature
    full: Signature | None = None
    frame: Frame = EMPTY_FRAME
    script: str = "latin"  # of the headline: "han", "devanagari" or "latin"
    title_text: str = ""  # the headline as read (clean())

    @cached_property
    def latin_names(self) -> frozenset[str]:
        """The headline's words in Latin letters that could name one event across scripts ("NowSecure",
        a transliterated "MiMo"): no action, company, person, generic word or everyday concept."""
        title = self.title
        return frozenset(t for t in title.tokens
                         if len(t) >= 3 and t.isascii() and t.isalpha() and t in title.parts
                         and title.weights[t] > LOW_WEIGHT and t not in lexicon.EVENTS
                         and t not in ORG_TOKENS and t not in lexicon.PEOPLE and t not in lexicon.GENERIC_LATIN
                         and t not in COMMON_CONCEPT_TOKENS)

    @cached_property
    def sounds(self) -> Mapping[str, str]:
        """Sound keys (bot/phonetic.py) of the headline's names: in a Latin headline its latin_names that are
        names too (capitalised, not a month: those are dates), in a Devanagari one its words no table reads;
        each with the word it reads."""
        if self.script == "latin":
            names = self._names
            return phonetic.keys([w for w in self._words if w.casefold() in names], devanagari=False)
        if self.script == "devanagari":
            return phonetic.keys(self._words, devanagari=True)
        return {}

    @cached_property
    def _names(self) -> frozenset[str]:
        """A Latin headline's latin_names that are names too: capitalised, and not a month (a date)."""
        return (self.latin_names & self.title.names) - MONTH_NAMES

    @cached_property
    def _words(self) -> list[str]:
        """The headline's words in its script: Latin ones, or Devanagari ones that no table reads."""
        if self.script == "latin":
            return _LATIN_WORD.findall(self.title_text)
        return [w for w in _DEVA_WORD.findall(self.title_text) if w not in _READ_HI]

    @cached_property
    def valuations(self) -> tuple[Figure, ...]:
        """The sums the headline values a company at: those of the clause that names a valuation ("at a $10
        billion valuation", "估值最高590亿美元", "वैल्यूएशन 10 अरब डॉलर से ज्यादा")."""
        return tuple(f for clause in _CLAUSE.split(self.title_text) if _VALUATION.search(clause)
                     for f in signature(clause).figures if f[3] in lexicon.USD_RATES)

    @cached_property
    def readings(self) -> Mapping[str, str]:
        """Its names read in pinyin (bot/phonetic.py), to meet a Chinese headline's: in a Latin headline the
        names of `sounds` and short family names ("Wu") written in pinyin (no place: the tables read those),
        in a Devanagari one its words no table reads, in a Han one every two or three characters in a row but
        the actors the tables read (compared as actors: Lu Weibing speaks on every subject); each with what
        it reads."""
        if self.script == "latin":
            names, short = self._names, self.title.names
            return phonetic.pinyin_readings([w for w in self._words
                                             if (w.casefold() in names or (len(w) < 3 and w.casefold() in short))
                                             and w.casefold() not in lexicon.PLACES])
        if self.script == "devanagari":
            return phonetic.devanagari_readings(self._words)
        return phonetic.han_readings(unread_actors(self.title_text))


_CLAUSE = re.compile(r"[,;:!?|，。：！？\uff1b]")
_VALUATION = re.compile(r"valu(?:ation|ed)|估值|身价|身價|वैल्यूएशन|मूल्यांकन", re.IGNORECASE)


def item_signature(title: str, summary: str = "", mentions: Mentions = NO_MENTIONS) -> ItemSignature:
    """`mentions`: the watchlist entities the headline mentions."""
    lead = first_sentence(summary)
    title_sig = signature(title)
    full = combined(title_sig, lead_signature(lead)) if lead else None
    script = "han" if _HAN.search(title) else "devanagari" if DEVANAGARI.search(title) else "latin"
    text = clean(title)
    return ItemSignature(title_sig, full, frame(text, title_sig, mentions, lead, full or title_sig), script, text)


def item_similarity(a: ItemSignature, b: ItemSignature, rarity: Rarity | None = None, *,
                    checked: bool = False) -> float:
    """Headlines alone, or with their summaries' first sentences when both have one; a conflict in
    the summaries (another quarter, another version) vetoes even matching headlines. `checked`:
    item_conflict(a, b) is known to be False, so only the figures it lets differ across scripts are
    looked at again (the index judges thousands of pairs a second)."""
    def clear(x: Signature, y: Signature) -> bool:
        if not checked:
            return not conflict(x, y)
        return a.script == b.script or _figures_agree(*_comparable(x, y)) is not None
    score = similarity(a.title, b.title, rarity, compatible=True) if clear(a.title, b.title) else 0.0
    if a.full is not None and b.full is not None:
        if not clear(a.full, b.full):
            return 0.0
        score = max(score, similarity(a.full, b.full, rarity, compatible=True))
    return score


def frame_agreement(a: ItemSignature, b: ItemSignature, rarity: Rarity | None = None) -> Agreement:
    """How the two items' event frames relate (actors, action, shared objects). A version code that
    many recent stories share ("R1" in the weeks after its release) is no object of its own; a rare
    Latin name in a Chinese or Hindi headline ("MiMo-Audio", "FlashMLA") is."""
    return agreement(a.frame, b.frame, lambda: _shared(a, b, rarity))


def _shared(a: ItemSignature, b: ItemSignature, rarity: Rarity | None) -> Shared:
    sa, sb = a.full or a.title, b.full or b.title

    def rare(token: str) -> bool:
        return rarity is None or rarity.factor(token) >= 1.0

    codes = tuple(h for h in sa.heads & sb.heads
                  if _same_model(sa, sb, h) and (rare("code:" + h) or any(_forms(sa, h))))
    words: tuple[str, ...] = ()
    if a.script != "latin" or b.script != "latin":  # English headlines are compared word by word already
        words = tuple(t for t in a.latin_names & b.latin_names if rare(t))
        scripts = {a.script, b.script}
        if scripts == {"latin", "devanagari"}:
            latin, deva = (a, b) if a.script == "latin" else (b, a)
            words += _heard_alike(latin.sounds, deva.sounds, rare)
        elif "han" in scripts and len(scripts) == 2:
            han, other = (a, b) if a.script == "han" else (b, a)
            words += _heard_alike(other.readings, han.readings, rare)
    shared = (a.frame.places & b.frame.places) | (a.frame.actors & b.frame.actors)
    common = frozenset(n for n in shared if not rare(n) or not rare("place:" + n)) if shared else shared
    figures = _figures_agree(sa.telling, sb.telling) or 0
    exact = bool(figures) and any(_exact(fa) and _exact(fb) and _close(fa, fb)
                                  for fa in sa.telling for fb in sb.telling)
    return Shared(codes, figures, words, common, exact)


def _exact(figure: Figure) -> bool:
    """A figure of three significant digits or more ("$294K", "29.4万美元", "5.59%", "3680台"), no year: two
    reports sharing one tell of one fact, where "17%" or "350,000 cars" may be two."""
    if a_year(figure) or not figure[0]:
        return False
    digits = f"{abs(figure[0]):.6g}".replace(".", "").lstrip("0").split("e")[0].rstrip("0")
    return len(digits) >= 3


def _heard_alike(shown: Mapping[str, str], other: Mapping[str, str],
                 rare: Callable[[str], bool]) -> tuple[str, ...]:
    """The names two headlines share by sound (keys of bot/phonetic.py), as `shown` writes them ("~Chen
    Deli"), when each of its words is rare in the window."""
    return tuple("~" + shown[k] for k in shown.keys() & other.keys()
                 if all(rare(w) for w in shown[k].casefold().split()))


def _same_model(sa: Signature, sb: Signature, head: str) -> bool:
    """Both name the code in the same forms, or both name one qualified form ("V3-0324" beside "V3"), or
    one tells of an update of it named bare and the other names a dated build ("V3 upgrade" / "V3-0324")."""
    a, b = _forms(sa, head), _forms(sb, head)
    return a == b or any(a & b) or (a == _BARE and all(_update_of(sa, frozenset(), f) for f in b)) or (
        b == _BARE and all(_update_of(sb, frozenset(), f) for f in a))


_BARE = frozenset({frozenset[str]()})


def _forms(sig: Signature, head: str) -> frozenset[frozenset[str]]:
    """The forms in which a signature names a code: "R1" and "R1-0528" are two."""
    return frozenset(c.mods for c in sig.codes if c.head == head)


def item_conflict(a: ItemSignature, b: ItemSignature) -> bool:
    """Figures, versions or places that cannot be one event, in the headlines or the summaries."""
    one_report = _one_report_of_figures(a.frame, b.frame)
    figures = a.script == b.script and not one_report
    codes = not _move_of_one_person(a.frame, b.frame)
    if conflict(a.title, b.title, figures=figures, codes=codes):
        return True
    if one_report and _valuations_differ(a.valuations, b.valuations):
        return True
    if not figures and not one_report and _amounts_differ(a.full or a.title, b.full or b.title,
                                                          (a.script == "han", b.script == "han")):
        return True
    return a.full is not None and b.full is not None and conflict(a.full, b.full, figures=figures, codes=codes)


def _valuations_differ(a: tuple[Figure, ...], b: tuple[Figure, ...]) -> bool:
    """Each values the company, and at no sum of the other's, converted and rounded, nor within a factor of
    two of a bound it fits ("$45 billion" / "$20 billion", "up to $59 billion" / "$10 billion"): two rounds or
    two sets of talks, however alike their other figures."""
    def one(x: Figure, y: Figure) -> bool:
        ux, uy = abs(in_usd(x)), abs(in_usd(y))
        return _about(ux, uy) or ((_within(x, y) or _within(y, x)) and max(ux, uy) <= 2 * min(ux, uy))
    return bool(a) and bool(b) and not any(one(x, y) for x in a for y in b)


def _move_of_one_person(a: Frame, b: Frame) -> bool:
    """Both tell of someone named on both sides (beyond DeepSeek and Xiaomi) joining or leaving, and of
    nothing else: the versions they name are what that person built ("Daya Guo quits ahead of V4" /
    "DeepSeek loses R1 co-author Guo Daya"), and one person moves once within the window."""
    moves = a.actions | b.actions
    return bool(moves) and moves <= MOVES and bool(a.specific & b.specific)


def _one_report_of_figures(a: Frame, b: Frame) -> bool:
    """Both report one company's results, or its raising money. A company does either once within
    the window, and each outlet quotes other figures of it (the quarter's revenue or the year's, a
    segment's profit, each growth rate; the sum raised or the valuation). Another quarter named on
    each side is still a version conflict."""
    once = a.once_a_window
    return bool(once) and not once.isdisjoint(b.once_a_window) and not a.actors.isdisjoint(b.actors)


def _amounts_differ(a: Signature, b: Signature, yuan: tuple[bool, bool] = (False, False)) -> bool:
    """Across languages, amounts are converted and rounded each their own way ("56 लाख डॉलर" /
    "550万美元"): only amounts (not years) that all differ by more than a quarter, in dollars, and fit
    no bound, when no figure is the same on both sides, as written ("500亿" / "50 billion yuan", "2 लाख" /
    "200,000 orders"), are another event's ("35万台" / "200,000 orders"); amounts of two measures (cars,
    yuan) are no two of one. `yuan`: whether a side is Chinese, where a sum of no unit may be in yuan
    ("市值蒸发4.3万亿" / "$589 billion", "R1训练只花了200万" / "$294,000")."""
    if not a.figures or not b.figures:
        return False
    figures_a, figures_b = _comparable(a, b)
    if _figures_agree(*([f for f in side if f[3] and not _measured(f[3])] for side in (figures_a, figures_b))):
        return False  # "126.3%" on both sides: the profit and the revenue of one results report
    fa = [(f, _dollars(f, yuan[0])) for f in figures_a if abs(f[0]) >= 1000 and not 1900 <= f[0] <= 2100]
    fb = [(f, _dollars(f, yuan[1])) for f in figures_b if abs(f[0]) >= 1000 and not 1900 <= f[0] <= 2100]
    pairs = [(x, ux, y, uy) for x, ux in fa for y, uy in fb if _commensurable(x, y)]
    if not pairs or any(_written_alike(x, y) for x, _ in fa for y, _ in fb):
        return False
    return not any(any(_about(u, v) for u in ux for v in uy) or _within(x, y) or _within(y, x)
                   for x, ux, y, uy in pairs)


def _about(u: float, v: float) -> bool:
    """Two sums in dollars that one converted and rounded sum could be: within a quarter of each other."""
    return abs(u - v) <= 0.25 * max(abs(u), abs(v))


def _dollars(figure: Figure, yuan: bool) -> tuple[float, ...]:
    """The amount in dollars; a sum of no unit in Chinese read both as it is and in yuan."""
    return (in_usd(figure), figure[0] * lexicon.USD_RATES["cny"]) if yuan and not figure[3] else (in_usd(figure),)


def _written_alike(a: Figure, b: Figure) -> bool:
    """The same number up to rounding, of one unit or one of them of none ("3 लाख" is no "253,500 yuan")."""
    return (a[3] == b[3] or not a[3] or not b[3]) and abs(a[0] - b[0]) <= ROUNDED * max(abs(a[0]), abs(b[0]))


def _commensurable(a: Figure, b: Figure) -> bool:
    """Two amounts that could be one: of one measure, or money and a sum of no stated unit; 3680 cars are
    no price of 814,900 yuan, nor 800 million new shares a sum of HK$42.5 billion."""
    ka, kb = a[3], b[3]
    if _measured(ka) or _measured(kb):
        return ka == kb
    return True
