"""Each feed's own pace, learnt from when its polls found new items, for the adaptive poll interval.

Two numbers a feed in memory: a restart relearns them within a few new items, which costs
nothing worse than the configured interval meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass

from watchers.backoff import adaptive_interval


@dataclass
class _Pace:
    last: float
    mean_gap: float = 0.0  # exponentially weighted mean of the gaps between polls that found news
    events: int = 1


class Cadence:
    _WEIGHT = 0.3  # of the newest gap: a feed that changes its rhythm is followed within a few items

    def __init__(self) -> None:
        self._pace: dict[str, _Pace] = {}

    def news(self, url: str, now: float) -> None:
        """A poll of `url` found new items."""
        pace = self._pace.get(url)
        if pace is None:
            self._pace[url] = _Pace(last=now)
            return
        gap = max(0.0, now - pace.last)
        pace.mean_gap = gap if pace.events == 1 else (1 - self._WEIGHT) * pace.mean_gap + self._WEIGHT * gap
        pace.last, pace.events = now, pace.events + 1

    def interval(self, url: str, now: float, *, interval: float, min_interval: float, max_interval: float) -> float:
        pace = self._pace.get(url)
        if pace is None:
            return interval
        return adaptive_interval(pace.mean_gap, now - pace.last, pace.events - 1, interval=interval,
                                 min_interval=min_interval, max_interval=max_interval)

    def forget(self, url: str) -> None:
        self._pace.pop(url, None)
