"""Telegram's send limits as one pure rule, used by the sender and by the shared store's pacing.

Telegram allows about one message a second to a chat, at most 20 in any rolling minute to a group or
channel (negative chat ids), and about 30 a second overall; edits count as messages. Used greedily, the
group window empties in 20 s and then blocks for 40: `next_send` therefore spaces a group's sends at the
window's average rate (3 s) once half the window is used, so a later burst always finds room for one
message every few seconds, and the sender folds what waits into combined messages (`capacity`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Pace:
    per_chat_gap: float = 1.0
    group_limit: int = 20
    group_window: float = 60.0
    global_per_second: int = 30
    backlog_horizon: float = 10.0  # a chat's queue longer than the limits let through this soon is combined

    def recent(self, chat_id: int, sends: Sequence[float], now: float) -> list[float]:
        """The send times that still count for this chat (oldest first): what the store keeps."""
        keep = self.group_window if chat_id < 0 else self.per_chat_gap
        return [t for t in sends if t > now - keep][-max(self.group_limit, 1):]

    def next_send(self, chat_id: int, sends: Sequence[float]) -> float:
        """The earliest time the next message may go to the chat, given its recent send times (oldest first)."""
        if not sends:
            return 0.0
        at = sends[-1] + self.per_chat_gap
        if chat_id >= 0 or self.group_limit <= 0:
            return at
        used = sum(1 for t in sends if t > at - self.group_window)
        if used >= self.group_limit // 2:  # the second half of the window is spent at the window's own rate
            at = max(at, sends[-1] + self.group_window / self.group_limit)
            used = sum(1 for t in sends if t > at - self.group_window)
        if used >= self.group_limit:
            at = max(at, sends[-self.group_limit] + self.group_window)
        return at

    def capacity(self, chat_id: int, sends: Sequence[float], now: float, horizon: float) -> int:
        """How many messages the chat may still receive between `now` and `now + horizon`."""
        if self.per_chat_gap <= 0 and (chat_id >= 0 or self.group_limit <= 0):
            return UNBOUNDED
        simulated = list(sends)
        count = 0
        while count < UNBOUNDED:
            at = max(now, self.next_send(chat_id, simulated))
            if at > now + horizon:
                break
            simulated.append(at)
            count += 1
        return count


UNBOUNDED = 1000  # "as many as there are": more than any backlog is combined into
UNLIMITED = Pace(per_chat_gap=0.0, group_limit=0, global_per_second=10**9)  # the console: no Telegram limits
