"""One process per SQLite file: an exclusive lock on a file beside the database, held while the process runs.

SQLite's own locks last a transaction, so two daemons on one file would both poll every feed and both send
every alert. `flock` is released by the kernel when the process ends, however it ends (SIGKILL included), so
a stale lock file never blocks a restart. The file itself is left in place: deleting it would let a third
process lock a new file while the second still holds the old one.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class InstanceError(RuntimeError):
    """Another process holds the database, or the lock file cannot be made: a message for the operator."""


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


@contextmanager
def only_instance(db: Path) -> Iterator[Path]:
    """Hold the lock for `db` until the block ends; InstanceError naming the holder's pid if it is taken."""
    path = lock_path(db)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        raise InstanceError(f"cannot create the lock file {path}: {exc.strerror or exc}") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise InstanceError(
                f"another newsbot (pid {holder}) is already running on {db} (it holds {path}): stop it first, "
                "or give this one its own [storage] path (several instances can share PostgreSQL: "
                "[storage] url)") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)  # for the message the next one prints
        yield path
    finally:
        os.close(fd)  # releases the lock
