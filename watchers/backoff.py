"""When to poll a feed next: after a failure, and after a success. Pure: clock and randomness come in.

Failures back off exponentially so a broken or blocking server is not hammered, with jitter so feeds
that failed together (one outage) do not retry together. A server's Retry-After is a request we
honour even above our own cap, up to a day. Successful polls run at the feed's adaptive interval (its
own pace, within min and max) unless the feed (`<ttl>`) or the server (Cache-Control max-age, Expires,
Retry-After) asks for longer.
"""

from __future__ import annotations

import math

__all__ = ["MAX_DELAY", "adaptive_interval", "next_poll_delay", "next_retry_delay"]

MAX_DELAY = 24 * 3600.0  # no feed waits more than a day, whatever a server or a feed says


def next_retry_delay(
    consecutive_failures: int, *, base: float, cap: float, retry_after: float | None, rand: float
) -> float:
    """Seconds to wait after the `consecutive_failures`-th failure in a row (1 = first failure).

    "Equal jitter": half of the exponential step is fixed, half random, so the delay never collapses
    to zero (full jitter can retry at once) yet retries still spread out. The result stays within
    `cap`, except that a server's `retry_after` always wins (clamped to `MAX_DELAY`).
    """
    base = max(_finite(base), 0.0)
    cap = max(_finite(cap), 0.0)
    steps = min(max(int(consecutive_failures), 1) - 1, 60)  # the cap is reached long before
    ceiling = min(cap, base * (2.0**steps))
    delay = ceiling / 2 + _unit(rand) * ceiling / 2
    if retry_after is not None and _finite(retry_after) > 0:
        delay = max(delay, min(_finite(retry_after), MAX_DELAY))
    return delay


def next_poll_delay(
    interval: float,
    *,
    min_interval: float,
    ttl: float | None,
    max_age: float | None,
    jitter_rand: float,
    jitter_fraction: float = 0.1,
) -> float:
    """Seconds until the next poll of a feed that just answered.

    The longest of our interval, the feed's ttl and the server's cache lifetime, kept within
    [min_interval, MAX_DELAY], then spread by up to `jitter_fraction` so feeds configured together
    drift apart instead of polling in lockstep. The interval is a promise: jitter only brings a poll
    earlier, never later than the interval, unless the server asked for more time, which jitter
    then only lengthens. It never takes a poll below `min_interval`.
    """
    ours = _finite(interval)
    asked = max(_finite(ttl or 0.0), _finite(max_age or 0.0))
    floor = min(max(_finite(min_interval), 0.0), MAX_DELAY)
    delay = min(max(ours, asked, floor), MAX_DELAY)
    fraction = min(max(_finite(jitter_fraction), 0.0), 1.0) * _unit(jitter_rand)
    delay *= (1.0 + fraction) if asked > ours else (1.0 - fraction)
    return min(max(delay, floor), MAX_DELAY)


def adaptive_interval(mean_gap: float, since_last: float, gaps: int, *, interval: float, min_interval: float,
                      max_interval: float) -> float:
    """The interval a feed's own pace asks for: a quarter of the typical gap between its news.

    A busy feed is polled faster than configured (down to `min_interval`), a quiet one slower (up to
    `max_interval`). Until three gaps are known the configured `interval` stands; a feed that has
    gone quiet for longer than its usual gap is judged by that silence instead.
    """
    if gaps < 3:
        return interval
    gap = max(_finite(mean_gap), _finite(since_last))
    floor = max(_finite(min_interval), 0.0)
    return min(max(gap / 4, floor), max(_finite(max_interval), floor))


def _unit(rand: float) -> float:
    """`rand` forced into [0, 1], so a bad random source cannot produce a negative delay."""
    value = _finite(rand)
    return min(max(value, 0.0), 1.0)


def _finite(value: float) -> float:
    value = float(value)
    return value if math.isfinite(value) else (MAX_DELAY if value > 0 else 0.0)
