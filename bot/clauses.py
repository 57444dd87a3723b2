"""Where one statement ends and the next begins, in a headline or a summary. Pure.

A rule scoped to a clause (`within = "clause"` in the watchlist) needs its conditions in one statement:
"Xiaomi SU7 deliveries top 500,000 / Doubao can now drive a PC" is two pieces of news in one digest
headline, and Xiaomi and an AI word across them are no Xiaomi AI story. Boundaries are sentence ends
(. ! ? ; in Latin scripts when a space follows, 。！？ and the full-width semicolon, the Devanagari
danda । ॥), line breaks, the list marks digests use (· • | 丨 and the full-width bar, a slash beside
Chinese text or space), and in Chinese the spaces between Han characters when there are two or more:
items of a list (one such space joins a headline's two parts).
"""

from __future__ import annotations

import bisect
import re

_HAN = "\u3400-\u9fff\uf900-\ufaff"
_BOUNDARY = re.compile(
    r"[.!?;](?=\s)|[。！？\uff1b\n\r।॥·•|\uff5c丨]"  # with the full-width semicolon and bar
    rf"|(?<=[{_HAN}\s])/|/(?=[{_HAN}\s])")
_HAN_SPACE = re.compile(rf"(?<=[{_HAN}])\s+(?=[{_HAN}])")
_LIST = 2  # spaces between Han characters that make a list (three items or more), not a headline's two parts


def boundaries(text: str) -> list[int]:
    """Offsets at which a new clause starts, ascending (the text's start not included)."""
    cuts = [m.end() for m in _BOUNDARY.finditer(text)]
    spaces = [m.end() for m in _HAN_SPACE.finditer(text)]
    if len(spaces) >= _LIST:  # "导览 马斯克关注了… 祥鹏航空回应… 小米多款手机涨价", not "罗福莉加盟小米 领导大模型团队"
        cuts = sorted({*cuts, *spaces})
    return cuts


def clause_of(cuts: list[int], offset: int) -> int:
    """The index of the clause holding `offset`, given `boundaries` of its text."""
    return bisect.bisect_right(cuts, offset)


def count(text: str, cuts: list[int]) -> int:
    """How many clauses of `text` hold a letter or digit."""
    starts = [0, *cuts]
    ends = [*cuts, len(text)]
    return sum(1 for a, b in zip(starts, ends, strict=True) if any(ch.isalnum() for ch in text[a:b]))
