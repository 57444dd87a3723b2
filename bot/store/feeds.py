"""Feed state: validators, failures, the first successful poll."""

from __future__ import annotations

from collections.abc import Sequence

from .base import StoreBase
from ..models import FeedState
from .records import feed_state_of


class FeedsMixin(StoreBase):
    def feed_state(self, url: str) -> FeedState:
        row = self.db.execute("SELECT * FROM feeds WHERE url=?", (url,)).fetchone()
        if row is None:
            return FeedState(url=url)
        return feed_state_of(row)

    def feed_states(self) -> dict[str, FeedState]:
        rows = self.db.execute("SELECT * FROM feeds").fetchall()
        return {r["url"]: feed_state_of(r) for r in rows}

    def lease_feed(self, url: str, *, now: float, ttl: float) -> FeedState | None:
        """One instance only: the scheduler is the sole poller, so the lease is always granted."""
        return self.feed_state(url)

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
        self.record_not_modified_many([(url, now, next_poll_at)])

    def record_not_modified_many(self, polls: Sequence[tuple[str, float, float]]) -> None:
        """(url, now, next_poll_at) of polls that found nothing new, in one transaction."""
        with self._tx():
            self.db.executemany("INSERT OR IGNORE INTO feeds(url) VALUES (?)", [(p[0],) for p in polls])
            self.db.executemany(
                "UPDATE feeds SET last_poll_at=?, last_ok_at=?, failures=0, last_error=NULL,"
                " last_error_kind=NULL, next_poll_at=?, failing_since=NULL, gone=0 WHERE url=?",
                [(now, now, next_poll_at, url) for url, now, next_poll_at in polls])

    def set_down_reported(self, url: str, reported: bool) -> None:
        with self._tx():
            self.db.execute("UPDATE feeds SET down_reported=? WHERE url=?", (int(reported), url))

    def _ensure_feed(self, url: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO feeds(url) VALUES (?)", (url,))
