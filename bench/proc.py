"""Small helpers shared by the benchmark's processes: /proc figures and the JSON-lines child protocol.

A measured process (bench/newsbot_driver.py, bench/naive.py) reads one JSON command per stdin line and
answers with one JSON line on stdout; bench/bench.py drives it with `Child`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any


def memory_kib(pid: int | str = "self") -> dict[str, int]:
    """VmRSS (now) and VmHWM (peak) of a process, in KiB."""
    out: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":", 1)
                out[key] = int(value.split()[0])
    except (OSError, ValueError):
        pass
    return out


def cpu_seconds(pid: int | str = "self") -> float:
    """User + system CPU of a process (all its threads), from /proc/PID/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(pid: int) -> float:
    """CPU of a process, of its live descendants (newsbot's parse workers) and of its children that ended."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += cpu_seconds(current) + _reaped_seconds(current)
        todo.extend(children.get(current, ()))
    return total


def _reaped_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def reply(doc: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(doc) + "\n")
    sys.stdout.flush()


class Child:
    """A child process spoken to in JSON lines. Every wait is bounded; `close` always ends it."""

    def __init__(self, argv: list[str], *, log: Path, cwd: Path | None = None):
        self.log = open(log, "w", encoding="utf-8")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log,
                                     text=True, encoding="utf-8", cwd=cwd, bufsize=1)
        self.pid = self.proc.pid

    def read(self, timeout: float) -> dict[str, Any]:
        """The next JSON line, or RuntimeError after `timeout` seconds or when the child died."""
        box: list[str] = []
        reader = threading.Thread(target=lambda: box.append(self.proc.stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        if not box:
            raise RuntimeError(f"child {self.pid} gave no answer within {timeout:.0f}s (log: {self.log.name})")
        if not box[0]:
            raise RuntimeError(f"child {self.pid} exited with {self.proc.wait(5)} (log: {self.log.name})")
        return json.loads(box[0])

    def send(self, **command: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()

    def answer(self, timeout: float) -> dict[str, Any]:
        answer = self.read(timeout)
        if "error" in answer:
            raise RuntimeError(f"child {self.pid}: {answer['error']} (log: {self.log.name})")
        return answer

    def call(self, timeout: float, **command: Any) -> dict[str, Any]:
        self.send(**command)
        return self.answer(timeout)

    def close(self, timeout: float = 20.0) -> int | None:
        """Close stdin (the child's cue to stop), then SIGTERM, then SIGKILL."""
        try:
            if self.proc.stdin and not self.proc.stdin.closed:
                self.proc.stdin.close()
        except OSError:
            pass
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)  # bounded wait for a child to exit
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()
        return self.proc.returncode
