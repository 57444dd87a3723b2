"""Which items are the same story. Pure.

Items of one story share a key: a GUID or canonical-URL key from the watcher, or the title key made
here, so the same headline at another outlet's URL (or in a second feed) is one story. Reworded
reports of one event are found by `StoryIndex` (similarity in bot/similarity.py).
"""

from __future__ import annotations

import hashlib
import heapq
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .boilerplate import Boilerplate
from .eventframe import ACTOR_KINDS, NO_MENTIONS, OBJECT_KINDS, Agreement, Mentions
from .lexicon import EVENTS
from .matcher import Matcher
from .phonetic import surnamed
from .signature import SHARE, Figure, uncompared
from .similarity import (
    ItemSignature,
    Rarity,
    frame_agreement,
    in_usd,
    item_conflict,
    item_signature,
    item_similarity,
)

_MIN_LATIN_CHARS = 20  # "Update", "Daily briefing" are not story identities
_MIN_OTHER_CHARS = 8  # CJK / Devanagari headlines are short in characters


def title_key(title: str, source: str = "") -> str | None:
    """A key for the headline, ignoring case, punctuation, spacing and a trailing ' - Outlet'."""
    text = unicodedata.normalize("NFKC", title).casefold().strip()
    if source:
        suffix = unicodedata.normalize("NFKC", source).casefold().strip()
        for sep in (" - ", " | ", " – ", " — "):
            if suffix and text.endswith(sep + suffix):
                text = text[: -len(sep + suffix)]
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] in "LNM")
    latin = sum(1 for ch in kept if ch.isascii())
    if len(kept) < (_MIN_LATIN_CHARS if latin * 2 >= len(kept) else _MIN_OTHER_CHARS):
        return None
    return "h:" + hashlib.blake2b(kept.encode("utf-8"), digest_size=10).hexdigest()


# -- the same event reported by another outlet ------------------------------------------------------

DEFAULT_THRESHOLD = 0.45  # P/R curve in the README: a wrong merge hides a story, so precision first


def similar(a: str, b: str, *, a_summary: str = "", b_summary: str = "", threshold: float = DEFAULT_THRESHOLD,
            rarity: Rarity | None = None) -> bool:
    return item_similarity(item_signature(a, a_summary), item_signature(b, b_summary), rarity) >= threshold


Mentioned = Callable[[str], Mentions]  # headline -> the watchlist entities it mentions


def watchlist_mentions(matcher: Matcher) -> Mentioned:
    """The matcher's entities of a headline, as actors (companies, people) and objects (models, products); an
    epithet as the entity it names."""
    entities = {e.id: e for e in matcher.watchlist.entities}
    kinds = {e.id: e.kind for e in entities.values()}
    # an epithet ("AI天才少女", "genius girl") is its entity's actor; the headline passed some topic's rule already
    named_as = {e.id: e.epithet_of for e in entities.values() if e.epithet_of in entities}

    def found_in(text: str) -> set[str]:
        return {named_as.get(e, e) for e in matcher.match(text, all_mentions=True).entities}

    def mentioned(title: str) -> Mentions:
        found = found_in(title)
        objects = {e for e in found if kinds.get(e) in OBJECT_KINDS}
        if objects and (own := uncompared(title)) is not None:  # a rival's model measured against is no object
            objects &= found_in(own)
        return Mentions(frozenset(e for e in found if kinds.get(e) in ACTOR_KINDS), frozenset(objects))
    return mentioned


_VETOES = ("other actors", "other actions", "other products")  # frame clashes no wording overrides
FIRST_DAY = 24 * 3600.0  # an event's outlets report it within a day of its first report; the next one, days later
ACTION_OVERLAP = 0.1  # words in common enough, within a story's first day, for a report naming the same action
FRESH_OVERLAP = 0.2  # words in common enough, within a story's first day, for a report sharing a setting or a fact
MAX_MEMBERS = 6  # reports of a story kept for comparison: another language's report joins through its kin
MERGE_SPAN = 3600.0  # a story this young may still have its alert waiting: a later report may merge it into another
MERGE_EVIDENCE = 0.1  # two stories merged share more words than this (weighted overlap of their closest reports)


