"""Optional profiling of the measured newsbot process with py-spy (`pip install py-spy`).

bench/bench.py --profile starts `py-spy record` on the driver process around a phase and prints where
the samples fall: by category (parse, match, store, HTTP, scheduler, event loop, ...) and the top
functions by own time. py-spy samples every thread (the event loop, the parse pool, the store thread)
without slowing the process much (--nonblocking). Without py-spy installed, profiling is skipped.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

# First matching rule wins; a frame is "file:function". Order: most specific first.
CATEGORIES = (
    ("parse: feedparser", ("feedparser/", "sgmllib")),
    ("parse: newsbot (parse.py, xmlguard, urls)", ("watchers/parse.py", "watchers/xmlguard.py",
                                                    "watchers/urls.py")),
    ("match (matcher, textnorm)", ("bot/matcher.py", "bot/textnorm.py")),
    ("stories (clustering)", ("bot/stories.py",)),
    ("store (SQLite)", ("bot/store", "sqlite3")),
    ("Telegram (PTB, httpx)", ("telegram/", "httpx/", "httpcore/", "h11/", "anyio/")),
    ("render / delivery", ("bot/render.py", "bot/delivery.py")),
    ("poll bookkeeping (refresh, service, feed state)", ("bot/refresh.py", "bot/service.py", "bot/store/feedstate.py",
                                                         "bot/capacity.py", "bot/metrics.py", "watchers/poller.py")),
    ("scheduler (heap, APScheduler)", ("apscheduler/", "bot/scheduler.py", "tzlocal", "zoneinfo")),
    ("HTTP client (aiohttp, yarl, multidict)", ("aiohttp/", "yarl/", "multidict/", "watchers/http.py")),
    ("logging", ("logging/", "bot/logs.py")),
    ("asyncio loop, threads, futures", ("asyncio/", "concurrent/futures", "threading.py", "selectors.py")),
)


def available() -> bool:
    return shutil.which("py-spy") is not None or (Path(sys.executable).parent / "py-spy").exists()


def _exe() -> str:
    local = Path(sys.executable).parent / "py-spy"
    return str(local) if local.exists() else "py-spy"


class Recording:
    """`py-spy record` of one process until `stop()`; raw (collapsed-stack) output."""

    def __init__(self, pid: int, out: Path, rate: int = 500):
        self.out = out
        self.proc = subprocess.Popen([_exe(), "record", "--pid", str(pid), "--rate", str(rate), "--format", "raw",
                                      "--nonblocking", "--output", str(out)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(0.5)  # let py-spy attach before the phase starts

    def stop(self) -> Path | None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        return self.out if self.out.exists() and self.out.stat().st_size else None


def _frames(stack: str) -> list[str]:
    """'fn (path:line);fn (path:line)' -> ['path:fn', ...] (root first)."""
    out = []
    for frame in stack.split(";"):
        name, _, where = frame.rpartition(" (")
        path = where.rsplit(":", 1)[0] if where else ""
        out.append(f"{path}:{name or frame}")
    return out


# Leaf frames of a thread that waits (py-spy in --nonblocking mode does not always see that it is idle):
# the event loop in epoll_wait, a pool thread waiting for work.
IDLE = ("selectors.py:EpollSelector.select", "concurrent/futures/thread.py:_worker")


def summarize(path: Path, top: int = 12) -> str:
    own: Counter[str] = Counter()
    category: Counter[str] = Counter()
    total = idle = 0
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = _frames(stack)
        if frames[-1].endswith(IDLE):
            idle += n
            continue
        total += n
        own[frames[-1]] += n
        # the category of the innermost frame that belongs to one (the code doing the work)
        for frame in reversed(frames):
            hit = next((name for name, keys in CATEGORIES if any(k in frame for k in keys)), None)
            if hit:
                category[hit] += n
                break
        else:
            category["other"] += n
    if not total:
        return "  (no samples)"
    lines = [(f"  {total} busy samples ({idle} more of threads waiting in epoll or for pool work, left out); "
              "by category (innermost frame that belongs to one):")]
    lines += [f"    {100 * n / total:5.1f}%  {name}" for name, n in category.most_common()]
    lines.append("  top functions by own time:")
    lines += [f"    {100 * n / total:5.1f}%  {_short(name)}" for name, n in own.most_common(top)]
    return "\n".join(lines)


def _short(frame: str) -> str:
    path, _, name = frame.rpartition(":")
    parts = Path(path).parts
    return f"{name}  ({'/'.join(parts[-2:])})"
