"""The store's own fault, for both backends: noted where the database's errors are classified, cleared by the
next write that needed room, read by the health checks. A poll that meets it only needs to know it was not
recorded; saying so once, and to whom, is the watcher's job (bot/storewatch.py)."""

from __future__ import annotations

from ..models import StoreFault
from .errors import DiskFullError, StoreError, StoreLostError


class Faults:
    def __init__(self) -> None:
        self.current: StoreFault | None = None

    @property
    def lost(self) -> bool:
        return self.current is not None and self.current.kind == "lost"

    def note(self, exc: StoreError) -> None:
        """An error met by a store step: a full disk or a lost database becomes the store's fault."""
        if self.lost:
            return  # nothing outranks a lost database, and it does not heal
        if isinstance(exc, StoreLostError):
            self.current = StoreFault("lost", str(exc))
        elif isinstance(exc, DiskFullError) and self.current is None:
            self.current = StoreFault("disk_full", f"{exc}; nothing is recorded until there is room again")

    def wrote(self) -> None:
        """A transaction that changed rows committed: a full disk has room again."""
        if self.current is not None and self.current.kind == "disk_full":
            self.current = None
