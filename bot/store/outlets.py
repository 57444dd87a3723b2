"""A story's other outlets, both backends: remembered on the story, and named by editing the alerts already sent."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .tx import Tx

EDIT_GATHER = 5.0  # seconds an alert's edit waits for more outlets of its story: one edit carries them all

_LANGUAGE_NAMES = {"zh": "中文", "hi": "हिन्दी", "en": "English", "ja": "日本語", "ko": "한국어", "ru": "Русский",
                   "de": "Deutsch", "fr": "Français", "es": "Español"}


def labelled(source: str, lang: str | None, alert_lang: str | None) -> str:
    """An outlet's name, with its language in that language when it is not the alert's."""
    family = (lang or "").split("-")[0].lower()
    if not family or family == (alert_lang or "").split("-")[0].lower():
        return source
    return f"{source} ({_LANGUAGE_NAMES.get(family, family)})"


async def add_outlets(tx: Tx, story_id: int, outlets: Sequence[tuple[str, str | None]], now: float) -> None:
    """Other outlets reported the story, each (name, language): those it does not name yet are remembered (with
    their language when the alert's is another: "36Kr (中文)"; a name labelled already, of a story folded into
    this one, comes with none) and the story's sent alerts are queued for an edit that names them."""
    row = await tx.fetchrow("SELECT source, sources, lang FROM stories WHERE id=?", story_id)
    assert row is not None  # found or created in this transaction
    sources = json.loads(row["sources"])
    known = len(sources)
    for name, lang in outlets:
        label = labelled(name, lang, row["lang"])
        if name and not _named(name, label, row["source"], sources):
            sources.append(label)
    if len(sources) == known:
        return
    await tx.execute("UPDATE stories SET sources=? WHERE id=?", json.dumps(sources, ensure_ascii=False), story_id)
    await tx.execute("UPDATE outbox SET not_before=CASE WHEN edit_pending=1 THEN not_before ELSE ? END, edit_pending=1"
                     " WHERE story_id=? AND state='sent' AND message_id IS NOT NULL", now + EDIT_GATHER, story_id)


def _named(name: str, label: str, first: str, sources: Sequence[str]) -> bool:
    """The outlet is the story's first one, or among its others (labelled with its language or not)."""
    return name == first or any(s in (name, label) or s.startswith(name + " (") for s in sources)
