"""Where feeds are parsed: a few worker processes, each parse bounded in CPU time and memory.

feedparser is pure Python, cannot be interrupted from outside, and what `xmlguard` lets through can
still be costly; in a thread of the daemon, one hostile feed once took 27 s of CPU and 700 MB, and
the memory stayed. Here each parse runs in a worker process (`parseworker`) under its CPU-time and
address-space limits, and under a wall-clock deadline the pool enforces by killing the worker, for
code that never returns to the interpreter. A parse stopped by a limit, or whose worker died, is a
`ParseAbortedError` for that parse only: other parses go on in their own workers, and the next parse
that needs a worker starts a fresh one. Workers start when first needed and stop with `close`.

The documents and results cross the process boundary pickled (jobs are `functools.partial`s of
module-level functions; results are frozen dataclasses): ~0.5 ms a parse for a 60 KB feed, see
bench/parsepoolbench.py. Where worker processes cannot run (no `resource` module or profiling timer,
or a worker fails to start), parses run in threads without these bounds, and the log says so once.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import signal
import socket
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import TypeVar, cast

from .parseworker import READY, Limits, Outcome

__all__ = ["Limits", "ParseAbortedError", "ParsePool"]

log = logging.getLogger(__name__)

T = TypeVar("T")
_START_SECONDS = 60.0  # a fresh interpreter importing the parser: ~0.1 s, unless the machine is in trouble
_STOP_SECONDS = 2.0
_WORKER_MAIN = "import sys; sys.path[:0] = sys.argv[2:]; from watchers.parseworker import main; main(int(sys.argv[1]))"


class ParseAbortedError(Exception):
    """The parse was stopped by a limit, or its worker died: the feed's error, not the daemon's."""


class ParsePool:
    """At most `workers` parses at once, each in its own worker process under `limits`. `wall_seconds`
    (default: three times the CPU limit, plus 5 s) is the deadline of a parse and its answer."""

    def __init__(self, workers: int = 2, limits: Limits | None = None, *, wall_seconds: float | None = None):
        self.limits = limits or Limits()
        self.wall_seconds = wall_seconds if wall_seconds is not None else 3 * self.limits.cpu_seconds + 5
        self._slots = asyncio.Semaphore(workers)
        self._threads = ThreadPoolExecutor(workers, thread_name_prefix="parse")  # socket waits, or the parses
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._live: set[_Worker] = set()  # every worker not yet ended (the pool's threads add and remove)
        self._unbounded = _why_unbounded()
        self._closed = False
        if self._unbounded is not None:
            log.warning("feeds are parsed in threads, without CPU or memory limits: %s", self._unbounded)

    async def run(self, job: Callable[[], T]) -> T:
        """`job()` in a worker; `job` and its value must pickle. Raises ParseAbortedError."""
        if self._closed:
            raise RuntimeError("the parse pool is closed")
        loop = asyncio.get_running_loop()
        async with self._slots:
            if self._closed:  # while this parse waited for a slot
                raise RuntimeError("the parse pool is closed")
            for _ in range(2):  # an idle worker found dead when handed the job is replaced, once
                worker = await self._worker(loop)
                if worker is None:
                    return await loop.run_in_executor(self._threads, job)
                self._busy.add(worker)
                try:
                    outcome = await loop.run_in_executor(self._threads, worker.call, job, self.wall_seconds)
                except _UndeliveredError:
                    continue
                except BaseException:
                    worker.kill()  # cancelled mid-parse, or a job that would not pickle: its state is unknown
                    raise
                finally:
                    self._busy.discard(worker)
                if not outcome.retire:
                    self._idle.append(worker)
                if outcome.failure is not None:
                    raise ParseAbortedError(outcome.failure)
                return cast(T, outcome.value)
        raise ParseAbortedError("no parse worker would take the document")

    async def close(self) -> None:
        """Stop every worker (a parse still running is killed) and wait for them."""
        self._closed = True
        self._idle.clear()
        for worker in self._busy:
            worker.kill()
        await asyncio.to_thread(_stop_all, self._live, self._threads)

    async def _worker(self, loop: asyncio.AbstractEventLoop) -> _Worker | None:
        """An idle worker, or a new one; None when parses run in threads."""
        if self._idle:
            return self._idle.pop()
        if self._unbounded is not None:
            return None
        starting = loop.run_in_executor(self._threads, _Worker.start, self.limits, self._live)
        try:
            return await asyncio.shield(starting)
        except (OSError, EOFError, TimeoutError) as exc:
            self._unbounded = f"a parse worker did not start: {type(exc).__name__}: {exc}"
            log.warning("feeds are parsed in threads, without CPU or memory limits: %s", self._unbounded)
            return None
        except asyncio.CancelledError:
            starting.add_done_callback(self._adopt)  # not wasted: the next parse takes it (or close ends it)
            raise

    def _adopt(self, started: asyncio.Future[_Worker]) -> None:
        if not started.cancelled() and started.exception() is None and not self._closed:
            self._idle.append(started.result())


class _UndeliveredError(Exception):
    """The worker was gone before it got the job: the job can go to another worker."""


class _Worker:
    """One worker process and the pool's end of its socket. Every method but `kill` blocks (pool threads).

    A fresh interpreter (`python -c`, with this one's sys.path), not multiprocessing's spawn, which
    would import the daemon's main script in every worker, and not a fork of a threaded daemon.
    """

    def __init__(self, process: subprocess.Popen[bytes], conn: Connection, live: set[_Worker]):
        self.process = process
        self.conn = conn
        self.live = live
        live.add(self)

    @classmethod
    def start(cls, limits: Limits, live: set[_Worker]) -> _Worker:
        ours, theirs = socket.socketpair()
        conn = Connection(ours.detach())
        try:
            with theirs:
                process = subprocess.Popen(  # noqa: S603 - this interpreter, our own module
                    [sys.executable, "-c", _WORKER_MAIN, str(theirs.fileno()), *sys.path],
                    pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        except BaseException:
            conn.close()
            raise
        worker = cls(process, conn, live)
        try:
            conn.send(limits)
            if not conn.poll(_START_SECONDS):
                raise TimeoutError(f"not ready after {_START_SECONDS:g} s")
            if conn.recv() != READY:
                raise EOFError("an unexpected first message")
        except BaseException:
            worker.end()
            raise
        return worker

    def call(self, job: Callable[[], object], wall_seconds: float) -> Outcome:
        try:
            self.conn.send(job)
        except OSError as exc:  # BrokenPipeError, ConnectionResetError: it died while idle
            self.end()
            raise _UndeliveredError from exc
        except BaseException:  # a job that would not pickle: nothing was sent, but keep it simple
            self.end()
            raise
        try:
            if not self.conn.poll(wall_seconds):
                self.end()
                return Outcome(failure=f"the feed's markup took more than {wall_seconds:g} s to parse", retire=True)
            outcome = self.conn.recv()
        except (EOFError, OSError):
            death = self._death()
            self.end()
            return Outcome(failure=f"the parse worker died ({death})", retire=True)
        if not isinstance(outcome, Outcome):
            self.end()
            return Outcome(failure="the parse worker answered nonsense", retire=True)
        if outcome.retire:
            self.end()
        return outcome

    def kill(self) -> None:
        """Non-blocking: a thread waiting on this worker's socket then sees it die and cleans up."""
        self.process.kill()

    def end(self, grace: float = 0.0) -> None:
        """Let the worker go: it gets `grace` seconds to leave once its socket is closed, then it is killed."""
        self.conn.close()
        try:
            self.process.wait(grace)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.live.discard(self)

    def _death(self) -> str:
        try:
            code = self.process.wait(_STOP_SECONDS)
        except subprocess.TimeoutExpired:
            return "it closed its socket"
        if code < 0:
            return f"killed by signal {-code}" + (" (SIGKILL: out of memory?)" if -code == signal.SIGKILL else "")
        return f"exit code {code}"


def _stop_all(live: set[_Worker], threads: ThreadPoolExecutor) -> None:
    threads.shutdown(wait=True)  # busy workers were killed: their threads see it at once; starts finish
    for worker in list(live):  # idle ones, and any started for a parse that was cancelled meanwhile
        worker.end(_STOP_SECONDS)


def _why_unbounded() -> str | None:
    """Why this platform cannot bound a parse, or None."""
    if importlib.util.find_spec("resource") is None:
        return "no resource module"
    if not hasattr(signal, "setitimer") or not hasattr(signal, "SIGPROF"):
        return "no profiling timer"
    return None
