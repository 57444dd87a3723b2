"""Rows -> records: the store reads both backends' rows into the shared records of bot.models."""

from __future__ import annotations

import json
from dataclasses import fields

from ..models import FeedState, Story
from .tx import Row

_FEED_FIELDS = tuple(f.name for f in fields(FeedState))
_FLAGS = tuple(_FEED_FIELDS.index(name) for name in ("gone", "down_reported"))  # INTEGER columns, bool fields
FEED_COLUMNS = ", ".join(_FEED_FIELDS)  # select these first: `feed_state_of` reads the row by position (fast)


def feed_state_of(row: Row) -> FeedState:
    """A row that starts with FEED_COLUMNS (backend-only columns, e.g. leases, may follow)."""
    values = list(row)[:len(_FEED_FIELDS)]
    for i in _FLAGS:
        values[i] = bool(values[i])
    return FeedState(*values)


def story_of(row: Row) -> Story:
    return Story(id=row["id"], title=row["title"], url=row["url"], source=row["source"], lang=row["lang"],
                 published=row["published"], summary=row["summary"], topics=tuple(json.loads(row["topics"])),
                 terms=tuple(json.loads(row["terms"])), feed_url=row["feed_url"], first_seen=row["first_seen"],
                 sources=tuple(json.loads(row["sources"])))

