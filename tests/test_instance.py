"""One process per SQLite file: the lock beside the database."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bot.instance import InstanceError, lock_path, only_instance


def test_the_second_holder_is_refused_naming_the_first_and_the_lock_ends_with_the_block(tmp_path: Path) -> None:
    db = tmp_path / "state" / "newsbot.sqlite3"  # its folder does not exist yet
    with only_instance(db) as lock:
        assert lock == lock_path(db) == tmp_path / "state" / "newsbot.sqlite3.lock"
        assert stat.S_IMODE(lock.stat().st_mode) & 0o077 == 0  # owner-only, like the database
        with pytest.raises(InstanceError, match=f"pid {os.getpid()}") as refused, only_instance(db):
            pass
        assert str(db) in str(refused.value) and "[storage] path" in str(refused.value)
    with only_instance(db):  # released: the next one may start
        pass


def test_a_lock_file_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(InstanceError, match="cannot create the lock file"), only_instance(tmp_path / "file" / "db"):
        pass
