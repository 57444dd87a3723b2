"""WebSub subscriptions: subscribe feeds that name a hub, answer the hub's callbacks, renew leases.

A pushed feed is still polled, only rarely (`[websub] poll_interval`); when the hub denies, fails or
lets the lease lapse, the feed falls back to its normal interval. State lives in the store so any
instance can answer a callback and a restart keeps the subscriptions.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiohttp
from aiohttp import web
from yarl import URL

from watchers.http import client_session
from watchers.items import FeedSpec, HubLinks
from watchers.netguard import PRIVATE_OK, private_host
from watchers.websub import WebSubError, request_subscription, signature_ok

from .config import Config, WebSubConfig
from .metrics import Sample
from .models import Subscription
from .store import StoreAPI, StoreError

log = logging.getLogger(__name__)

PushHandler = Callable[[str, bytes, "str | None"], Awaitable[None]]
_RETRY_BASE, _RETRY_MAX = 300.0, 6 * 3600.0
_DENIED_RETRY = 24 * 3600.0
HUB_TIMEOUT = 20.0  # seconds a hub has to answer a (un)subscription request


@dataclass
class WebSubStats:
    pushes: int = 0
    bad_signatures: int = 0


class WebSub:
    def __init__(self, config: WebSubConfig, store: StoreAPI, *, on_push: PushHandler,
                 on_fallback: Callable[[str], None], clock: Callable[[], float], max_bytes: int):
        self.config = config
        self.store = store
        self.on_push = on_push
        self.on_fallback = on_fallback  # the feed lost push: poll it at its normal interval again
        self.clock = clock
        self.max_bytes = max_bytes
        self.stats = WebSubStats()
        self._subs: dict[str, Subscription] = {}
        self._session: aiohttp.ClientSession | None = None
        self._requests: set[str] = set()  # feeds with a hub request in flight
        self._changed = asyncio.Event()  # a subscription changed: the renewal timer may be sooner now

    def apply(self, config: Config) -> None:
        self.config = config.websub
        self.max_bytes = config.polling.max_bytes

    def samples(self, now: float) -> tuple[Sample, ...]:
        return (Sample("newsbot_websub_pushed_feeds", "Feeds a WebSub hub pushes (polled only every "
                       "[websub] poll_interval).", "gauge", self.live_count(now)),
                Sample("newsbot_websub_bad_signatures_total", "Pushes refused for a missing or wrong "
                       "X-Hub-Signature.", "counter", self.stats.bad_signatures))

    @property
    def enabled(self) -> bool:
        return bool(self.config.callback_url)

    async def open(self) -> None:
        self._subs = await self.store.subscriptions()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def pushed(self, feed_url: str, now: float) -> bool:
        sub = self._subs.get(feed_url)
        return sub is not None and sub.live(now)

    def live_count(self, now: float) -> int:
        return sum(1 for sub in self._subs.values() if sub.live(now))

    def known(self, feed_url: str) -> bool:
        return feed_url in self._subs

    def next_check_in(self, now: float) -> float:
        """Seconds until `maintain` has something to do: a renewal, a retry, a verification timeout."""
        due = [now + 60.0]
        for sub in self._subs.values():
            if sub.state == "active" and sub.lease_until is not None:
                due.append(self._renew_at(sub))
            elif sub.state in ("requested", "unsubscribing"):
                due.append(sub.requested_at + self.config.verify_timeout)
            elif sub.retry_at is not None:
                due.append(sub.retry_at)
        return min(60.0, max(0.5, min(due) - now))

    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/websub/{token}", self._verify)
        app.router.add_post("/websub/{token}", self._content)

    # -- subscribing --------------------------------------------------------------------------------

    async def consider(self, spec: FeedSpec, hub: HubLinks | None) -> None:
        """After a poll that read the feed: subscribe where a hub is offered and we are not subscribed."""
        if not self.enabled:
            return
        now = self.clock()
        sub = self._subs.get(spec.url)
        if hub is None:
            if sub is not None and sub.state != "unsubscribing":
                log.info("feed %s no longer names a WebSub hub; polling it again", spec.url)
                await self._forget(sub)
            return
        if sub is not None and (sub.hub, sub.topic) == (hub.hub, hub.topic):
            if sub.state in ("requested", "active", "unsubscribing"):
                return
            if sub.retry_at is not None and sub.retry_at > now:
                return
        await self._subscribe(spec.url, hub, sub if sub and (sub.hub, sub.topic) == (hub.hub, hub.topic) else None)

    async def run(self) -> None:
        """Renewals and retries for as long as the service runs."""
        while True:
            try:
                await self.maintain()
            except StoreError as exc:  # a full disk is said once by the store watch; this only waits
                log.log(logging.DEBUG if self.store.fault else logging.WARNING,
                        "WebSub maintenance waits for the store: %s", exc)
            except Exception:
                log.exception("WebSub maintenance failed; trying again")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), timeout=self.next_check_in(self.clock()))

    async def maintain(self) -> None:
        """Renew leases before they run out, retry failed hubs, give up on hubs that never verified."""
        if not self.enabled:
            return
        self._subs = await self.store.subscriptions()  # every instance: what is pushed may change elsewhere
        now = self.clock()
        if not await self.store.lease_role("websub", now=now, ttl=180.0):
            return  # on a shared database one instance renews; the others only answer callbacks
        for sub in list(self._subs.values()):
            links = HubLinks(sub.hub, sub.topic)
            if sub.state == "active" and (sub.lease_until is None or sub.lease_until <= now):
                await self._failed(sub, f"the lease from hub {sub.hub} ran out before it was renewed")
            elif sub.state == "active" and now >= self._renew_at(sub):
                await self._subscribe(sub.feed_url, links, sub)
            elif sub.state == "requested" and now - sub.requested_at > self.config.verify_timeout:
                await self._failed(sub, f"hub {sub.hub} did not verify the subscription within "
                                        f"{self.config.verify_timeout:g}s")
            elif sub.state == "unsubscribing" and now - sub.requested_at > self.config.verify_timeout:
                await self._delete(sub.feed_url)  # the hub never confirmed; its pushes get 410 anyway
            elif sub.state in ("failed", "denied") and sub.retry_at is not None and sub.retry_at <= now:
                await self._subscribe(sub.feed_url, links, sub)

    @staticmethod
    def _renew_at(sub: Subscription) -> float:
        """A tenth of the lease before it ends, at least five minutes (half of a short lease)."""
        assert sub.lease_until is not None
        lease = max(1.0, sub.lease_until - (sub.verified_at or sub.requested_at))
        return sub.lease_until - max(min(300.0, lease / 2), lease / 10)

    async def drop(self, feed_url: str) -> None:
        """The feed left the config: ask the hub to stop (best effort) and forget the subscription."""
        sub = self._subs.get(feed_url)
        if sub is not None:
            await self._forget(sub)

    async def _subscribe(self, feed_url: str, hub: HubLinks, old: Subscription | None) -> None:
        if feed_url in self._requests:
            return
        self._requests.add(feed_url)
        try:
            now = self.clock()
            # a renewal keeps token and secret: pushes signed with them may still be on their way
            sub = Subscription(feed_url=feed_url, hub=hub.hub, topic=hub.topic,
                               token=old.token if old else secrets.token_urlsafe(18),
                               secret=old.secret if old else secrets.token_hex(32),
                               state="active" if old and old.live(now) else "requested", requested_at=now,
                               lease_until=old.lease_until if old else None,
                               verified_at=old.verified_at if old else None, failures=old.failures if old else 0)
            await self._save(sub)  # before asking: the hub may call back before its answer arrives
            inside = _inside(feed_url)
            if not inside and private_host(URL(hub.hub).host or ""):
                await self._failed(sub, f"hub {hub.hub} is a private address; a public feed may not send us there")
                return
            token = PRIVATE_OK.set(inside)  # the resolver then drops private answers for a public feed's hub
            try:
                await request_subscription(self._http(), hub, callback=self.callback_for(sub), secret=sub.secret,
                                           lease_seconds=self.config.lease_seconds)
            except WebSubError as exc:
                await self._failed(sub, str(exc))
                return
            finally:
                PRIVATE_OK.reset(token)
            log.info("asked hub %s to push %s", hub.hub, feed_url)
        finally:
            self._requests.discard(feed_url)

    async def _failed(self, sub: Subscription, error: str) -> None:
        failures = sub.failures + 1
        retry = min(_RETRY_MAX, _RETRY_BASE * 2 ** (failures - 1))
        log.warning("WebSub for %s failed (%s); polling it, next try in %.0fs", sub.feed_url, error, retry)
        was_live = sub.state == "active"
        await self._save(dataclasses.replace(sub, state="failed", failures=failures, last_error=error[:500],
                                             retry_at=self.clock() + retry, lease_until=None))
        if was_live:
            self.on_fallback(sub.feed_url)

    async def _forget(self, sub: Subscription) -> None:
        was_live = sub.live(self.clock())
        await self._save(dataclasses.replace(sub, state="unsubscribing", lease_until=None, requested_at=self.clock()))
        if was_live:
            self.on_fallback(sub.feed_url)
        token = PRIVATE_OK.set(_inside(sub.feed_url))
        try:
            await request_subscription(self._http(), HubLinks(sub.hub, sub.topic), callback=self.callback_for(sub),
                                       secret=None, lease_seconds=None, mode="unsubscribe")
        except WebSubError as exc:  # nothing will confirm it: forget now; stray pushes then get 410
            log.info("unsubscribing %s: %s", sub.feed_url, exc)
            await self._delete(sub.feed_url)
        finally:
            PRIVATE_OK.reset(token)

    async def _delete(self, feed_url: str) -> None:
        await self.store.delete_subscription(feed_url)
        self._subs.pop(feed_url, None)

    def callback_for(self, sub: Subscription) -> str:
        return self.config.callback_url.rstrip("/") + "/" + sub.token

    async def _save(self, sub: Subscription, *, reschedule: bool = True) -> None:
        await self.store.save_subscription(sub)
        self._subs[sub.feed_url] = sub
        if reschedule:  # renewal times may have moved: let `run` recompute its wait
            self._changed.set()

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = client_session(user_agent="newsbot (WebSub subscriber)", timeout=HUB_TIMEOUT, limit=4)
        return self._session

    # -- the hub calls us -----------------------------------------------------------------------------

    async def _verify(self, request: web.Request) -> web.Response:
        """Verification of intent: echo the challenge only for what we asked for."""
        token = request.match_info["token"]
        q = request.query
        sub = await self.store.subscription_by_token(token)
        mode, topic = q.get("hub.mode", ""), q.get("hub.topic", "")
        if sub is None or topic != sub.topic:
            return web.Response(status=404, text="unknown subscription")
        now = self.clock()
        if mode == "denied":
            log.warning("hub %s denied the subscription to %s: %s", sub.hub, sub.feed_url, q.get("hub.reason", ""))
            await self._save(dataclasses.replace(sub, state="denied", lease_until=None, retry_at=now + _DENIED_RETRY,
                                                 last_error=f"denied: {q.get('hub.reason', '')}"[:500]))
            self.on_fallback(sub.feed_url)
            return web.Response(text="ok")
        challenge = q.get("hub.challenge", "")
        if not challenge:
            return web.Response(status=400, text="hub.challenge missing")
        if mode == "unsubscribe" and sub.state == "unsubscribing":
            await self._delete(sub.feed_url)
            return web.Response(text=challenge)
        if mode != "subscribe" or sub.state not in ("requested", "active"):
            return web.Response(status=404, text="not requested")
        try:
            lease = float(q.get("hub.lease_seconds") or self.config.lease_seconds)
        except ValueError:
            return web.Response(status=400, text="bad hub.lease_seconds")
        await self._save(dataclasses.replace(sub, state="active", lease_until=now + lease, verified_at=now,
                                             failures=0, retry_at=None, last_error=None))
        log.info("WebSub active for %s (lease %.0fs)", sub.feed_url, lease)
        return web.Response(text=challenge)

    async def _content(self, request: web.Request) -> web.Response:
        """Content distribution: signed by the hub, processed like a poll before we answer."""
        token = request.match_info["token"]
        sub = await self.store.subscription_by_token(token)
        if sub is None or sub.state == "unsubscribing":
            return web.Response(status=410, text="no such subscription")
        body = b"" if (request.content_length or 0) > self.max_bytes else \
            await request.content.read(self.max_bytes + 1)
        if (not body and (request.content_length or 0) > self.max_bytes) or len(body) > self.max_bytes:
            too_large = web.Response(status=413, text="too large")
            too_large.force_close()  # do not linger reading the rest
            return too_large
        if not signature_ok(sub.secret, request.headers.get("X-Hub-Signature"), body):
            # the spec: acknowledge, but ignore content whose signature does not match
            self.stats.bad_signatures += 1
            log.warning("ignored a push for %s with a missing or wrong X-Hub-Signature", sub.feed_url)
            return web.Response(status=202)
        self.stats.pushes += 1
        try:
            await self._save(dataclasses.replace(sub, last_push_at=self.clock()), reschedule=False)
            await self.on_push(sub.feed_url, body, request.headers.get("Content-Type"))
        except asyncio.CancelledError:
            raise
        except StoreError as exc:  # a full disk: the hub sends it again, or the next poll reads the feed
            log.warning("a push for %s was not recorded: %s", sub.feed_url, exc)
            return web.Response(status=503, text="try again")
        except Exception:
            log.exception("processing a push for %s failed", sub.feed_url)
            return web.Response(status=500, text="try again")
        return web.Response(status=204)


def _inside(feed_url: str) -> bool:
    """A feed the operator put on a private address may have its hub there too; a public one may not."""
    return private_host(URL(feed_url).host or "")
