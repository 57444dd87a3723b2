"""Parses run in worker processes: a parse that runs away is stopped and costs only itself.

Limits are injected small (a fraction of a second, a few MB), and the documents are real ones that
need more: 49,000 nested tags pass the markup guard and take feedparser ~1 s and ~25 MB.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import sys
import time
from pathlib import Path

import pytest

from support.feed_server import rss
from support.wait import wait_until
from watchers.incremental import ChangedParse, parse_whole
from watchers.parsepool import Limits, ParseAbortedError, ParsePool

GOOD = rss([{"title": "DeepSeek ships R2", "link": "https://ex.com/a"}])
SLOW = (b"<rss version='2.0'><channel><title>T</title><item><title>x</title><link>https://ex.com/a</link>"
        b"<description>" + b"<a>" * 49_000 + b"</description></item></channel></rss>")


def job(body: bytes) -> functools.partial[ChangedParse]:
    return functools.partial(parse_whole, body, "https://ex.com/f", max_bytes=10 * 2**20)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


async def titles(pool: ParsePool) -> list[str]:
    return [item.title for item in (await pool.run(job(GOOD))).parsed.items]


async def test_a_parse_runs_in_a_worker_process_that_stops_with_the_pool() -> None:
    pool = ParsePool()
    try:
        assert await titles(pool) == ["DeepSeek ships R2"]
        worker = await pool.run(os.getpid)
        assert worker != os.getpid() and await pool.run(os.getpid) == worker  # started once, then reused
        assert parse_workers() == [worker]
    finally:
        await pool.close()
    assert not alive(worker) and parse_workers() == []
    with pytest.raises(RuntimeError, match="closed"):
        await pool.run(os.getpid)


async def test_a_parse_out_of_cpu_time_is_stopped_and_the_next_parse_gets_a_fresh_worker() -> None:
    pool = ParsePool(limits=Limits(cpu_seconds=0.2))
    try:
        first = await pool.run(os.getpid)
        with pytest.raises(ParseAbortedError, match=r"more than 0\.2 s of CPU"):
            await pool.run(job(SLOW))
        assert not alive(first)
        assert await titles(pool) == ["DeepSeek ships R2"]
        assert await pool.run(os.getpid) != first
    finally:
        await pool.close()


async def test_a_parse_out_of_memory_is_stopped_and_its_memory_goes_with_its_worker() -> None:
    pool = ParsePool(limits=Limits(memory_bytes=8 * 2**20))
    try:
        first = await pool.run(os.getpid)
        with pytest.raises(ParseAbortedError, match="more than 8 MB"):
            await pool.run(job(SLOW))
        assert not alive(first)
        assert await titles(pool) == ["DeepSeek ships R2"]
    finally:
        await pool.close()


async def test_a_worker_whose_memory_grew_is_replaced_after_its_answer() -> None:
    pool = ParsePool(limits=Limits(memory_bytes=64 * 2**20))  # grown by a quarter of that: replaced
    try:
        first = await pool.run(os.getpid)
        assert (await pool.run(job(SLOW))).parsed.is_feed  # a result, not an error
        assert not alive(first) and await pool.run(os.getpid) != first
    finally:
        await pool.close()


async def test_code_that_never_returns_to_the_interpreter_meets_the_wall_clock_deadline() -> None:
    pool = ParsePool(wall_seconds=0.3)  # sleeping uses no CPU: only the deadline can stop it
    try:
        first = await pool.run(os.getpid)
        start = time.monotonic()
        with pytest.raises(ParseAbortedError, match=r"more than 0\.3 s"):
            await pool.run(functools.partial(time.sleep, 60))
        assert time.monotonic() - start < 10 and not alive(first)
        assert await titles(pool) == ["DeepSeek ships R2"]
    finally:
        await pool.close()


async def test_a_worker_that_dies_costs_only_its_parse() -> None:
    pool = ParsePool()
    try:
        dying = asyncio.create_task(pool.run(functools.partial(os._exit, 3)))
        assert await titles(pool) == ["DeepSeek ships R2"]  # in the other worker, meanwhile
        with pytest.raises(ParseAbortedError, match=r"died.*exit code 3"):
            await dying
        assert await titles(pool) == ["DeepSeek ships R2"]
    finally:
        await pool.close()


async def test_closing_the_pool_kills_a_parse_in_progress() -> None:
    pool = ParsePool()
    worker = await pool.run(os.getpid)
    running = asyncio.create_task(pool.run(functools.partial(time.sleep, 60)))
    await wait_until(lambda: _sleeping(worker), timeout=10, message="the worker never started the job")
    start = time.monotonic()
    await pool.close()
    assert time.monotonic() - start < 5 and not alive(worker)
    with pytest.raises(ParseAbortedError, match="died"):
        await running


async def test_a_cancelled_parse_kills_its_worker() -> None:
    pool = ParsePool()
    try:
        worker = await pool.run(os.getpid)
        running = asyncio.create_task(pool.run(functools.partial(time.sleep, 60)))
        await wait_until(lambda: _sleeping(worker), timeout=10, message="the worker never started the job")
        running.cancel()
        with pytest.raises(asyncio.CancelledError):
            await running
        await wait_until(lambda: not alive(worker), timeout=5, message="the cancelled parse's worker lives on")
        assert await titles(pool) == ["DeepSeek ships R2"]
    finally:
        await pool.close()


async def test_a_parse_cancelled_while_its_worker_starts_leaves_no_process_behind() -> None:
    pool = ParsePool()
    running = asyncio.create_task(pool.run(os.getpid))
    await wait_until(parse_workers, timeout=10, message="no worker was started")
    running.cancel()
    with pytest.raises(asyncio.CancelledError):
        await running
    await pool.close()
    assert parse_workers() == []


async def test_without_worker_processes_parses_run_in_threads_and_the_log_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    pool = ParsePool()
    try:
        with caplog.at_level(logging.WARNING, logger="watchers.parsepool"):
            assert await titles(pool) == ["DeepSeek ships R2"]
            assert await pool.run(os.getpid) == os.getpid()
        warnings = [r.getMessage() for r in caplog.records if r.name == "watchers.parsepool"]
        assert len(warnings) == 1 and "without CPU or memory limits" in warnings[0], warnings
    finally:
        await pool.close()


def parse_workers() -> list[int]:
    """The live parse worker processes this process started, found in /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            state, ppid = stat.read_text().rpartition(")")[2].split()[:2]
            command = (stat.parent / "cmdline").read_bytes()
        except (OSError, ValueError):
            continue  # gone meanwhile
        if int(ppid) == os.getpid() and state != "Z" and b"watchers.parseworker" in command:
            found.append(int(stat.parent.name))
    return found


def _sleeping(pid: int) -> bool:
    """The worker is in `time.sleep` (state S) rather than reading a job (also S): told apart by its
    wait channel, which is a pipe or socket read while idle."""
    try:
        with open(f"/proc/{pid}/wchan", encoding="ascii") as handle:
            return "sleep" in handle.read()
    except OSError:
        return False


def test_a_worker_whose_daemon_is_gone_exits_quietly() -> None:
    """A daemon killed (SIGKILL) while its worker starts: the worker finds its socket closed and ends without
    a traceback on the stderr it shares with the daemon's log."""
    import socket
    import subprocess
    from multiprocessing.connection import Connection

    from watchers.parsepool import _WORKER_MAIN

    ours, theirs = socket.socketpair()
    with ours, theirs:
        conn = Connection(os.dup(ours.fileno()))
        conn.send(Limits())
        conn.close()
        ours.close()  # the daemon's end is gone before the worker says READY
        done = subprocess.run([sys.executable, "-c", _WORKER_MAIN, str(theirs.fileno()), *sys.path],
                              pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, capture_output=True, timeout=60,
                              check=False)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode(errors="replace")
