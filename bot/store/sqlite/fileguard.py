"""Is the database file at the path still the one SQLite has open?

SQLite notices nothing when its file is deleted (it goes on writing to the unlinked inode), replaced, or
truncated (its page cache still answers, even `PRAGMA quick_check`): everything written after that is gone
at the next start. So the file is watched from outside: the path must still lead to the inode that was
opened, and the file must still be as long as its own header says. One read-only descriptor is kept for
the store's whole life, because closing any descriptor of the file would drop SQLite's POSIX locks on it.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

HEADER = b"SQLite format 3\x00"


class FileGuard:
    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None
        self._identity: tuple[int, int] | None = None

    def open(self) -> None:
        """Remember the file SQLite has just opened (call after it wrote its header)."""
        self._fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        st = os.fstat(self._fd)
        self._identity = (st.st_dev, st.st_ino)

    def close(self) -> None:
        """Only after SQLite closed the file (see the module's note on locks)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def problem(self) -> str | None:
        """What happened to the file ("was deleted", ...), or None while it is the one open."""
        if self._fd is None:
            return None
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return "was deleted"
        except OSError:
            return None  # cannot look (a permission change): not a loss
        if (st.st_dev, st.st_ino) != self._identity:
            return "was replaced by another file"
        return header_problem(os.pread(self._fd, 100, 0), os.fstat(self._fd).st_size)


def header_problem(header: bytes, size: int) -> str | None:
    """A file that lost its header, or is shorter than the size its header states (valid since the last
    checkpoint wrote both), was truncated or overwritten. Pure: the first 100 bytes and the file's size."""
    if len(header) < 100 or not header.startswith(HEADER):
        return "was truncated or overwritten (no SQLite header)"
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    changes, pages, valid_for = struct.unpack(">I", header[24:28])[0], struct.unpack(">I", header[28:32])[0], \
        struct.unpack(">I", header[92:96])[0]
    if changes == valid_for and size < pages * page_size:
        return f"was truncated ({size} bytes, its header says {pages * page_size})"
    return None
