"""Which items are the same story. Pure.

Items of one story share a key: a GUID or canonical-URL key from the watcher, or the title key made
here, so the same headline at another outlet's URL (or in a second feed) is one story.
"""

from __future__ import annotations

import hashlib
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
