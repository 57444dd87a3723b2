"""A clock a test moves by hand, for the parts that take one (`clock=`): no test waits for wall time."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Clock:
    now: float

    def __call__(self) -> float:
        return self.now
