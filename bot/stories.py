"""Which items are the same story. Pure.

Items of one story share a key: a GUID or canonical-URL key from the watcher, or the title key made
here, so the same headline at another outlet's URL (or in a second feed) is one story. Reworded
reports of one event are found by `StoryIndex` (similarity in bot/similarity.py).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .lexicon import EVENTS
from .similarity import ItemSignature, Rarity, item_signature, item_similarity

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


@dataclass(frozen=True)
class _Entry:
    sig: ItemSignature
    topics: frozenset[str]
    seen_at: float
    postings: frozenset[str]


class StoryIndex:
    """Recent stories' event signatures, for finding the story a new item reports again.

    Candidates come from an inverted index on distinctive tokens only (not "DeepSeek" or "Xiaomi",
    which every watched story shares), so a lookup scores a handful of stories, not the window.
    """

    def __init__(self, *, window_s: float = 72 * 3600, threshold: float = DEFAULT_THRESHOLD):
        self.window_s, self.threshold = window_s, threshold
        self._stories: dict[int, _Entry] = {}
        self._postings: dict[str, set[int]] = {}
        self.rarity = Rarity()  # of the headline tokens of the stories held

    def __len__(self) -> int:
        return len(self._stories)

    def __contains__(self, story_id: object) -> bool:
        return story_id in self._stories

    def add(self, story_id: int, title: str, seen_at: float, *, summary: str = "",
            topics: Iterable[str] = ()) -> None:
        sig = item_signature(title, summary)
        entry = _Entry(sig, frozenset(topics), seen_at, _postings(sig))
        if story_id in self._stories:
            self._forget(story_id)
        self._stories[story_id] = entry
        self.rarity.add(sig.title.tokens)
        for token in entry.postings:
            self._postings.setdefault(token, set()).add(story_id)

    def find(self, title: str, now: float, *, summary: str = "", topics: Iterable[str] = ()) -> int | None:
        """The most similar story inside the window, if similar enough. Items matched to disjoint
        watchlist topics are never one story."""
        sig = item_signature(title, summary)
        wanted = frozenset(topics)
        shared: dict[int, int] = {}
        for token in _postings(sig):
            ids = self._postings.get(token, ())
            if len(ids) > _COMMON:
                continue  # in too many stories to single one out; rarer shared tokens will
            for sid in ids:
                shared[sid] = shared.get(sid, 0) + 1
        candidates = sorted(shared, key=shared.__getitem__, reverse=True)[:_CANDIDATES]
        best, best_score = None, self.threshold
        for sid in candidates:
            entry = self._stories[sid]
            if entry.seen_at < now - self.window_s or (wanted and entry.topics and wanted.isdisjoint(entry.topics)):
                continue
            score = item_similarity(sig, entry.sig, self.rarity)
            if score >= best_score:
                best, best_score = sid, score
        return best

    def prune(self, now: float) -> None:
        for sid in [s for s, e in self._stories.items() if e.seen_at < now - self.window_s]:
            self._forget(sid)

    def _forget(self, sid: int) -> None:
        entry = self._stories.pop(sid)
        self.rarity.remove(entry.sig.title.tokens)
        for token in entry.postings:
            ids = self._postings.get(token)
            if ids is not None:
                ids.discard(sid)
                if not ids:
                    del self._postings[token]


_COMMON = 300  # postings longer than this are skipped at lookup (a generic word, not an event)
_CANDIDATES = 20  # stories sharing the most tokens that are scored in full


def _postings(sig: ItemSignature) -> frozenset[str]:
    """Distinctive tokens minus event verbs ("launches", 发布), which half the stories share."""
    tokens = sig.title.distinctive
    if sig.full is not None:
        tokens |= sig.full.distinctive
    return frozenset(t for t in tokens if t not in EVENTS)