@dataclass(frozen=True)
class Lookup:
    """The story an item reports again (None: a new one), and the other young stories it is the same event as,
    none of whose reports vetoes any of that story's: one event that was split, which a merge can make whole."""
    story: int | None
    also: tuple[int, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """Why two items are, or are not, one story (for `newsbot same-story`)."""
    same: bool
    score: float
    reason: Agreement | str = ""  # formatted only when shown: the index judges thousands of pairs a second
    veto: bool = False  # facts or frames that cannot be one event, not merely too little in common
    first_day: bool = False  # one event by the first-day rule (_verdict)

    @property
    def why(self) -> str:
        first_day = "; within a story's first day, with words in common" if self.first_day else ""
        return f"{self.reason}{first_day}"

    def __str__(self) -> str:
        return f"{'same story' if self.same else 'different stories'} (score {self.score:.2f}; {self.why})"


def compare(a: tuple[str, str], b: tuple[str, str], mentioned: Mentioned, *, rarity: Rarity | None = None,
            boilerplate: Boilerplate | None = None, threshold: float = DEFAULT_THRESHOLD,
            fresh: bool = True) -> Verdict:
    """Whether two items, (headline, summary) each, report one event, and why (`fresh`: see `judge`)."""
    def sig(title: str, summary: str) -> ItemSignature:
        lead = boilerplate.strip(title, summary) if boilerplate is not None else summary
        return item_signature(title, lead, mentioned(title))
    return judge(sig(*a), sig(*b), rarity, threshold, fresh=fresh)


def judge(a: ItemSignature, b: ItemSignature, rarity: Rarity | None = None,
          threshold: float = DEFAULT_THRESHOLD, *, fresh: bool = True) -> Verdict:
    """One report against another: a conflict or a clash of frames vetoes; otherwise the word overlap,
    raised to the threshold when the frames agree. `fresh`: `b` comes within FIRST_DAY of the first report
    of `a`'s story (two texts alone are taken to, as news breaking at once: the reading that merges more)."""
    if item_conflict(a, b):
        return _CONFLICT
    frames = frame_agreement(a, b, rarity)
    if _vetoed(frames):
        return Verdict(False, 0.0, frames, veto=True)
    return _verdict(frames, item_similarity(a, b, rarity, checked=True), threshold, fresh)


_CONFLICT = Verdict(False, 0.0, "figures, versions or places differ", veto=True)


def _vetoed(frames: Agreement) -> bool:
    return frames.clash.startswith(_VETOES)


def _verdict(frames: Agreement, overlap: float, threshold: float, fresh: bool) -> Verdict:
    """Compatible reports: the same event when their words overlap enough or their frames agree; or, within
    the story's first day, when they share a setting or a fact (Agreement.breaking) and some words
    (FRESH_OVERLAP), or the same action, one that does not come in series (Agreement.one_action), and a few
    words (ACTION_OVERLAP). While an event breaks, its outlets word it each their own way; a like headline a day
    or more later is more often the next development."""
    if overlap >= threshold or frames.agrees:
        return Verdict(True, max(overlap, threshold), frames)
    if fresh and ((overlap >= FRESH_OVERLAP and frames.breaking) or (overlap >= ACTION_OVERLAP and frames.one_action)):
        return Verdict(True, threshold, frames, first_day=True)
    return Verdict(False, overlap, frames)


def describe(sig: ItemSignature) -> str:
    """An item's event frame and the facts that tell events apart, for `newsbot same-story`."""
    frame, words = sig.frame, sig.full or sig.title
    codes = sorted({c.head + "".join(f"-{m}" for m in sorted(c.mods)) for c in words.codes})
    figures = sorted({f"{bound}{value:g}{' ' + kind if kind else ''}" for value, _, _, kind, bound in words.figures})
    return (f"actors {', '.join(sorted(frame.actors)) or '-'}; action {', '.join(sorted(frame.actions)) or '-'}; "
            f"products {', '.join(sorted(frame.objects)) or '-'}; places {', '.join(sorted(frame.places)) or '-'}; "
            f"versions {', '.join(codes) or '-'}; figures {', '.join(figures) or '-'}")


@dataclass
class _Entry:
    sigs: list[ItemSignature]
    topics: frozenset[str]
    seen_at: float


class StoryIndex:
    """Recent stories' event signatures, for finding the story a new item reports again.

    Candidates come from an inverted index on distinctive tokens only (not "DeepSeek" or "Xiaomi",
    which every watched story shares), so a lookup scores a handful of stories, not the window.
    A story keeps the signatures of its first few reports, so a report in another language or
    wording can join through whichever of them it resembles most.
    """

    def __init__(self, *, window_s: float = 72 * 3600, threshold: float = DEFAULT_THRESHOLD,
                 mentioned: Mentioned | None = None):
        self.window_s, self.threshold = window_s, threshold
        self.mentioned: Mentioned = mentioned or _no_mentions
        self.boilerplate = Boilerplate(window_s=window_s)
        self._last: tuple[str, str, ItemSignature] | None = None
        self._stories: dict[int, _Entry] = {}
        self._postings: dict[str, set[int]] = {}
        self.rarity = Rarity()  # of the headline tokens of the stories held

    def __len__(self) -> int:
        return len(self._stories)

    def __contains__(self, story_id: object) -> bool:
        return story_id in self._stories

    def signature(self, title: str, summary: str = "") -> ItemSignature:
        """The item's signature; a boilerplate lead sentence is left out. The last one is kept: the
        pipeline adds the item it has just looked up."""
        summary = self.boilerplate.strip(title, summary)
        last = self._last
        if last is not None and last[0] == title and last[1] == summary:
            return last[2]
        sig = item_signature(title, summary, self.mentioned(title))
        self._last = (title, summary, sig)
        return sig

    def add(self, story_id: int, title: str, seen_at: float, *, summary: str = "",
            topics: Iterable[str] = ()) -> None:
        """A new story, with its first report."""
        self.boilerplate.note(title, summary, seen_at)
        sig = self.signature(title, summary)
        if story_id in self._stories:
            self._forget(story_id)
        self._stories[story_id] = _Entry([sig], frozenset(topics), seen_at)
        self.rarity.add(sig.title.tokens)
        self._post(story_id, sig)

    def add_member(self, story_id: int, title: str, *, summary: str = "") -> None:
        """Another report of a held story: later reports may resemble it more than the first."""
        entry = self._stories.get(story_id)
        if entry is None or len(entry.sigs) >= MAX_MEMBERS:
            return
        sig = self.signature(title, summary)
        entry.sigs.append(sig)
        self._post(story_id, sig)

    def merge(self, survivor: int, absorbed: int) -> None:
        """Two held stories are one event (or a provisional story got its id in the store, see `rename`): the
        survivor takes the absorbed one's topics and reports, as many as it has room for (MAX_MEMBERS), and at
        least the first (another wording, or language, of the event to meet later reports by)."""
        keep, gone = self._stories.get(survivor), self._stories.get(absorbed)
        if keep is None or gone is None or survivor == absorbed:
            return
        for sig in gone.sigs[:max(1, MAX_MEMBERS - len(keep.sigs))]:
            keep.sigs.append(sig)
            self._post(survivor, sig)
        keep.topics |= gone.topics
        self.discard(absorbed)

    def rename(self, old: int, new: int) -> None:
        """A story held under a provisional id (an item of the poll being committed) now has its id in the store."""
        if new in self._stories:
            self.merge(new, old)
            return
        entry = self._stories.pop(old, None)
        if entry is None:
            return
        self._stories[new] = entry
        for token in _entry_postings(entry):
            ids = self._postings[token]
            ids.discard(old)
            ids.add(new)

    def find(self, title: str, now: float, *, summary: str = "", topics: Iterable[str] = ()) -> int | None:
        """The most similar story inside the window, if similar enough (see `lookup`)."""
        return self.lookup(title, now, summary=summary, topics=topics).story

    def lookup(self, title: str, now: float, *, summary: str = "", topics: Iterable[str] = ()) -> Lookup:
        """The most similar story inside the window, if similar enough, and the other stories younger than
        MERGE_SPAN that the item is the same event as too, by half their reports (_TAKING), when no report of
        either contradicts or clashes with one of the other (_one_event: one outlet's report links "Liang
        Wenfeng's team takes a best paper" and "DeepSeek與北大合著NSA論文 奪ACL最佳論文" that share too little to
        meet). Such a story is scored in full, though another may score higher: only among the
        _MERGE_CANDIDATES sharing the most tokens, which bounds the cost when a burst fills the window with
        young stories. Items matched to disjoint watchlist topics are never one story. A story that shares one
        token only with the item, a token of more than _LONE stories, takes a candidate's place unscored:
        in a full window a quarter of the stories scored were such, and about one in a thousand took the item."""
        self.boilerplate.note(title, summary, now)  # every item passes here, also those that join a story
        sig = self.signature(title, summary)
        wanted, since = frozenset(topics), now - self.window_s
        shared: Counter[int] = Counter()
        rare: set[int] = set()
        for token in _sought(sig):
            ids = self._postings.get(token, ())
            if len(ids) > _COMMON:
                continue  # in too many stories to single one out; rarer shared tokens will
            shared.update(ids)
            if len(ids) <= _LONE:
                rare.update(ids)
        best, best_link, scored, young = None, (self.threshold, 0.0), 0, []
        for sid in _ranked(shared):
            entry = self._stories[sid]
            # stories past the window (until the hourly prune) and of other topics take no candidate's place
            if entry.seen_at < since or (wanted and entry.topics and wanted.isdisjoint(entry.topics)):
                continue
            if scored == _CANDIDATES:
                break
            scored += 1
            if shared[sid] == 1 and sid not in rare:
                continue  # one token in common, which many stories share: not worth scoring
            mergeable = scored <= _MERGE_CANDIDATES and now - entry.seen_at <= MERGE_SPAN
            link = self._linkage(sig, entry, self.threshold if mergeable else best_link[0], now)
            if link is None:
                continue
            if mergeable and link[1] >= _TAKING:  # half its reports take the item
                young.append(sid)
            if link > best_link:
                best, best_link = sid, link
        if best is None or len(young) < 1 + (best in young):
            return Lookup(best)
        return Lookup(best, tuple(s for s in young if s != best and self._one_event(best, s)))

    def _one_event(self, a: int, b: int) -> bool:
        """Whether two stories a report links may be one event: a topic in common (or none known), no report
        of one contradicting or clashing with a report of the other, and some words of their own in common
        (MERGE_EVIDENCE): a report is often the same event as each of two stories that are not one."""
        ea, eb = self._stories[a], self._stories[b]
        if ea.topics and eb.topics and ea.topics.isdisjoint(eb.topics):
            return False
        pairs = [(x, y) for x in ea.sigs for y in eb.sigs]
        if any(item_conflict(x, y) for x, y in pairs) or any(_vetoed(frame_agreement(x, y, self.rarity))
                                                             for x, y in pairs):
            return False
        return any(item_similarity(x, y, self.rarity, checked=True) > MERGE_EVIDENCE for x, y in pairs)

    def _linkage(self, sig: ItemSignature, entry: _Entry, floor: float, now: float) -> tuple[float, float] | None:
        """The best score against the story's reports, and the share of them that take the item, if the
        item is the same event as one of them and none vetoes it (other facts or frames), else None. Of two
        stories that score alike, the one a larger share of whose reports take the item is its event (a stray
        report can seed a story that one of an event's reports joins). A report that contradicts any of the
        story's would drift it off its event; one that merely words it otherwise does not. Nor does one whose
        frame clashes with a few of a larger story's reports while half of them take it: one outlet's side
        action ("set to", "cheaper API") is not another event when the rest agree (_QUORUM). Also None
        when the story cannot score `floor` (a story found already scores above the threshold, which
        agreeing frames alone never reach). The verdicts of judge(), each check made for every report
        before the next, costlier one; and an outage of the same service reported within FIRST_DAY of
        the story's first report is that outage."""
        sigs, rarity = entry.sigs, self.rarity
        if any(item_conflict(sig, other) for other in sigs):
            return None
        overlaps: list[float] = []
        if floor > self.threshold:
            overlaps = [item_similarity(sig, other, rarity, checked=True) for other in sigs]
            if max(overlaps) < floor:
                return None
        frames = []
        clashes = 0
        for other in sigs:
            agreement = frame_agreement(sig, other, rarity)
            if _vetoed(agreement):
                clashes += 1
                if len(sigs) < _QUORUM or clashes > _CLASHING * len(sigs):
                    return None
            frames.append(agreement)
        overlaps = overlaps or [item_similarity(sig, other, rarity, checked=True) for other in sigs]
        fresh = now - entry.seen_at <= FIRST_DAY
        verdicts = [_verdict(f, overlap, self.threshold, fresh)
                    for f, overlap in zip(frames, overlaps, strict=True) if not _vetoed(f)]
        taken = [v.score for v in verdicts if v.same]
        if clashes and len(taken) < _TAKING * len(sigs):
            return None
        if taken:
            return max(taken), len(taken) / len(sigs)
        if fresh and any(f.recurs for f in frames):
            return self.threshold, 1 / len(sigs)
        return None

    def prune(self, now: float) -> None:
        self.boilerplate.prune(now)
        for sid in [s for s, e in self._stories.items() if e.seen_at < now - self.window_s]:
            self._forget(sid)

    def _post(self, story_id: int, sig: ItemSignature) -> None:
        for token in _postings(sig):
            self._postings.setdefault(token, set()).add(story_id)

    def discard(self, sid: int) -> None:
        """Forget a story (merged into another, or a provisional one whose poll was not committed)."""
        if sid in self._stories:
            self._forget(sid)

    def _forget(self, sid: int) -> None:
        entry = self._stories.pop(sid)
        self.rarity.remove(entry.sigs[0].title.tokens)
        for token in _entry_postings(entry):
            ids = self._postings.get(token)
            if ids is not None:
                ids.discard(sid)
                if not ids:
                    del self._postings[token]


def _no_mentions(title: str) -> Mentions:
    return NO_MENTIONS


_COMMON = 300  # postings longer than this are skipped at lookup (a generic word, not an event)
_LONE = 20  # a story sharing one token only is a candidate if that token is in no more stories than this
_QUORUM = 3  # reports a story needs before one of them clashing with an item no longer keeps the item out
_CLASHING = 1 / 3  # of them, at most this share may clash (frames only: contradicting facts always keep it out)
_TAKING = 0.5  # and at least this share must take the item
_CANDIDATES = 20  # stories sharing the most tokens that are scored in full
_MERGE_CANDIDATES = 5  # of them, those also scored as stories the item could merge


def _ranked(shared: Counter[int]) -> Iterator[int]:
    """Story ids by tokens shared, most first; ties: the older. The first _CANDIDATES * 3 are all a
    lookup usually needs: a histogram of the counts (small numbers) finds the count they reach down
    to, so only the stories above it are sorted, and of the many at it (often hundreds sharing one
    token) only the oldest few are picked."""
    need, floor = _CANDIDATES * 3, 0
    if len(shared) > need:
        above = 0
        for count, stories in sorted(Counter(shared.values()).items(), reverse=True):
            if above + stories >= need:
                floor = count
                break
            above += stories
    head = sorted([(-n, sid) for sid, n in shared.items() if n > floor])
    yield from (sid for _, sid in head)
    if not floor:
        return
    level = [sid for sid, n in shared.items() if n == floor]
    oldest = heapq.nsmallest(need - len(head), level)
    yield from oldest
    if len(oldest) < len(level):
        yield from sorted(level)[len(oldest):]
    yield from (sid for _, sid in sorted([(-n, sid) for sid, n in shared.items() if n < floor]))


def _postings(sig: ItemSignature) -> frozenset[str]:
    """Distinctive tokens minus event verbs ("launches", 发布), which half the stories share; and the
    frame's actors, products and actions by actor, the telling figures and the names as they sound
    (_heard), which reports in other languages share."""
    return _tokens(sig) | _heard(sig)


def _sought(sig: ItemSignature) -> frozenset[str]:
    """The tokens a lookup asks for: those the item would be posted under, the names as they sound
    under the keys another script posts them (_heard)."""
    return _tokens(sig) | _heard(sig, sought=True)


def _tokens(sig: ItemSignature) -> frozenset[str]:
    tokens = sig.title.distinctive
    if sig.full is not None:
        tokens |= sig.full.distinctive
    frame = sig.frame
    found = {t for t in tokens if t not in EVENTS}
    found.update("actor:" + a for a in frame.specific)
    found.update("product:" + o for o in frame.objects)
    found.update("place:" + p for p in frame.places)
    found.update(f"act:{action}:{actor}" for action in frame.actions for actor in frame.actors)
    found.update(_figure_key(f) for f in (sig.full or sig.title).telling)
    return frozenset(found)


def _heard(sig: ItemSignature, *, sought: bool = False) -> frozenset[str]:
    """A Latin headline's names and a Hindi headline's unread words by their sound keys, and all three
    scripts' names by their readings in pinyin (bot/phonetic.py), each keyed by the script that posts it,
    so that a lookup meets only the other scripts (Hindi headlines share many words no table reads). A
    Chinese headline is posted under the readings that a family name opens (each would post dozens) and
    sought under all of them, to meet a name spelt by sound in the others ("Wuzhen" / 乌镇)."""
    script = sig.script
    if script == "han":
        if sought:
            return frozenset("said:other:" + k for k in sig.readings)
        return frozenset("said:han:" + k for k, said in sig.readings.items() if surnamed(said))
    said = "said:han:" if sought else "said:other:"
    keyed = ("devanagari" if script == "latin" else "latin") if sought else script  # sound keys: those two only
    return frozenset({said + k for k in sig.readings} | {f"sound:{keyed}:{k}" for k in sig.sounds})


def _entry_postings(entry: _Entry) -> frozenset[str]:
    """The tokens a story is posted under: those of its reports' signatures (not kept per story: ~1 KB each)."""
    return frozenset().union(*map(_postings, entry.sigs))


def _figure_key(figure: Figure) -> str:
    """A telling figure to two significant digits, in dollars when it is money: "40,000" and "4万",
    "$589 billion" and "5890亿美元" post under one key, so that reports sharing nothing but the figure
    still meet."""
    value = in_usd(figure)
    return f"fig:{figure[3] == SHARE}:{float(f'{abs(value):.1e}')}"
