"""The house rules, checked: one direction of flow, no import cycles, each I/O library in its own module."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "watchers")
# which matches, clusters, routes and renders: no I/O, no clock, so never the store or a network client
PURE = ("bot.models", "bot.matcher", "bot.textnorm", "bot.watchlist", "bot.lexicon", "bot.signature",
        "bot.similarity", "bot.stories", "bot.routing", "bot.render", "bot.status", "bot.flood", "bot.floodgate",
        "bot.menus")
IO_LIBRARIES = ("aiohttp", "asyncpg", "sqlite3", "telegram", "apscheduler", "feedparser")


def modules() -> dict[str, Path]:
    found = {}
    for pkg in PACKAGES:
        for path in (ROOT / pkg).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def imported(name: str, path: Path) -> Iterator[str]:
    """Every module `name` imports, function-level imports included, relative ones resolved."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            yield base
            yield from (f"{base}.{a.name}" for a in node.names)


def graph() -> dict[str, set[str]]:
    mods = modules()

    def resolve(target: str) -> str | None:
        while target and target not in mods:
            target = target.rpartition(".")[0]
        return target or None

    return {m: {r for t in imported(m, p) if (r := resolve(t)) and r != m} for m, p in mods.items()}


def third_party(name: str) -> set[str]:
    return {t.split(".")[0] for t in imported(name, modules()[name])}


def test_there_are_no_import_cycles() -> None:
    deps = graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in deps[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in deps:
        if v not in index:
            visit(v)
    assert not cycles, f"import cycles: {cycles}"


def test_watchers_import_nothing_from_bot_or_telegram() -> None:
    for name in modules():
        if name.startswith("watchers"):
            bad = third_party(name) & {"bot", "telegram", "apscheduler"}
            assert not bad, f"{name} imports {bad}"


def test_the_shared_records_import_nothing_of_the_app() -> None:
    assert not graph()["bot.models"], "bot.models must be a leaf"


def test_pure_modules_reach_no_store_and_no_io_library() -> None:
    deps = graph()
    for name in PURE:
        assert not {d for d in deps[name] if d.startswith("bot.store")}, f"{name} imports the store"
        assert not third_party(name) & set(IO_LIBRARIES), f"{name} imports an I/O library"


def test_nothing_imports_the_composition_root_or_the_cli() -> None:
    for name, deps in graph().items():
        if name not in ("bot.cli", "bot.__main__", "bot.demo"):
            assert not deps & {"bot.service", "bot.cli"}, f"{name} imports {deps & {'bot.service', 'bot.cli'}}"


def test_each_io_library_is_imported_by_its_own_modules() -> None:
    owners = {"telegram": {"bot.delivery", "bot.telegram_app", "bot.cli"},
              "sqlite3": {"bot.store.sqlite"},
              "asyncpg": {"bot.store.pg"},
              "apscheduler": {"bot.scheduler"},
              "prometheus_client": {"bot.exposition"},  # the workers count in plain integers (bot.metrics)
              "feedparser": {"watchers.parse", "watchers.feedview"}}  # feedview: its decoding and tokenizer
    for name in modules():
        for library in third_party(name) & set(owners):
            allowed = owners[library]
            assert name in allowed or any(name.startswith(o + ".") for o in allowed), f"{name} imports {library}"


def test_one_http_client_session_factory() -> None:
    makers = [name for name, path in modules().items() if "ClientSession(" in path.read_text(encoding="utf-8")]
    assert makers == ["watchers.http"], f"aiohttp sessions are made in {makers}"
