"""Inside a parse worker process: its limits, then one parse per message until its socket closes.

The address space is limited once, at start (RLIMIT_AS: what the worker has after importing the
parser, plus `Limits.memory_bytes`), so an allocation past it raises MemoryError in the parse
instead of growing the daemon's memory; CPU time is limited per parse (a profiling timer raises
`Overtime` inside it). The worker also offers itself to the kernel's OOM killer before the daemon.
A worker that hit a limit, or whose peak memory grew by more than a quarter of its headroom, says
so in its answer and exits: the pool starts a fresh one for the next parse, and the memory goes
back to the system.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import signal
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from types import FrameType
from typing import Any

__all__ = ["READY", "Limits", "Outcome", "main", "serve"]

READY = "ready"
_AGAIN = 0.05  # CPU seconds between repeats of the timer's signal, should the parse catch and carry on
_PRELOAD = "watchers.incremental"  # the parser and everything it imports, loaded before the baseline


@dataclass(frozen=True)
class Limits:
    """What one parse may use. The defaults are far above a real feed's needs: parsing a 2 MB feed takes
    ~0.2 s and ~20 MB, a 1,000-item one ~0.3 s."""

    cpu_seconds: float = 5.0
    memory_bytes: int = 256 * 1024 * 1024  # address space on top of an idle worker's


@dataclass(frozen=True)
class Outcome:
    """A worker's answer to one job."""

    value: Any = None
    failure: str | None = None  # why there is no value: the feed's error
    retire: bool = False  # the worker exits after this answer


class Overtime(BaseException):  # a signal, like KeyboardInterrupt, not an error
    """Raised inside the parse when its CPU time is up. A BaseException, so that no `except Exception`
    in the parser (parse_feed has one) can swallow it."""


def main(fd: int) -> None:
    """A worker process's entry (see `parsepool`): `fd` is its end of the socket; `Limits` come first."""
    conn = Connection(fd)
    try:
        serve(conn, conn.recv())
    except (EOFError, OSError):  # the daemon is gone (killed, say) or closed our socket: nothing to answer
        return


def serve(conn: Connection, limits: Limits) -> None:
    """The worker's life: limits, READY, then one answer per job until the socket closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a terminal is for the daemon, which stops us
    importlib.import_module(_PRELOAD)
    _limit_address_space(limits.memory_bytes)
    _offer_to_oom_killer()
    idle_rss = _peak_rss()
    budget = _CpuBudget(limits)
    conn.send(READY)
    while True:
        try:
            job = conn.recv()
        except EOFError:  # the pool closed the socket (or the daemon is gone)
            return
        except MemoryError:
            outcome = Outcome(failure=budget.memory_message, retire=True)
        except Exception as exc:  # noqa: BLE001 - a job that does not unpickle here: a bug, this job's error
            outcome = Outcome(failure=f"parser crashed: the job did not arrive: {type(exc).__name__}: {exc}")
        else:
            outcome = budget.run(job)
        if _peak_rss() > idle_rss + limits.memory_bytes // 4:
            outcome = Outcome(outcome.value, outcome.failure, retire=True)
        try:
            conn.send(outcome)
        except MemoryError:
            conn.send(Outcome(failure=budget.memory_message, retire=True))
        if outcome.retire:
            return


class _CpuBudget:
    """Runs jobs with a CPU-time limit each; the parse is interrupted, the worker survives."""

    def __init__(self, limits: Limits):
        self.seconds = limits.cpu_seconds
        self.memory_message = f"the feed's markup took more than {limits.memory_bytes // 2**20} MB to parse"
        self.armed = False
        signal.signal(signal.SIGPROF, self._expired)

    def _expired(self, signum: int, frame: FrameType | None) -> None:
        if self.armed:
            raise Overtime

    def run(self, job: Callable[[], Any]) -> Outcome:
        self.armed = True
        signal.setitimer(signal.ITIMER_PROF, self.seconds, _AGAIN)
        try:
            return Outcome(job())
        except Overtime:
            return Outcome(failure=f"the feed's markup took more than {self.seconds:g} s of CPU to parse",
                           retire=True)
        except MemoryError:
            return Outcome(failure=self.memory_message, retire=True)
        except Exception as exc:  # noqa: BLE001 - a bug in the parser: this feed's error, not the worker's end
            return Outcome(failure=f"parser crashed: {type(exc).__name__}: {exc}")
        finally:
            self.armed = False
            signal.setitimer(signal.ITIMER_PROF, 0)


def _limit_address_space(headroom: int) -> None:
    import resource  # here, not at the top: the pool imports this module on systems without it too

    size = _address_space()
    if size is None:
        return  # no /proc: the CPU limit and the wall-clock deadline still hold
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = size + headroom
    resource.setrlimit(resource.RLIMIT_AS, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))


def _offer_to_oom_killer() -> None:
    """If the daemon's cgroup runs out of memory after all, the kernel should kill a worker, not the daemon."""
    with contextlib.suppress(OSError), open("/proc/self/oom_score_adj", "w", encoding="ascii") as handle:
        handle.write("1000")


def _peak_rss() -> int:
    """Peak resident memory since this process began (VmHWM; not getrusage's, which counts the parent's
    before the exec), 0 without /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            line = next((x for x in handle if x.startswith("VmHWM:")), "VmHWM: 0 kB")
        return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return 0


def _address_space() -> int | None:
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None
