"""GET /healthz and GET /metrics (and the WebSub callback) on the configured [http] listen address."""

from __future__ import annotations

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


class HealthServer:
    def __init__(self, source: HealthSource, *, routes: Callable[[web.Application], None] | None = None):
        self.source = source
        self.routes = routes  # more endpoints on the same server (the WebSub callback)
        self._runner: web.AppRunner | None = None
        self._at: tuple[str, int] | None = None  # the configured address it listens on
        self.port: int | None = None  # the bound port (differs from the configured one for port 0)

    async def apply(self, http: HttpConfig) -> None:
        """Listen where `[http] listen` says; a new address moves the server, an empty one stops it."""
        if http.host_port == self._at:
            return
        await self.stop()
        if http.host_port is None:
            return
        try:
            await self.start(*http.host_port)
        except OSError as exc:
            log.error("health endpoint %s unavailable: %s", http.listen, exc)
            await self.stop()

    async def start(self, host: str, port: int) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/livez", self._livez)
        app.router.add_get("/metrics", self._metrics)
        if self.routes is not None:
            self.routes(app)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)  # a slow client never holds up exit
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound = self._runner.addresses  # port 0 picks a free port: report the one bound
        self.port = int(bound[0][1]) if bound else port
        self._at = (host, port)

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
