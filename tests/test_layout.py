"""The flow stays one-directional: watchers fetch and parse, bot matches, stores and delivers."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_watchers_import_nothing_from_bot_or_telegram() -> None:
    for path in (ROOT / "watchers").glob("*.py"):
        bad = {m for m in imports(path) if m.split(".")[0] in ("bot", "telegram", "apscheduler")}
        assert not bad, f"{path.name} imports {bad}"


def test_only_the_delivery_and_chat_modules_speak_telegram() -> None:
    allowed = {"delivery.py", "telegram_app.py"}
    for path in (ROOT / "bot").rglob("*.py"):
        if any(m.split(".")[0] == "telegram" for m in imports(path)):
            assert path.name in allowed or path.name == "cli.py", f"{path.relative_to(ROOT)} imports telegram"


def test_only_the_store_speaks_sql_and_nothing_parses_feeds_in_bot() -> None:
    for path in (ROOT / "bot").rglob("*.py"):
        mods = {m.split(".")[0] for m in imports(path)}
        if "sqlite3" in mods:
            assert "store" in path.relative_to(ROOT).parts, f"{path.relative_to(ROOT)} imports sqlite3"
        assert "feedparser" not in mods, f"{path.relative_to(ROOT)} imports feedparser"
