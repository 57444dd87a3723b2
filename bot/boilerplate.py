"""Stock sentences: a lead sentence that recurs under different headlines says nothing of the event.

Some feeds open every summary with the same sentence ("Stay tuned for the latest news ...", an
outlet's tagline); two items sharing it are not one story. A lead seen under another headline
within the window is boilerplate, and the item is compared by its headline alone.
"""

from __future__ import annotations

import re
import unicodedata

from .signature import first_sentence

_MIN_TITLES = 2  # headlines a lead must appear under to be boilerplate
_NOT_ALNUM = re.compile(r"[\W_]+")  # what str.isalnum() rejects (\w is isalnum() and "_")


def _key(text: str) -> str:
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).casefold())


class Boilerplate:
    """Lead sentences of the window's items and the headlines they appeared under."""

    def __init__(self, *, window_s: float = 72 * 3600):
        self.window_s = window_s
        self._leads: dict[str, tuple[float, set[str]]] = {}

    def __len__(self) -> int:
        return len(self._leads)

    def note(self, title: str, summary: str, now: float) -> None:
        lead = _key(first_sentence(summary))
        if not lead:
            return
        _, titles = self._leads.get(lead, (now, set()))
        if len(titles) < _MIN_TITLES:
            titles.add(_key(title))
        self._leads[lead] = (now, titles)

    def strip(self, title: str, summary: str) -> str:
        """`summary`, or "" when its lead sentence is boilerplate."""
        lead = _key(first_sentence(summary))
        entry = self._leads.get(lead) if lead else None
        if entry is None:
            return summary
        others = entry[1] - {_key(title)}
        return "" if len(others) >= _MIN_TITLES - 1 and others else summary

    def prune(self, now: float) -> None:
        for lead in [k for k, (at, _) in self._leads.items() if at < now - self.window_s]:
            del self._leads[lead]
