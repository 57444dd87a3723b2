"""GET /healthz and GET /metrics on the configured [http] listen address."""

from __future__ import annotations

import json
from typing import Any, Protocol

from aiohttp import web


class HealthSource(Protocol):
    async def health(self) -> tuple[bool, dict[str, Any]]: ...
    async def metrics_text(self) -> str: ...


class HealthServer:
    def __init__(self, source: HealthSource):
        self.source = source
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    async def start(self, host: str, port: int) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        sockets = site._server.sockets if site._server else []  # noqa: SLF001 - port 0 needs the bound port
        self.port = sockets[0].getsockname()[1] if sockets else port

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()
            self._runner = None

    async def _healthz(self, request: web.Request) -> web.Response:
        ok, body = await self.source.health()
        return web.Response(status=200 if ok else 503, content_type="application/json",
                            text=json.dumps(body, ensure_ascii=False, default=str))

    async def _metrics(self, request: web.Request) -> web.Response:
        return web.Response(text=await self.source.metrics_text(), content_type="text/plain", charset="utf-8",
                            headers={"X-Content-Type-Options": "nosniff"})
