"""A real `python -m bot run` process for tests; its stderr goes to a log file, `running` is set once it says so.

    daemon = DaemonProcess(cfg, log, token=TOKEN)
    await daemon.start()
    await wait_until(daemon.running.is_set, timeout=20)
    assert await daemon.stop(signal.SIGTERM, timeout=10) == 0
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class DaemonProcess:
    def __init__(self, cfg: Path, log: Path, *, token: str | None = None, env: Mapping[str, str] | None = None):
        self.cfg, self.log = cfg, log
        self.env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
        self.env.update(env or {})
        if token:
            self.env["TELEGRAM_BOT_TOKEN"] = token
        self.proc: asyncio.subprocess.Process | None = None
        self.running = asyncio.Event()
        self._reader: asyncio.Task[None] | None = None

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    async def start(self) -> None:
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--config", str(self.cfg), cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=self.env)
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.proc and self.proc.stderr
        with self.log.open("ab") as out:
            async for line in self.proc.stderr:  # ends at EOF, when the process is gone
                out.write(line)
                out.flush()  # tests read the log while the process runs
                if b"newsbot running" in line:
                    self.running.set()

    async def stop(self, sig: signal.Signals, timeout: float) -> int:
        """Send `sig`; the exit code once the process is gone and its log is read to the end."""
        assert self.proc and self._reader
        self.proc.send_signal(sig)
        code = await asyncio.wait_for(self.proc.wait(), timeout)
        await asyncio.wait_for(self._reader, timeout)
        return code

    async def kill_if_running(self) -> None:
        if self.proc and self.proc.returncode is None:
            self.proc.kill()
            await self.proc.wait()
