"""A WebSub hub on 127.0.0.1 for tests: takes (un)subscriptions, verifies intent, publishes signed content.

    async with FakeHub() as hub:
        ... hub.url is what a feed advertises as rel="hub" ...
        await hub.publish(topic, body)
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web


def advertise_hub(feed: bytes, hub: str) -> bytes:
    """An RSS document with `<atom:link rel="hub">` in its channel head, as WebSub publishers write it."""
    return feed.replace(b"<channel>", f"<channel><atom:link xmlns:atom='http://www.w3.org/2005/Atom'"
                                      f" rel='hub' href='{hub}'/>".encode(), 1)


@dataclass
class HubSubscription:
    topic: str
    callback: str
    secret: str | None
    lease_seconds: int | None
    verified: bool = False


@dataclass
class HubRequest:
    mode: str
    topic: str
    callback: str
    lease_seconds: int | None


@dataclass
class FakeHub:
    status: int = 202  # what a (un)subscription request is answered with
    grant_lease: int | None = None  # the lease the hub grants instead of the one asked for
    deny: bool = False  # answer with hub.mode=denied instead of verifying
    requests: list[HubRequest] = field(default_factory=list)
    subscriptions: dict[str, HubSubscription] = field(default_factory=dict)  # by callback
    verifications: list[tuple[str, int, str]] = field(default_factory=list)  # (callback, status, body)

    def __post_init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.url = ""

    async def __aenter__(self) -> FakeHub:
        app = web.Application()
        app.router.add_post("/", self._subscribe)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/"
        self._session = aiohttp.ClientSession()
        return self

    async def __aexit__(self, *exc: object) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._session:
            await self._session.close()
        if self._runner:
            await self._runner.cleanup()

    def active(self, topic: str) -> list[HubSubscription]:
        return [s for s in self.subscriptions.values() if s.topic == topic and s.verified]

    def count(self, mode: str) -> int:
        return sum(1 for r in self.requests if r.mode == mode)

    async def _subscribe(self, request: web.Request) -> web.Response:
        form = await request.post()
        mode, topic, callback = str(form.get("hub.mode", "")), str(form.get("hub.topic", "")), \
            str(form.get("hub.callback", ""))
        lease = int(str(form["hub.lease_seconds"])) if "hub.lease_seconds" in form else None
        self.requests.append(HubRequest(mode, topic, callback, lease))
        if self.status != 202:
            return web.Response(status=self.status, text="hub trouble")
        if mode not in ("subscribe", "unsubscribe") or not topic or not callback:
            return web.Response(status=400, text="bad request")
        secret = str(form["hub.secret"]) if "hub.secret" in form else None
        task = asyncio.create_task(self._verify(mode, topic, callback, secret, self.grant_lease or lease))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return web.Response(status=202)

    async def _verify(self, mode: str, topic: str, callback: str, secret: str | None, lease: int | None) -> None:
        assert self._session is not None
        if self.deny:
            params = {"hub.mode": "denied", "hub.topic": topic, "hub.reason": "not allowed here"}
            async with self._session.get(callback, params=params) as resp:
                self.verifications.append((callback, resp.status, await resp.text()))
            return
        challenge = secrets.token_urlsafe(12)
        params = {"hub.mode": mode, "hub.topic": topic, "hub.challenge": challenge}
        if lease:
            params["hub.lease_seconds"] = str(lease)
        async with self._session.get(callback, params=params) as resp:
            body = await resp.text()
            self.verifications.append((callback, resp.status, body))
        if resp.status // 100 != 2 or body != challenge:
            return
        if mode == "subscribe":
            self.subscriptions[callback] = HubSubscription(topic, callback, secret, lease, verified=True)
        else:
            self.subscriptions.pop(callback, None)

    async def publish(self, topic: str, body: bytes, *, content_type: str = "application/rss+xml",
                      secret: str | None = None) -> list[int]:
        """POST `body` to every verified subscriber of `topic`, signed with its secret (or `secret`)."""
        assert self._session is not None
        statuses: list[int] = []
        for sub in self.active(topic):
            headers = {"Content-Type": content_type}
            key = secret if secret is not None else sub.secret
            if key is not None:
                headers["X-Hub-Signature"] = "sha256=" + hmac.new(key.encode(), body, hashlib.sha256).hexdigest()
            async with self._session.post(sub.callback, data=body, headers=headers) as resp:
                statuses.append(resp.status)
        return statuses
