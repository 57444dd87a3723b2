"""Waiting in tests without sleeping: poll a condition, or await an event, under a deadline.

    await wait_until(lambda: api.texts(42), timeout=2, message="no alert reached chat 42")
    await wait_for_event(stopped, timeout=5)

Both raise `WaitTimeout`, which is an AssertionError (pytest shows the message as a failed
assertion) and also a TimeoutError (so `except TimeoutError` works too).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["WaitTimeout", "wait_for_event", "wait_until"]


class WaitTimeout(AssertionError, TimeoutError):  # noqa: N818 - a failed wait, imported by this name across tests
    """A condition a test waited for did not come true before its deadline."""


async def wait_until(
    predicate: Callable[[], Any | Awaitable[Any]],
    timeout: float = 5.0,
    interval: float = 0.01,
    message: str = "",
) -> None:
    """Return as soon as `predicate()` is truthy; raise WaitTimeout after `timeout` seconds.

    The predicate may be a plain function or a coroutine function. It is always checked once
    more at the deadline, so a slow loop cannot miss a condition that did come true. Exceptions
    raised by the predicate propagate unchanged.
    """
    if timeout < 0 or interval <= 0:
        raise ValueError("timeout must be >= 0 and interval > 0")
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        result = predicate()
        if inspect.isawaitable(result):
            result = await result
        if result:
            return
        remaining = deadline - loop.time()
        if remaining <= 0:
            what = message or f"condition {_describe(predicate)} was not met"
            raise WaitTimeout(f"{what} (waited {timeout:g}s; last value: {result!r})")
        await asyncio.sleep(min(interval, remaining))


async def wait_for_event(event: asyncio.Event, timeout: float = 5.0, message: str = "") -> None:
    """Return when `event` is set; raise WaitTimeout after `timeout` seconds."""
    try:
        await asyncio.wait_for(event.wait(), timeout)
    except TimeoutError:
        what = message or "event was not set"
        raise WaitTimeout(f"{what} (waited {timeout:g}s)") from None


def _describe(predicate: Callable[..., Any]) -> str:
    name = getattr(predicate, "__qualname__", None) or repr(predicate)
    if name == "<lambda>":
        try:
            source = inspect.getsource(predicate).strip()
        except (OSError, TypeError):
            return name
        return source if len(source) <= 120 else source[:117] + "..."
    return name
