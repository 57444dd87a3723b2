"""Which items are the same story. Pure.

Items of one story share a key: a GUID or canonical-URL key from the watcher, or the title key made
here, so the same headline at another outlet's URL (or in a second feed) is one story.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

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


# -- near-duplicate headlines ---------------------------------------------------------------------

_PREFIXES = re.compile(r"^\s*(?:【[^】]{1,12}】|\[[^\]]{1,20}\]|(?:exclusive|breaking|update|watch|analysis|opinion)\s*[:|-])\s*",
                       re.IGNORECASE)
_SUFFIX = re.compile(r"\s+[-|–—]\s+[^-|–—]{2,40}$")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _script(ch: str) -> str:
    if ch.isdigit():
        return "digit"
    code = ord(ch)
    if 0x0900 <= code <= 0x097F:
        return "deva"
    if 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xAC00 <= code <= 0xD7AF:
        return "cjk"
    return "word"


_STOPWORDS = frozenset(
    "a an the of to in on for and or with by from at as is are was were be its it this that after over into new "
    "says said say report reports amid than more up down".split())


def signature(title: str) -> frozenset[str]:
    """Headline tokens: content words for space-separated scripts (Latin, Devanagari, ...), character
    bigrams for CJK, whose segmentation varies (DeepSeek发布 / DeepSeek 发布)."""
    text = unicodedata.normalize("NFKC", title).casefold()
    text = _PREFIXES.sub("", text)
    if len(text) > 30:
        text = _SUFFIX.sub("", text)
    words: list[str] = []
    runs: list[str] = []
    current, cjk = "", False
    for ch in text:
        kind = _script(ch) if unicodedata.category(ch)[0] in "LNM" else ""
        if kind and (kind == "cjk") != cjk and current:
            (runs if cjk else words).append(current)
            current = ""
        if kind:
            current += ch
            cjk = kind == "cjk"
        elif current:
            (runs if cjk else words).append(current)
            current = ""
    if current:
        (runs if cjk else words).append(current)
    out = {w[:-1] if len(w) > 4 and w.endswith("s") and w.isascii() else w for w in words if w not in _STOPWORDS}
    for run in runs:
        out.update(run[i:i + 2] for i in range(len(run) - 1))
        if len(run) == 1:
            out.add(run)
    return frozenset(out)


def numbers(title: str) -> frozenset[str]:
    return frozenset(n.replace(",", "") for n in _NUMBER.findall(unicodedata.normalize("NFKC", title)))


DEFAULT_THRESHOLD = 0.75  # tuned for precision on tests/data/cluster_pairs.jsonl: a wrong merge loses a story


def similar(a: str, b: str, *, threshold: float = DEFAULT_THRESHOLD) -> bool:
    return _similarity(signature(a), numbers(a), signature(b), numbers(b)) >= threshold


def _similarity(sa: frozenset[str], na: frozenset[str], sb: frozenset[str], nb: frozenset[str]) -> float:
    """Jaccard of the headline tokens; different figures or versions mean different news."""
    if len(sa) < 3 or len(sb) < 3:
        return 0.0
    if na and nb and na.isdisjoint(nb):  # "V3" vs "R1", "Q2" vs "Q3"
        return 0.0
    da, db = {t for t in sa if any(c.isdigit() for c in t)}, {t for t in sb if any(c.isdigit() for c in t)}
    if da and db and da != db:
        return 0.0
    return len(sa & sb) / len(sa | sb)


class StoryIndex:
    """Recent stories' headlines, for finding the story a near-identical new headline belongs to."""

    def __init__(self, *, window_s: float = 72 * 3600, threshold: float = DEFAULT_THRESHOLD):
        self.window_s, self.threshold = window_s, threshold
        self._stories: dict[int, tuple[frozenset[str], frozenset[str], float]] = {}
        self._postings: dict[str, set[int]] = {}

    def __len__(self) -> int:
        return len(self._stories)

    def add(self, story_id: int, title: str, seen_at: float) -> None:
        sig = signature(title)
        self._stories[story_id] = (sig, numbers(title), seen_at)
        for token in sig:
            self._postings.setdefault(token, set()).add(story_id)

    def find(self, title: str, now: float) -> int | None:
        """The most similar story inside the window, if similar enough."""
        sig, nums = signature(title), numbers(title)
        counts: dict[int, int] = {}
        for token in sig:
            for sid in self._postings.get(token, ()):
                counts[sid] = counts.get(sid, 0) + 1
        best, best_score = None, self.threshold
        for sid, shared in counts.items():
            other_sig, other_nums, seen_at = self._stories[sid]
            if seen_at < now - self.window_s or shared / max(len(sig), 1) < self.threshold / 2:
                continue
            score = _similarity(sig, nums, other_sig, other_nums)
            if score >= best_score:
                best, best_score = sid, score
        return best

    def prune(self, now: float) -> None:
        for sid in [s for s, (_, _, t) in self._stories.items() if t < now - self.window_s]:
            sig = self._stories.pop(sid)[0]
            for token in sig:
                ids = self._postings.get(token)
                if ids is not None:
                    ids.discard(sid)
                    if not ids:
                        del self._postings[token]
