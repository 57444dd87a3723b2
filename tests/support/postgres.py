"""A PostgreSQL server for tests: `NEWSBOT_TEST_PG_URL` if set, else a throwaway cluster on 127.0.0.1.

    server = PgServer.start()          # raises PgUnavailable saying why there is none
    url = await server.new_database()  # an empty database per test
    server.stop()

The throwaway cluster comes from the Debian/Ubuntu packages' `initdb`/`pg_ctl` (/usr/lib/postgresql/*/bin,
else PATH); as root they run as user `postgres`, which PostgreSQL insists on. Trust auth, no fsync, a
free port, a socket in the cluster's own directory: nothing outside that directory is touched.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from .ports import free_port

ENV_URL = "NEWSBOT_TEST_PG_URL"


class PgUnavailable(RuntimeError):  # noqa: N818 - names the condition conftest skips on; imported by that name
    """No PostgreSQL server can be used; the message says why."""


@dataclass
class PgServer:
    admin_url: str  # a URL whose user may CREATE DATABASE
    data_dir: Path | None = None  # set when this process started the cluster (and must stop it)
    runas: list[str] = field(default_factory=list)
    pg_ctl: str = ""
    _numbers: itertools.count = field(default_factory=lambda: itertools.count(1))

    @classmethod
    def start(cls) -> PgServer:
        if os.environ.get(ENV_URL):
            server = cls(os.environ[ENV_URL])
            server._check_reachable()
            return server
        initdb, pg_ctl = _binaries()
        # not under pytest's tmp_path: its parents are private to this user, and the server runs as postgres
        tmp = Path(tempfile.mkdtemp(prefix="newsbot-pg-"))
        try:
            return cls._init(tmp, initdb, pg_ctl)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise

    @classmethod
    def _init(cls, tmp: Path, initdb: str, pg_ctl: str) -> PgServer:
        runas: list[str] = []
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise PgUnavailable("running as root and there is no 'postgres' user to run the server as") from None
            runas = ["runuser", "-u", "postgres", "--"]
        if runas:
            shutil.chown(tmp, "postgres")
        data, port = tmp / "data", free_port()
        _run([*runas, initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"], "initdb")
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {tmp} -c fsync=off -c max_connections=200"
        _run([*runas, pg_ctl, "-D", str(data), "-o", options, "-l", str(tmp / "server.log"), "-w", "-t", "30",
              "start"], "pg_ctl start", log=tmp / "server.log")
        return cls(f"postgresql://postgres@127.0.0.1:{port}/postgres", data, runas, pg_ctl)

    def _check_reachable(self) -> None:
        parts = urlsplit(self.admin_url)
        host, port = parts.hostname or "localhost", parts.port or 5432
        try:
            socket.create_connection((host, port), timeout=3).close()
        except OSError as exc:
            raise PgUnavailable(f"{ENV_URL} names {host}:{port}, which does not answer: {exc}") from None

    def stop(self) -> None:
        if self.data_dir is not None:
            subprocess.run([*self.runas, self.pg_ctl, "-D", str(self.data_dir), "-m", "immediate", "stop"],
                           check=False, capture_output=True, timeout=30)  # best effort: the folder goes anyway
            shutil.rmtree(self.data_dir.parent, ignore_errors=True)

    async def new_database(self) -> str:
        """An empty database of its own; returns its URL."""
        name = f"newsbot_test_{os.getpid()}_{next(self._numbers)}"
        con = await asyncpg.connect(self.admin_url, timeout=10)
        try:
            await con.execute(f'DROP DATABASE IF EXISTS "{name}"')
            await con.execute(f'CREATE DATABASE "{name}"')
        finally:
            await con.close()
        parts = urlsplit(self.admin_url)
        return urlunsplit(parts._replace(path="/" + name))


def _binaries() -> tuple[str, str]:
    for bindir in sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: _version(p.parent.name),
                         reverse=True):
        if (bindir / "initdb").exists() and (bindir / "pg_ctl").exists():
            return str(bindir / "initdb"), str(bindir / "pg_ctl")
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        return initdb, pg_ctl
    raise PgUnavailable(f"no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or PATH, "
                        f"and {ENV_URL} is not set (install the Debian package 'postgresql')")


def _version(name: str) -> float:
    try:
        return float(name)
    except ValueError:
        return 0.0


def _run(cmd: list[str], what: str, log: Path | None = None) -> None:
    try:
        done = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=60)  # returncode read below
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PgUnavailable(f"{what} failed: {exc}") from exc
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-800:] if log and log.exists() else ""
        raise PgUnavailable(f"{what} failed ({done.returncode}): {(done.stderr or done.stdout).strip()[-800:]}"
                            f"{' / server log: ' + tail if tail else ''}")
