"""Telegram's flood limits as a pure model: the caller passes the time, nothing here reads a clock.

Telegram allows about 1 message per second to a private chat (short bursts are tolerated), at most
20 messages in any 60 seconds to a group, supergroup or channel, and 30 per second overall. The
group and overall limits are sliding windows: 20 group sends in one second are fine, the 21st
waits until the first is a minute old. The private limit is a token bucket.

A send is checked first and admitted only once Telegram would have accepted it, so a request that
fails validation does not count:

    limiter = TelegramRateLimiter(RateLimits())
    check = limiter.check(chat_id, now)
    ...                                   # refuse with 429 + check.retry_after if enforcing
    limiter.admit(check, "sendMessage")   # counts the send; records violations if not check.ok
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "Limit",
    "RateCheck",
    "RateLimits",
    "RateViolation",
    "SlidingWindow",
    "TelegramRateLimiter",
    "TokenBucket",
]


@dataclass(frozen=True)
class RateLimits:
    """Thresholds, Telegram's by default.

    Each scope has a long-run rate and a burst. Private chats are a token bucket of that rate and
    burst. Groups and the global limit are sliding windows that hold `burst` sends and are
    burst / rate long: 20 sends in any 60 s per group, 30 in any 1 s overall.
    `tolerance` forgives that many seconds of scheduling jitter per send. With `enforce`, a send
    over a limit is refused with 429 and retry_after, as Telegram does, instead of recorded.
    """

    private_per_second: float = 1.0
    private_burst: int = 3
    group_per_minute: float = 20.0
    group_burst: int = 20
    global_per_second: float = 30.0
    global_burst: int = 30
    tolerance: float = 0.05
    enforce: bool = False

    def __post_init__(self) -> None:
        rates = (self.private_per_second, self.group_per_minute, self.global_per_second)
        if min(rates) <= 0 or min(self.private_burst, self.group_burst, self.global_burst) < 1:
            raise ValueError("rates must be positive and bursts at least 1")
        if self.tolerance < 0:
            raise ValueError("tolerance must not be negative")


@dataclass(frozen=True)
class RateViolation:
    """A send the fake accepted although Telegram would have refused it (limits not enforced)."""

    scope: str  # "private" | "group" | "global"
    chat_id: int | None  # None for the global limit
    method: str
    time: float
    detail: str


class Limit(Protocol):
    def wait(self, now: float) -> float:
        """Seconds from `now` until one more send is within the limit (0 if it already is)."""
        ...

    def admit(self, now: float) -> None:
        """Count a send made at `now` (after `wait`, at the same or a later time)."""
        ...


class SlidingWindow:
    """At most `limit` sends in any span of `window` seconds: a deque of the counted send times.

    A send at t is counted in the windows (t, t + window]; at exactly t + window it has left.
    """

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self.times: deque[float] = deque()

    def wait(self, now: float) -> float:
        while self.times and self.times[0] <= now - self.window:
            self.times.popleft()
        if len(self.times) < self.limit:
            return 0.0
        # Sends over the limit are counted too when not enforced, so the deque may hold more.
        return max(self.times[len(self.times) - self.limit] + self.window - now, 0.0)

    def admit(self, now: float) -> None:
        self.times.append(now)


class TokenBucket:
    """`rate` tokens a second up to `burst`; a send takes one.

    A send within `tolerance` of its token borrows it (the next send pays it back); a send beyond
    that leaves the bucket empty rather than in ever deeper debt, so a flood does not compound.
    """

    def __init__(self, rate: float, burst: int, tolerance: float, now: float) -> None:
        self.rate = rate
        self.capacity = float(burst)
        self.tolerance = tolerance
        self.tokens = float(burst)
        self.last = now

    def wait(self, now: float) -> float:
        self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
        self.last = now
        return max((1.0 - self.tokens) / self.rate, 0.0)

    def admit(self, now: float) -> None:
        self.wait(now)
        self.tokens -= 1.0
        if self.tokens < -self.rate * self.tolerance:
            self.tokens = 0.0


@dataclass(frozen=True)
class RateCheck:
    """The verdict on one send: how long each limit would have it wait."""

    chat_id: int
    time: float
    waits: tuple[tuple[str, float], ...]  # (scope, seconds until that limit admits a send)
    tolerance: float

    @property
    def overruns(self) -> list[tuple[str, float]]:
        """The limits the send is over, beyond the tolerated jitter."""
        return [(scope, wait) for scope, wait in self.waits if wait > self.tolerance]

    @property
    def ok(self) -> bool:
        return not self.overruns

    @property
    def retry_after(self) -> int:
        """What Telegram's 429 says: whole seconds until every limit admits the send (at least 1)."""
        longest = max(wait for _, wait in self.waits)
        return max(1, math.ceil(round(longest, 6)))  # round: 59.000000001 s of float noise is 59


class TelegramRateLimiter:
    """Per-chat and global limits on counted sends; `violations` lists the sends over a limit."""

    def __init__(self, limits: RateLimits) -> None:
        self.limits = limits
        self.violations: list[RateViolation] = []
        self._private: dict[int, TokenBucket] = {}
        self._groups: dict[int, SlidingWindow] = {}
        self._global = SlidingWindow(limits.global_burst, limits.global_burst / limits.global_per_second)

    def check(self, chat_id: int, now: float) -> RateCheck:
        """Where a send to `chat_id` at `now` stands against the limits; counts nothing."""
        scope = "private" if chat_id > 0 else "group"
        waits = ((scope, self._chat_limit(chat_id, now).wait(now)), ("global", self._global.wait(now)))
        return RateCheck(chat_id, now, waits, self.limits.tolerance)

    def admit(self, check: RateCheck, method: str) -> None:
        """Count the send `check` was made for; if it was over a limit, record the violation."""
        now = check.time
        self._chat_limit(check.chat_id, now).admit(now)
        self._global.admit(now)
        for scope, wait in check.overruns:
            chat_id = None if scope == "global" else check.chat_id
            detail = f"{scope} limit exceeded; next send was allowed in {wait:.2f}s"
            self.violations.append(RateViolation(scope, chat_id, method, now, detail))

    def _chat_limit(self, chat_id: int, now: float) -> Limit:
        limits = self.limits
        if chat_id > 0:
            if chat_id not in self._private:
                self._private[chat_id] = TokenBucket(
                    limits.private_per_second, limits.private_burst, limits.tolerance, now
                )
            return self._private[chat_id]
        if chat_id not in self._groups:
            minutes = limits.group_burst / limits.group_per_minute
            self._groups[chat_id] = SlidingWindow(limits.group_burst, 60.0 * minutes)
        return self._groups[chat_id]
