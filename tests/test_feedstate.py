"""What a poll's outcome does to a feed's state (bot/store/feedstate.py): pure, so checked without a database."""

from bot.models import FeedState, PollRecord
from bot.store.feedstate import after_failure, after_not_modified, after_success, needs_write_now

FAILING = FeedState(url="https://ex.org/f", title="Ex", first_ok_at=5.0, etag="e0", failures=3, last_error="boom",
                    last_error_kind="http", gone=True, failing_since=10.0, down_reported=True, seen_items="[1]")


def poll(**kw: object) -> PollRecord:
    base: dict[str, object] = {"feed_url": FAILING.url, "now": 50.0, "seen_keys": (), "stories": (), "title": None,
                               "etag": "e1", "last_modified": "lm", "body_hash": "h", "next_poll_at": 80.0}
    return PollRecord(**{**base, **kw})  # type: ignore[arg-type]


def test_a_successful_poll_ends_the_failure_spell_and_keeps_what_it_did_not_say() -> None:
    s = after_success(FAILING, poll())
    assert (s.failures, s.last_error, s.last_error_kind, s.failing_since, s.gone) == (0, None, None, None, False)
    assert (s.title, s.first_ok_at, s.seen_items, s.moved_to) == ("Ex", 5.0, "[1]", None)
    assert (s.etag, s.last_poll_at, s.last_ok_at, s.next_poll_at) == ("e1", 50.0, 50.0, 80.0)
    assert s.down_reported  # told or not: that is the notifier's to reset


def test_the_first_successful_poll_is_remembered_once() -> None:
    first = after_success(FeedState(url="u"), poll(title="T", moved_to="https://new", seen_items="[2]"))
    assert (first.first_ok_at, first.title, first.moved_to, first.seen_items) == (50.0, "T", "https://new", "[2]")
    assert after_success(first, poll(now=60.0)).first_ok_at == 50.0


def test_a_304_recovers_a_failing_feed_but_keeps_its_validators() -> None:
    s = after_not_modified(FAILING, now=50.0, next_poll_at=90.0)
    assert (s.failures, s.failing_since, s.gone, s.etag, s.next_poll_at) == (0, None, False, "e0", 90.0)
    assert needs_write_now(FAILING) and not needs_write_now(s)


def test_failures_count_up_and_the_spell_keeps_its_start() -> None:
    s = after_failure(FeedState(url="u"), now=1.0, kind="timeout", message="x" * 900, next_poll_at=2.0)
    s = after_failure(s, now=3.0, kind="http", message="404", next_poll_at=4.0, gone=True)
    s = after_failure(s, now=5.0, kind="http", message="404", next_poll_at=6.0)
    assert (s.failures, s.failing_since, s.gone, s.last_error_kind, s.last_poll_at) == (3, 1.0, True, "http", 5.0)
    assert len(after_failure(FeedState(url="u"), now=1, kind="k", message="x" * 900, next_poll_at=2).last_error
               or "") == 500
