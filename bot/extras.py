"""The optional parts installed as extras (`newsbot[charts]`, `newsbot[postgres]`): is one here, and if not,
the sentence that tells the user how to get it. Matplotlib alone is two thirds of a full install, so a
bot that never draws /trend or uses PostgreSQL need not carry them."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass


@dataclass(frozen=True)
class Extra:
    name: str  # pip install 'newsbot[<name>]'
    module: str  # the top-level import it provides
    needs: str  # the start of the sentence: what needs it

    @property
    def hint(self) -> str:
        return f"{self.needs} the {self.name} extra: pip install 'newsbot[{self.name}]'"


CHARTS = Extra("charts", "matplotlib", "Charts (/trend) need")
POSTGRES = Extra("postgres", "asyncpg", "PostgreSQL storage ([storage] url) needs")


def missing(extra: Extra) -> str | None:
    """None when the extra is installed; otherwise how to install it. Finds the module without importing it
    (matplotlib takes a second to import)."""
    try:
        found = importlib.util.find_spec(extra.module) is not None
    except ValueError:  # already imported, without a spec
        found = True
    except ImportError:  # a parent package that does not import
        found = False
    return None if found else extra.hint
