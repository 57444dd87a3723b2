"""The only module that speaks SQL: feed state, seen items, stories and the alert outbox.

All access goes through one connection on one worker thread (`Store.run`), so every public method is
one atomic step and the event loop never blocks on disk.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from .routing import ChatSettings, Delivery

T = TypeVar("T")

MIGRATIONS: tuple[str, ...] = (
    # 1: the initial schema
    """
    CREATE TABLE feeds(
        url TEXT PRIMARY KEY,
        title TEXT,
        first_ok_at REAL,
        etag TEXT, last_modified TEXT, body_hash TEXT,
        last_poll_at REAL, last_ok_at REAL,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT, last_error_kind TEXT,
        next_poll_at REAL,
        moved_to TEXT,
        gone INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE stories(
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        url TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        lang TEXT,
        published REAL,
        summary TEXT NOT NULL DEFAULT '',
        topics TEXT NOT NULL,
        terms TEXT NOT NULL DEFAULT '[]',
        feed_url TEXT NOT NULL,
        first_seen REAL NOT NULL
    );
    CREATE TABLE item_keys(
        key TEXT PRIMARY KEY,
        story_id INTEGER REFERENCES stories(id) ON DELETE CASCADE,
        seen_at REAL NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX item_keys_seen ON item_keys(seen_at);
    CREATE TABLE outbox(
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        chat_id INTEGER NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        plain INTEGER NOT NULL DEFAULT 0,
        not_before REAL NOT NULL,
        created_at REAL NOT NULL,
        sent_at REAL,
        message_id INTEGER,
        last_error TEXT,
        UNIQUE(story_id, chat_id)
    );
    CREATE INDEX outbox_due ON outbox(state, chat_id, id);
    CREATE TABLE chats(
        chat_id INTEGER PRIMARY KEY,
        blocked INTEGER NOT NULL DEFAULT 0,
        reason TEXT,
        migrated_to INTEGER,
        updated_at REAL NOT NULL
    );
    """,
    # 2: when a feed started failing, and whether the admins were told
    """
    ALTER TABLE feeds ADD COLUMN failing_since REAL;
    ALTER TABLE feeds ADD COLUMN down_reported INTEGER NOT NULL DEFAULT 0;
    """,
    # 3: forum threads, daily digests, and per-chat settings changed by chat commands
    """
    ALTER TABLE outbox ADD COLUMN thread_id INTEGER;
    ALTER TABLE outbox ADD COLUMN digest INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE chat_settings(
        chat_id INTEGER PRIMARY KEY,
        subscribed TEXT NOT NULL DEFAULT '[]',
        unsubscribed TEXT NOT NULL DEFAULT '[]',
        muted TEXT NOT NULL DEFAULT '{}',
        digest_at TEXT,
        updated_at REAL NOT NULL
    );
    """,
    # 4: other outlets of a story, and sent alerts waiting to be edited to name them
    """
    ALTER TABLE stories ADD COLUMN sources TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE outbox ADD COLUMN edit_pending INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX outbox_edits ON outbox(edit_pending) WHERE edit_pending=1;
    """,
)


class StoreError(RuntimeError):
    """The database cannot be used; the message names the file."""


@dataclass(frozen=True)
class FeedState:
    url: str
    title: str | None = None
    first_ok_at: float | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_poll_at: float | None = None
    last_ok_at: float | None = None
    failures: int = 0
    last_error: str | None = None
    last_error_kind: str | None = None
    next_poll_at: float | None = None
    moved_to: str | None = None
    gone: bool = False
    failing_since: float | None = None
    down_reported: bool = False


@dataclass(frozen=True)
class NewStory:
    """A matched item that should become a story (unless another feed got there first)."""

    keys: tuple[str, ...]  # item identity keys plus the title key
    title: str
    url: str
    source: str
    lang: str | None
    published: float | None
    summary: str
    topics: tuple[str, ...]
    terms: tuple[str, ...]
    deliveries: tuple[Delivery, ...]
    cluster_of: int | None = None  # an existing story this is a near-duplicate of


@dataclass(frozen=True)
class Story:
    id: int
    title: str
    url: str
    source: str
    lang: str | None
    published: float | None
    summary: str
    topics: tuple[str, ...]
    terms: tuple[str, ...]
    feed_url: str
    first_seen: float
    sources: tuple[str, ...] = ()  # other outlets that reported it since

    @property
    def outlets(self) -> int:
        return 1 + len(self.sources)


@dataclass(frozen=True)
class OutboxMessage:
    id: int
    chat_id: int
    attempts: int
    plain: bool
    story: Story
    thread_id: int | None = None
    message_id: int | None = None  # set for an edit of a sent alert


@dataclass(frozen=True)
class PollRecord:
    """Everything one successful poll changes, committed in one transaction."""

    feed_url: str
    now: float
    seen_keys: tuple[str, ...]  # keys of items that are not stories (no match, or old backfill)
    stories: tuple[NewStory, ...]
    title: str | None
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    next_poll_at: float | None
    moved_to: str | None = None


class Store:
    """SQLite in WAL mode; every method runs on the store's own thread via `run`/`call`."""

    def __init__(self, path: Path, *, busy_timeout_ms: int = 10_000):
        self.path = Path(path)
        self._busy_timeout_ms = busy_timeout_ms
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._db: sqlite3.Connection | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    def open_sync(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fresh = not self.path.exists()
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            if fresh:
                os.chmod(self.path, 0o600)
            db.row_factory = sqlite3.Row
            db.execute(f"PRAGMA busy_timeout={int(self._busy_timeout_ms)}")
            mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError(f"{self.path}: cannot switch to WAL mode (got {mode})")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            self._db = db
            self._migrate()
            with self._tx():  # fail now, naming the file, if it is read-only or locked for good
                db.execute("UPDATE feeds SET url=url WHERE 0")
            for suffix in ("-wal", "-shm"):
                extra = self.path.with_name(self.path.name + suffix)
                if extra.exists():
                    os.chmod(extra, 0o600)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: {exc.strerror or exc}") from exc

    async def open(self) -> None:
        await self.run(self.open_sync)

    def close_sync(self) -> None:
        if self._db is not None:
            try:
                self._db.execute("PRAGMA optimize")
            except sqlite3.Error:
                pass
            self._db.close()
            self._db = None

    async def close(self) -> None:
        await self.run(self.close_sync)
        self._executor.shutdown(wait=True)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run one store method on the store thread; a database failure names the file."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, self._guarded, fn, args)

    def _guarded(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        try:
            return fn(*args)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise StoreError(f"{self.path}: the store is not open")
        return self._db

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(f"{self.path}: schema version {version} is newer than this program "
                             f"({len(MIGRATIONS)}); upgrade newsbot")
        for number in range(version, len(MIGRATIONS)):
            with self._tx():
                for statement in _split_sql(MIGRATIONS[number]):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={number + 1}")

    def _tx(self) -> "_Transaction":
        return _Transaction(self.db)

    # -- feeds -----------------------------------------------------------------------------------

    def feed_state(self, url: str) -> FeedState:
        row = self.db.execute("SELECT * FROM feeds WHERE url=?", (url,)).fetchone()
        if row is None:
            return FeedState(url=url)
        return _feed_state(row)

    def feed_states(self) -> dict[str, FeedState]:
        rows = self.db.execute("SELECT * FROM feeds").fetchall()
        return {r["url"]: _feed_state(r) for r in rows}

    def record_failure(self, url: str, *, now: float, kind: str, message: str, next_poll_at: float,
                       gone: bool = False) -> int:
        """Count one more consecutive failure; returns the new count."""
        with self._tx():
            self._ensure_feed(url)
            self.db.execute(
                "UPDATE feeds SET failures=failures+1, last_error=?, last_error_kind=?, last_poll_at=?,"
                " next_poll_at=?, gone=MAX(gone, ?), failing_since=COALESCE(failing_since, ?) WHERE url=?",
                (message[:500], kind, now, next_poll_at, int(gone), now, url))
            return self.db.execute("SELECT failures FROM feeds WHERE url=?", (url,)).fetchone()[0]

    def record_not_modified(self, url: str, *, now: float, next_poll_at: float) -> None:
        with self._tx():
            self._ensure_feed(url)
            self.db.execute(
                "UPDATE feeds SET last_poll_at=?, last_ok_at=?, failures=0, last_error=NULL,"
                " last_error_kind=NULL, next_poll_at=?, failing_since=NULL, gone=0 WHERE url=?",
                (now, now, next_poll_at, url))

    def set_down_reported(self, url: str, reported: bool) -> None:
        with self._tx():
            self.db.execute("UPDATE feeds SET down_reported=? WHERE url=?", (int(reported), url))

    def _ensure_feed(self, url: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO feeds(url) VALUES (?)", (url,))

    # -- items and stories -------------------------------------------------------------------------

    def known_keys(self, keys: Iterable[str], *, title_since: float) -> set[str]:
        """Which of `keys` were seen before (headline keys, "h:", only count inside the clustering window)."""
        found: set[str] = set()
        keys = list(dict.fromkeys(keys))
        for chunk in _chunks(keys, 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT key, seen_at FROM item_keys WHERE key IN ({marks})", chunk).fetchall()
            found.update(r[0] for r in rows if not r[0].startswith("h:") or r[1] >= title_since)
        return found

    def commit_poll(self, rec: PollRecord, *, title_since: float) -> list[tuple[int, str]]:
        """Mark items seen, create stories and queue their alerts in ONE transaction.

        Keys are checked again inside the transaction, so two feeds carrying one story at the same
        moment still make one story. Returns the ids of the stories created.
        """
        created: list[tuple[int, str]] = []
        with self._tx():
            self._ensure_feed(rec.feed_url)
            for story in rec.stories:
                existing = self._story_of(story.keys, title_since) if story.keys else None
                if existing is None and story.cluster_of is not None and self.db.execute(
                        "SELECT 1 FROM stories WHERE id=?", (story.cluster_of,)).fetchone():
                    existing = story.cluster_of
                if existing is not None or (story.keys and self.known_keys(story.keys, title_since=title_since)):
                    self._insert_keys(story.keys, existing, rec.now)
                    if existing is not None:
                        self._add_source(existing, story.source)
                    continue
                cur = self.db.execute(
                    "INSERT INTO stories(title, url, source, lang, published, summary, topics, terms,"
                    " feed_url, first_seen) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (story.title, story.url, story.source, story.lang, story.published, story.summary,
                     json.dumps(list(story.topics)), json.dumps(list(story.terms), ensure_ascii=False),
                     rec.feed_url, rec.now))
                story_id = int(cur.lastrowid)
                created.append((story_id, story.title))
                self._insert_keys(story.keys, story_id, rec.now)
                for d in self._deliverable(story.deliveries):
                    self.db.execute(
                        "INSERT OR IGNORE INTO outbox(story_id, chat_id, thread_id, digest, not_before, created_at)"
                        " VALUES (?,?,?,?,?,?)", (story_id, d.chat_id, d.thread_id, int(d.digest_at is not None),
                                                  d.digest_at or rec.now, rec.now))
            self._insert_keys(rec.seen_keys, None, rec.now)
            self.db.execute(
                "UPDATE feeds SET title=COALESCE(?, title), first_ok_at=COALESCE(first_ok_at, ?),"
                " etag=?, last_modified=?, body_hash=?, last_poll_at=?, last_ok_at=?, failures=0,"
                " last_error=NULL, last_error_kind=NULL, next_poll_at=?, moved_to=COALESCE(?, moved_to),"
                " failing_since=NULL, gone=0"
                " WHERE url=?",
                (rec.title, rec.now, rec.etag, rec.last_modified, rec.body_hash, rec.now, rec.now,
                 rec.next_poll_at, rec.moved_to, rec.feed_url))
        return created

    def _insert_keys(self, keys: Iterable[str], story_id: int | None, now: float) -> None:
        self.db.executemany(
            "INSERT INTO item_keys(key, story_id, seen_at) VALUES (?,?,?)"
            " ON CONFLICT(key) DO UPDATE SET seen_at=excluded.seen_at,"
            " story_id=COALESCE(item_keys.story_id, excluded.story_id)",
            [(k, story_id, now) for k in keys])

    def _story_of(self, keys: Sequence[str], title_since: float) -> int | None:
        marks = ",".join("?" * len(keys))
        row = self.db.execute(
            f"SELECT story_id FROM item_keys WHERE key IN ({marks}) AND story_id IS NOT NULL"
            " AND (substr(key, 1, 2) != 'h:' OR seen_at >= ?) LIMIT 1", [*keys, title_since]).fetchone()
        return row[0] if row else None

    def _add_source(self, story_id: int, source: str) -> None:
        """Another outlet reported the story: remember it and queue edits of the alerts already sent."""
        row = self.db.execute("SELECT source, sources FROM stories WHERE id=?", (story_id,)).fetchone()
        sources = json.loads(row["sources"])
        if not source or source == row["source"] or source in sources:
            return
        sources.append(source)
        self.db.execute("UPDATE stories SET sources=? WHERE id=?", (json.dumps(sources, ensure_ascii=False), story_id))
        self.db.execute("UPDATE outbox SET edit_pending=1 WHERE story_id=? AND state='sent' AND message_id IS NOT NULL",
                        (story_id,))

    def claim_edits(self, *, now: float, busy_chats: Iterable[int], limit: int,
                    max_age: float = 47 * 3600) -> list[OutboxMessage]:
        """Sent alerts whose story gained outlets, one per idle chat (Telegram edits count as messages)."""
        busy = set(busy_chats)
        out: list[OutboxMessage] = []
        with self._tx():
            rows = self.db.execute(
                "SELECT * FROM outbox WHERE edit_pending=1 AND state='sent' AND not_before<=? ORDER BY id",
                (now,)).fetchall()
            for row in rows:
                if row["chat_id"] in busy or row["sent_at"] is None or row["sent_at"] < now - max_age:
                    if row["sent_at"] is not None and row["sent_at"] < now - max_age:
                        self.db.execute("UPDATE outbox SET edit_pending=0 WHERE id=?", (row["id"],))
                    continue
                busy.add(row["chat_id"])
                self.db.execute("UPDATE outbox SET edit_pending=0 WHERE id=?", (row["id"],))
                out.append(self._message(row))
                if len(out) >= limit:
                    break
        return out

    def edit_later(self, outbox_id: int, *, not_before: float) -> None:
        with self._tx():
            self.db.execute("UPDATE outbox SET edit_pending=1, not_before=? WHERE id=?", (not_before, outbox_id))

    def recent_stories(self, *, since: float) -> list[tuple[int, str, float]]:
        return [(r[0], r[1], r[2]) for r in self.db.execute(
            "SELECT id, title, first_seen FROM stories WHERE first_seen >= ? AND url != feed_url", (since,))]

    def _deliverable(self, deliveries: Iterable[Delivery]) -> list[Delivery]:
        """Follow group->supergroup migrations; skip chats known to be undeliverable."""
        out: dict[int, Delivery] = {}
        for d in deliveries:
            row = self.db.execute("SELECT blocked, migrated_to FROM chats WHERE chat_id=?", (d.chat_id,)).fetchone()
            if row is not None and row["migrated_to"] is not None:
                d = replace(d, chat_id=row["migrated_to"])
                row = self.db.execute("SELECT blocked FROM chats WHERE chat_id=?", (d.chat_id,)).fetchone()
            if row is not None and row["blocked"]:
                continue
            out.setdefault(d.chat_id, d)
        return list(out.values())

    def story(self, story_id: int) -> Story:
        row = self.db.execute("SELECT * FROM stories WHERE id=?", (story_id,)).fetchone()
        return _story(row)

    def prune(self, *, older_than: float) -> int:
        """Forget items and delivered stories older than the retention; returns rows removed."""
        with self._tx():
            n = self.db.execute("DELETE FROM item_keys WHERE seen_at < ?", (older_than,)).rowcount
            n += self.db.execute(
                "DELETE FROM stories WHERE first_seen < ? AND NOT EXISTS (SELECT 1 FROM outbox o"
                " WHERE o.story_id=stories.id AND o.state IN ('pending','sending'))", (older_than,)).rowcount
        return n

    # -- outbox ------------------------------------------------------------------------------------

    def recover_in_flight(self) -> int:
        """After a crash, a message that was being sent may or may not have gone out: send it again."""
        with self._tx():
            return self.db.execute("UPDATE outbox SET state='pending' WHERE state='sending'").rowcount

    def claim_due(self, *, now: float, busy_chats: Iterable[int], limit: int) -> list[OutboxMessage]:
        """The oldest pending message of each idle chat, if due; claimed as 'sending'.

        Only the head of each chat's queue is ever claimed, so alerts reach a chat in order.
        """
        busy = set(busy_chats)
        with self._tx():
            rows = self.db.execute(
                "SELECT o.* FROM outbox o JOIN (SELECT chat_id, MIN(id) AS id FROM outbox"
                " WHERE state IN ('pending','sending') AND digest=0 GROUP BY chat_id) h ON o.id=h.id"
                " WHERE o.state='pending' AND o.not_before<=? ORDER BY o.not_before, o.id", (now,)).fetchall()
            claimed: list[OutboxMessage] = []
            for row in rows:
                if row["chat_id"] in busy:
                    continue
                self.db.execute("UPDATE outbox SET state='sending', attempts=attempts+1 WHERE id=?", (row["id"],))
                claimed.append(self._message(row))
                if len(claimed) >= limit:
                    break
        return claimed

    def _message(self, row: sqlite3.Row) -> OutboxMessage:
        return OutboxMessage(id=row["id"], chat_id=row["chat_id"], attempts=row["attempts"] + 1,
                             plain=bool(row["plain"]), story=self.story(row["story_id"]), thread_id=row["thread_id"],
                             message_id=row["message_id"])

    def next_due_at(self) -> float | None:
        row = self.db.execute("SELECT MIN(not_before) FROM outbox WHERE state='pending'").fetchone()
        return row[0]

    def claim_digests(self, *, now: float, busy_chats: Iterable[int]) -> dict[int, list[OutboxMessage]]:
        """Every chat whose digest is due, with all its collected alerts, claimed as 'sending'."""
        busy = set(busy_chats)
        out: dict[int, list[OutboxMessage]] = {}
        with self._tx():
            chats = [r[0] for r in self.db.execute(
                "SELECT DISTINCT chat_id FROM outbox WHERE state='pending' AND digest=1 AND not_before<=?",
                (now,)).fetchall() if r[0] not in busy]
            for chat in chats:
                rows = self.db.execute("SELECT * FROM outbox WHERE chat_id=? AND digest=1 AND state='pending'"
                                       " ORDER BY id", (chat,)).fetchall()
                self.db.execute("UPDATE outbox SET state='sending', attempts=attempts+1 WHERE chat_id=? AND digest=1"
                                " AND state='pending'", (chat,))
                out[chat] = [self._message(r) for r in rows]
        return out

    def ack_many(self, ids: Sequence[int], *, now: float, message_id: int | None) -> None:
        with self._tx():
            self.db.executemany("UPDATE outbox SET state='sent', sent_at=?, message_id=?, last_error=NULL WHERE id=?",
                                [(now, message_id, i) for i in ids])

    def retry_many_later(self, ids: Sequence[int], *, not_before: float, error: str) -> None:
        with self._tx():
            self.db.executemany("UPDATE outbox SET state='pending', not_before=?, last_error=? WHERE id=?",
                                [(not_before, error[:500], i) for i in ids])

    def undigest(self, chat_id: int, *, now: float) -> int:
        """Digest switched off: what was collected goes out now, one by one."""
        with self._tx():
            return self.db.execute("UPDATE outbox SET digest=0, not_before=? WHERE chat_id=? AND digest=1"
                                   " AND state='pending'", (now, chat_id)).rowcount

    # -- chat settings -----------------------------------------------------------------------------

    def chat_settings(self) -> dict[int, ChatSettings]:
        out: dict[int, ChatSettings] = {}
        for r in self.db.execute("SELECT * FROM chat_settings").fetchall():
            out[r["chat_id"]] = ChatSettings(
                chat_id=r["chat_id"], subscribed=frozenset(json.loads(r["subscribed"])),
                unsubscribed=frozenset(json.loads(r["unsubscribed"])),
                muted={k: float(v) for k, v in json.loads(r["muted"]).items()}, digest_at=r["digest_at"])
        return out

    def save_chat_settings(self, s: ChatSettings, *, now: float) -> None:
        with self._tx():
            self.db.execute(
                "INSERT INTO chat_settings(chat_id, subscribed, unsubscribed, muted, digest_at, updated_at)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT(chat_id) DO UPDATE SET subscribed=excluded.subscribed,"
                " unsubscribed=excluded.unsubscribed, muted=excluded.muted, digest_at=excluded.digest_at,"
                " updated_at=excluded.updated_at",
                (s.chat_id, json.dumps(sorted(s.subscribed)), json.dumps(sorted(s.unsubscribed)),
                 json.dumps(dict(s.muted)), s.digest_at, now))

    def mentions_per_day(self, *, since: float) -> list[tuple[str, str, int]]:
        """(day 'YYYY-MM-DD' UTC, topic, stories) for the trend chart."""
        rows = self.db.execute(
            "SELECT date(first_seen, 'unixepoch') AS day, j.value AS topic, COUNT(*) FROM stories,"
            " json_each(stories.topics) AS j WHERE first_seen >= ? AND url != feed_url GROUP BY day, topic"
            " ORDER BY day", (since,)).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    def ack_sent(self, outbox_id: int, *, now: float, message_id: int | None) -> None:
        with self._tx():
            self.db.execute("UPDATE outbox SET state='sent', sent_at=?, message_id=?, last_error=NULL"
                            " WHERE id=?", (now, message_id, outbox_id))

    def retry_later(self, outbox_id: int, *, not_before: float, error: str, plain: bool | None = None,
                    count_attempt: bool = True) -> None:
        with self._tx():
            self.db.execute(
                "UPDATE outbox SET state='pending', not_before=?, last_error=?, plain=COALESCE(?, plain),"
                " attempts=attempts-? WHERE id=?",
                (not_before, error[:500], None if plain is None else int(plain), 0 if count_attempt else 1,
                 outbox_id))

    def fail(self, outbox_id: int, *, error: str) -> None:
        with self._tx():
            self.db.execute("UPDATE outbox SET state='failed', last_error=? WHERE id=?", (error[:500], outbox_id))

    def block_chat(self, chat_id: int, *, reason: str, now: float) -> int:
        """Mark a chat undeliverable and fail its queue; returns how many alerts that dropped."""
        with self._tx():
            self.db.execute(
                "INSERT INTO chats(chat_id, blocked, reason, updated_at) VALUES (?,1,?,?)"
                " ON CONFLICT(chat_id) DO UPDATE SET blocked=1, reason=excluded.reason,"
                " updated_at=excluded.updated_at", (chat_id, reason, now))
            return self.db.execute(
                "UPDATE outbox SET state='failed', last_error=? WHERE chat_id=? AND state IN ('pending','sending')",
                (f"chat undeliverable: {reason}"[:500], chat_id)).rowcount

    def unblock_chat(self, chat_id: int, *, now: float) -> None:
        with self._tx():
            self.db.execute("UPDATE chats SET blocked=0, reason=NULL, updated_at=? WHERE chat_id=?", (now, chat_id))

    def migrate_chat(self, old: int, new: int, *, now: float) -> None:
        """A group became a supergroup: move its queue and remember the new id."""
        with self._tx():
            self.db.execute(
                "INSERT INTO chats(chat_id, migrated_to, updated_at) VALUES (?,?,?)"
                " ON CONFLICT(chat_id) DO UPDATE SET migrated_to=excluded.migrated_to,"
                " updated_at=excluded.updated_at", (old, new, now))
            self.db.execute(
                "UPDATE OR IGNORE outbox SET chat_id=?, state='pending', not_before=? "
                "WHERE chat_id=? AND state IN ('pending','sending')", (new, now, old))

    def chat_states(self) -> dict[int, dict[str, Any]]:
        return {r["chat_id"]: dict(r) for r in self.db.execute("SELECT * FROM chats").fetchall()}

    def outbox_counts(self) -> dict[str, int]:
        rows = self.db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall()
        counts = {"pending": 0, "sending": 0, "sent": 0, "failed": 0}
        counts.update({r[0]: r[1] for r in rows})
        return counts

    def sent_since(self, since: float) -> int:
        return self.db.execute("SELECT COUNT(*) FROM outbox WHERE state='sent' AND sent_at>=?",
                               (since,)).fetchone()[0]

    def outbox_rows(self) -> list[dict[str, Any]]:
        """For tests and status: every outbox row with its story title."""
        rows = self.db.execute(
            "SELECT o.*, s.title, s.url FROM outbox o JOIN stories s ON s.id=o.story_id ORDER BY o.id").fetchall()
        return [dict(r) for r in rows]


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT/ROLLBACK; nested use joins the outer transaction."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.outer = False

    def __enter__(self) -> None:
        self.outer = not self.db.in_transaction
        if self.outer:
            self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if not self.outer:
            return
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")


def _feed_state(row: sqlite3.Row) -> FeedState:
    return FeedState(**{**dict(row), "gone": bool(row["gone"]), "down_reported": bool(row["down_reported"])})


def _story(row: sqlite3.Row) -> Story:
    return Story(id=row["id"], title=row["title"], url=row["url"], source=row["source"], lang=row["lang"],
                 published=row["published"], summary=row["summary"], topics=tuple(json.loads(row["topics"])),
                 terms=tuple(json.loads(row["terms"])), feed_url=row["feed_url"], first_seen=row["first_seen"],
                 sources=tuple(json.loads(row["sources"])))


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _chunks(seq: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
