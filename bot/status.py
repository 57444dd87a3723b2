"""What the workers record about themselves, for /status, /healthz and /metrics to read (never to change)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class StatusBoard:
    """Liveness of the long-lived parts, written by each part as it starts and stops."""

    started_at: float
    running: dict[str, bool] = field(default_factory=dict)  # part name -> alive

    def mark(self, name: str, alive: bool) -> None:
        self.running[name] = alive

    def alive(self, name: str) -> bool:
        return self.running.get(name, False)
