"""What `pip install .` puts in place: every package of the source tree, and the heavy parts only as extras."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower() for r in requirements}


def test_a_plain_install_ships_every_package_of_the_tree() -> None:
    """A non-editable install copies only the listed packages: one missing (bot.store.sqlite was) breaks `run`."""
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for pkg in ("bot", "watchers")
             for p in (ROOT / pkg).rglob("__init__.py")}
    assert found <= listed, f"not installed by `pip install .`: {sorted(found - listed)}"


def test_matplotlib_and_asyncpg_are_extras_and_the_tests_install_them() -> None:
    project = PYPROJECT["project"]
    assert not _names(project["dependencies"]) & {"matplotlib", "asyncpg"}
    extras = project["optional-dependencies"]
    assert _names(extras["charts"]) == {"matplotlib"} and _names(extras["postgres"]) == {"asyncpg"}
    assert "newsbot[charts,postgres]" in extras["all"]
    assert "newsbot[charts,postgres]" in extras["test"]  # the suite draws /trend and runs PostgreSQL


def test_the_readme_set_up_commands_install_what_the_tests_need() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", setup, flags=re.DOTALL)
    assert len(commands) == 2, commands  # one runs the daemon, one runs the whole suite
    run, test = commands
    assert "newsbot run --config config.example.toml" in run
    assert "'.[test]'" in test and "python -m pytest" in test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "-e '.[test,lint]'" in ci
