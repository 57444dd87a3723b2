"""Rows -> records: the store reads both backends' rows into the shared records of bot.models."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from ..models import FeedState, Story


Row = Mapping[str, Any]  # a sqlite3.Row or an asyncpg Record: both index by column name


def feed_state_of(row: Row) -> FeedState:
    values = {f.name: row[f.name] for f in fields(FeedState)}  # ignores backend-only columns (leases)
    return FeedState(**{**values, "gone": bool(row["gone"]), "down_reported": bool(row["down_reported"])})


def story_of(row: Row) -> Story:
    return Story(id=row["id"], title=row["title"], url=row["url"], source=row["source"], lang=row["lang"],
                 published=row["published"], summary=row["summary"], topics=tuple(json.loads(row["topics"])),
                 terms=tuple(json.loads(row["terms"])), feed_url=row["feed_url"], first_seen=row["first_seen"],
                 sources=tuple(json.loads(row["sources"])))

