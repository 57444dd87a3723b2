"""GET /healthz and GET /metrics (and the WebSub callback) on the configured [http] listen address."""

from __future__ import annotations

import errno
import json
import logging
from collections.abc import Callable
from typing import Any, Protocol

from aiohttp import web

from .config import HttpConfig

log = logging.getLogger(__name__)


class HealthSource(Protocol):
    async def health(self) -> tuple[bool, dict[str, Any]]: ...
    async def metrics_page(self) -> tuple[bytes, str]: ...


class ListenError(Exception):
    """`[http] listen` names an address this daemon cannot listen on (fatal at start; kept out of a reload)."""


class HealthServer:
    def __init__(self, source: HealthSource, *, routes: Callable[[web.Application], None] | None = None):
        self.source = source
        self.routes = routes  # more endpoints on the same server (the WebSub callback)
        self._runner: web.AppRunner | None = None
        self._at: tuple[str, int] | None = None  # the configured address it listens on
        self.port: int | None = None  # the bound port (differs from the configured one for port 0)

    @property
    def listening(self) -> str | None:
        """host:port it listens on, as bound."""
        if self._at is None or self.port is None:
            return None
        host = self._at[0]
        return f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}"

    async def apply(self, http: HttpConfig) -> None:
        """Listen where `[http] listen` says; a new address moves the server, an empty one stops it.

        An address that cannot be listened on raises ListenError and leaves the server where it was: the new
        listener opens before the old one closes (when the old one may hold the very port, another host on the
        same port, after it closes, and the old one opens again if the new one cannot)."""
        at, old = http.host_port, self._at
        if at == old:
            return
        if at is None:
            await self.stop()
            return
        try:
            opened = await self._open(*at)
        except OSError as exc:
            if old is None or old[1] != at[1] or exc.errno != errno.EADDRINUSE:
                raise _listen_error(http.listen, exc) from exc
            await self.stop()  # 127.0.0.1:8787 -> 0.0.0.0:8787: our own listener may hold the port
            try:
                opened = await self._open(*at)
            except OSError as again:
                await self._reopen(old)
                raise _listen_error(http.listen, again) from again
        await self.stop()
        (self._runner, self.port), self._at = opened, at

    async def _reopen(self, at: tuple[str, int]) -> None:
        try:
            (self._runner, self.port), self._at = await self._open(*at), at
        except OSError as exc:
            log.error("health endpoint: cannot listen again on %s:%d either (%s): it is off until [http] listen "
                      "changes", *at, exc)

    async def _open(self, host: str, port: int) -> tuple[web.AppRunner, int]:
        """A listening server and its bound port (port 0 picks a free one)."""
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/livez", self._livez)
        app.router.add_get("/metrics", self._metrics)
        if self.routes is not None:
            self.routes(app)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)  # a slow client never holds up exit
        await runner.setup()
        try:
            await web.TCPSite(runner, host, port).start()
        except BaseException:
            await runner.cleanup()
            raise
        bound = runner.addresses
        return runner, int(bound[0][1]) if bound else port

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()
            self._runner = None
        self._at, self.port = None, None

    async def _healthz(self, request: web.Request) -> web.Response:
        ok, body = await self.source.health()
        return web.Response(status=200 if ok else 503, content_type="application/json",
                            text=json.dumps(body, ensure_ascii=False, default=str))

    async def _livez(self, request: web.Request) -> web.Response:
        """Liveness: the process answers (restart it if not). /healthz is readiness: can alerts go out?"""
        return web.Response(text="alive\n", content_type="text/plain")

    async def _metrics(self, request: web.Request) -> web.Response:
        body, content_type = await self.source.metrics_page()
        return web.Response(body=body, headers={"Content-Type": content_type, "X-Content-Type-Options": "nosniff"})


def _listen_error(listen: str, exc: OSError) -> ListenError:
    why = {errno.EADDRINUSE: "it is already in use (by another process, or another newsbot)",
           errno.EADDRNOTAVAIL: "it is not an address of this machine",
           errno.EACCES: "a port below 1024 needs privileges"}.get(exc.errno or 0, str(exc))
    return ListenError(f"cannot listen on {listen} for /healthz and /metrics: {why}; change [http] listen "
                       '(another port, or "" to turn the endpoint off)')
