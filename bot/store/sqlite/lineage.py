"""Did a database live at this path before? A note beside the file says so when the file itself is gone.

A new, empty database where the config already has feeds is either a first install or a lost database
(deleted, truncated to nothing, a volume that came back empty). The first must alert the backfill
(`backfill_hours`); the second must not alert again what went out already. The note, written once when a
database is created, tells them apart: a new database beside an existing note replaces a lost one. Deleting
the note with the database (`rm newsbot.sqlite3*`) asks for a fresh start.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

NOTE = """newsbot keeps its state in the SQLite database beside this file.
If that database goes missing or comes back empty, the next start records the feeds' current items without
alerting them (they were most likely alerted already). Delete this file together with the database to start
afresh, with the first-poll backfill of a new install.
"""


def note_path(db: Path) -> Path:
    return db.with_name(db.name + "-lineage")


def lost_before(db: Path, *, created_now: bool) -> str | None:
    """Why a database just created at `db` replaces a lost one (None for a first install or an old database);
    leaves the note for the next start either way. Best effort: a note that cannot be written is no error."""
    note = note_path(db)
    try:
        born = note.read_text(encoding="utf-8").splitlines()[0] if note.exists() else None
    except (OSError, UnicodeError, IndexError):
        born = "an unreadable note"
    if born is None:
        try:
            note.write_text(f"created {datetime.now(UTC).isoformat(timespec='seconds')}\n{NOTE}", encoding="utf-8")
            os.chmod(note, 0o600)
        except OSError:
            pass
        return None
    if not created_now:
        return None
    return f"{db} is new and empty, but a database lived there before ({note.name}: {born})"
