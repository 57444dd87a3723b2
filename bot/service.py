"""The composition root: builds every part from one Config and owns the start and stop order.

    async with Service(config) as service:
        await service.run(stop)

Each long-lived part takes a new config through its own `apply`; `apply_config` is the list of those calls.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import random
import time
from collections.abc import Callable, Mapping
from contextlib import AsyncExitStack
from types import TracebackType
from typing import TextIO

from watchers.items import FeedSpec

from .capacity import HostLimit, host_limits
from .chatbook import ChatBook
from .config import Config, ConfigError
from .control import Control
from .delivery import ConsoleSink, RateLimiter, Sender, Sink, TelegramSink
from .feedlist import feeds_for
from .floodgate import FloodGate
from .health import HealthServer, ListenError
from .housekeeping import HOUSEKEEPING_PERIOD, Housekeeping
from .matcher import Matcher
from .menus import Menu, menus
from .metrics import Metrics
from .models import FeedState
from .moves import follow_move
from .notices import Notices
from .pacing import UNLIMITED, Pace
from .pipeline import Pipeline
from .probe import HEALTH_PARTS, Probe
from .refresh import Refreshed, Refresher
from .reload import ConfigWatcher, keep_restart_keys
from .roles import COMMANDS_TERM, CommandsRole
from .scheduler import FeedScheduler, first_runs
from .sdnotify import Notifier, NotifySettings
from .status import StatusBoard
from .store import StoreError, make_store
from .storewatch import StoreWatch
from .tasks import Tasks
from .telegram_app import TelegramFront, TelegramSettings, build_application, register_handlers
from .watchdog import Watchdog
from .websub import WebSub

log = logging.getLogger(__name__)



class Service:
    def __init__(self, config: Config, *, stdout: TextIO | None = None, clock: Callable[[], float] = time.time,
                 rand: Callable[[], float] = random.random, pace: Pace | None = None,
                 notify: NotifySettings | None = None):
        """`pace`: Telegram's limits (tests scale them down to keep time short); `notify`: systemd's socket and
        watchdog period (`newsbot run` takes them from the environment)."""
        self.config, self.clock, self.rand = config, clock, rand
        self.feeds: Mapping[str, FeedSpec] = feeds_for(config)
        self.board = StatusBoard(started_at=clock())
        self.metrics = Metrics()
        self.tasks = Tasks(self.board)
        telegram = config.telegram
        limiter = RateLimiter((pace or Pace()) if telegram.token else UNLIMITED)
        # how long a dead instance's outbox claim blocks its chat: rate-limit waits, the request, a margin
        self.store = make_store(config.storage, claim_ttl=2 * telegram.request_timeout + 10, pace=limiter.pace)
        self.chats = ChatBook(config, self.store, clock=clock)
        self.pipeline = Pipeline(self.store, matcher=Matcher(config.watchlist), routing=self.chats.routing,
                                 floods=FloodGate())
        self.websub = WebSub(config.websub, self.store, on_push=self.push, on_fallback=self._push_lost, clock=clock,
                             max_bytes=config.polling.max_bytes)
        self.refresher = Refresher(config, self.feeds, self.pipeline, clock=clock, rand=rand, metrics=self.metrics,
                                   pushed=self.websub.pushed)
        self.scheduler = FeedScheduler(self.poll, board=self.board, jitter=config.polling.jitter, clock=clock,
                                       rand=rand, max_running=_max_running(config))
        self.telegram = TelegramFront(build_application(TelegramSettings(
            telegram.token, telegram.api_base_url, telegram.request_timeout)), _menus(config)) \
            if telegram.token else None
        self.sink: Sink = TelegramSink(self.telegram.app.bot, link_preview=telegram.link_preview) \
            if self.telegram else ConsoleSink(stdout)
        self.sender = Sender(self.store, self.sink, topic_names=self._topic_names, limiter=limiter,
                             on_undeliverable=self._on_undeliverable, clock=clock, rand=rand, metrics=self.metrics,
                             quiet=self.chats.is_quiet, timezone=self.chats.timezone)
        self.notices = Notices(config, self.store, kick=self.sender.kick, clock=clock, send_now=self.sender.send_now)
        self.storewatch = StoreWatch(self.store, self.notices, self.metrics)
        self.limits: tuple[HostLimit, ...] = ()
        self._check_limits()
        self.probe = Probe(self.board, self.store, feeds=lambda: self.feeds, next_runs=self.scheduler.next_run_times,
                           clock=clock, metrics=self.metrics, sender=self.sender.stats, samples=self.websub.samples,
                           limits=lambda: self.limits, problems=self._problems)
        self.config_watcher = ConfigWatcher(config, apply=self.apply_config, report=self._config_rejected) \
            if config.path else None
        self.control = Control(config, store=self.store, chats=self.chats, probe=self.probe, kick=self.sender.kick,
                               reload=self._reload, clock=clock)
        if self.telegram:
            register_handlers(self.telegram.app, self.control)
        self.health = HealthServer(self.probe, routes=self.websub.add_routes)
        self.housekeeping = Housekeeping(config, self.store, self.pipeline.index, clock=clock)
        notify = notify or NotifySettings()
        self.watchdog = Watchdog(Notifier(notify.address), period=notify.watchdog_period, board=self.board,
                                 parts=HEALTH_PARTS, describe=self._describe)
        self._exit = AsyncExitStack()
        self._polling: set[str] = set()

    async def __aenter__(self) -> Service:
        """Open the parts in order; leaving closes them in reverse, whatever happened in between."""
        async with AsyncExitStack() as stack:
            await self.store.open()
            stack.push_async_callback(self.store.close)
            await self._lost_before()
            await self.chats.load()
            await self.pipeline.load_index(self.clock())
            await self.websub.open()
            stack.push_async_callback(self.websub.close)
            await stack.enter_async_context(self.refresher)
            stack.push_async_callback(self.tasks.stop)
            self._exit = stack.pop_all()
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        self.scheduler.shutdown()
        await self._exit.aclose()

    async def run(self, stop: asyncio.Event) -> None:
        """The daemon: schedule polls, deliver, answer commands, watch the config, until `stop` is set.
        Raises ListenError, before anything starts, when `[http] listen` cannot be listened on."""
        await self.health.apply(self.config.http)  # first: a taken port stops the start, not a running daemon
        states = await self.store.feed_states()
        self.refresher.resume(states)
        _settle_heap()
        self.scheduler.start()
        self.scheduler.sync(self.feeds.values(), first_runs=self._first_runs(states))
        self.tasks.spawn("sender", self.sender.run)
        if self.telegram:
            telegram = self.telegram
            role = CommandsRole(self.store, holding=telegram.ready.is_set, clock=self.clock) if self.store.shared \
                else None
            self.tasks.spawn("telegram", lambda: telegram.run(stop, may_listen=role, recheck=COMMANDS_TERM / 3))
        if self.store.shared:
            self.tasks.spawn("chat-settings", self.chats.follow)
        if self.config_watcher:
            self.tasks.spawn("config-watcher", self.config_watcher.run)
        self.scheduler.every("housekeeping", HOUSEKEEPING_PERIOD, self.housekeeping.step)
        self.scheduler.every("capacity", 60.0, self._recheck_limits)
        self.tasks.spawn("store-watch", self.storewatch.run)
        self.tasks.spawn("websub", self.websub.run)
        if self.config.websub.callback_url and not self.config.http.host_port:
            log.error("[websub] callback_url is set but [http] listen is empty: push is off")
        log.info("newsbot running: %d feeds, %s, store %s%s", len(self.feeds),
                 f"{len(self.config.telegram.chat_ids)} chat(s)" if self.telegram else "console output",
                 self.store.describe, f" (shared; this instance is {self.store.owner})" if self.store.shared else "")
        self.watchdog.ready()
        if self.watchdog.wanted:
            self.tasks.spawn("watchdog", self.watchdog.run)
        await stop.wait()
        log.info("stopping")
        self.watchdog.stopping()
        self.scheduler.shutdown()
        await self.tasks.stop()
        await self.health.stop()
        if self.telegram:
            await self.telegram.close()

    async def run_once(self, *, send_deadline: float = 60.0) -> bool:
        """Poll every feed once, deliver what matched; True when everything due was delivered."""
        await self.store.recover_in_flight()
        urls = iter(list(self.feeds))

        async def polls() -> None:  # one of at most `_max_running` pollers taking the next feed in turn
            for url in urls:
                await self.poll(url)
        # not one task per feed: 10,000 parked polls would hold ~60 MB of coroutine frames for nothing
        await asyncio.gather(*(polls() for _ in range(min(_max_running(self.config), len(self.feeds)))))
        return await self.sender.send_all(deadline=self.clock() + send_deadline)

    def reload_now(self) -> None:
        """SIGHUP: read the config file now."""
        if self.config_watcher is not None:
            self.tasks.background("reload", self.config_watcher.check(force=True))

    def _problems(self) -> list[str]:
        """What keeps every alert from going out until someone acts."""
        found = [self.storewatch.problem, self.sender.fatal, self.telegram.fatal if self.telegram else None]
        return list(dict.fromkeys(p for p in found if p))

    def _describe(self) -> str:
        """systemd's STATUS= line (`systemctl status newsbot`)."""
        problems = self._problems()
        return f"{len(self.feeds)} feeds" + (f"; {problems[0]}" if problems else "; running")

    def _check_limits(self) -> None:
        """Say once which limits poll some feeds late (at start, at each config, and every minute, as the
        measured time of a request tells what the concurrency limits let through)."""
        p = self.config.polling
        limits = host_limits(self.feeds.values(), host_gap=p.host_gap, per_host=p.per_host,
                             max_concurrency=p.max_concurrency, request_seconds=self.refresher.fetcher.request_seconds)
        said = {(limit.host, limit.setting) for limit in self.limits}
        for limit in limits:
            if (limit.host, limit.setting) not in said:
                log.warning("interval cannot be kept: %s", limit)
        self.limits = limits

    async def _recheck_limits(self) -> None:
        self._check_limits()

    async def apply_config(self, new: Config) -> None:
        """A valid edit of the config file: every part takes what concerns it."""
        new, restart = keep_restart_keys(self.config, new)
        if restart:
            log.warning("%s: changes need a restart; keeping the running values", ", ".join(restart))
        for warning in new.warnings:
            if warning not in self.config.warnings:  # said at start or at the edit that caused it, not again
                log.warning("%s", warning)
        self.config, self.feeds = new, feeds_for(new)
        self._check_limits()
        self.chats.apply(new)
        await self.pipeline.apply(new)
        await self.refresher.apply(new, self.feeds)
        self.websub.apply(new)
        self.notices.apply(new)
        self.housekeeping.apply(new)
        self.control.apply(new)
        if isinstance(self.sink, TelegramSink):
            self.sink.apply(new.telegram.link_preview)
        if self.telegram:
            self.tasks.background("command-menus", self.telegram.set_menus(_menus(new)))
        try:
            await self.health.apply(new.http)
        except ListenError as exc:  # a reload never stops the daemon: the endpoint stays where it was
            log.error("config edit: %s; the endpoint stays at %s", exc, self.health.listening or "off")
            await self.notices.tell(f"⚠️ {exc}. /healthz and /metrics stay at {self.health.listening or 'off'}.")
        self.scheduler.apply(new.polling.jitter, _max_running(new))
        added, removed = self.scheduler.sync(self.feeds.values(),
                                             first_runs=self._first_runs(await self.store.feed_states()))
        for url in removed:
            self.refresher.forget(url)
            self.tasks.background("websub-drop", self.websub.drop(url))
        log.info("config applied: %d feeds (+%d, -%d)", len(self.feeds), len(added), len(removed))

    # -- one poll: the scheduler's job -------------------------------------------------------------

    async def poll(self, url: str) -> None:
        """Refresh one feed and apply what it decided. Never raises: a bad feed must not hurt the others."""
        spec = self.feeds.get(url)
        if spec is None or url in self._polling:
            return
        self._polling.add(url)
        try:
            self._apply(spec, await self.refresher.refresh(spec))
        except asyncio.CancelledError:
            if not self.board.alive("scheduler"):  # the scheduler cancels polls in flight on stop: a normal end
                return
            raise
        except StoreError as exc:  # not recorded, so nothing of it is lost: the feed is read again later
            self.metrics.errors["store"] += 1
            if self.store.fault is None:
                log.warning("poll of %s not recorded; retrying later: %s", url, exc)
            else:  # said once by the store watch, not once per poll
                log.debug("poll of %s not recorded: %s", url, exc)
            p = self.config.polling
            self.scheduler.next_run(url, self.clock() + max(p.retry_base, p.min_interval))
        except Exception:
            log.exception("poll of %s crashed; retrying later", url)
            self.metrics.errors["internal"] += 1
            p = self.config.polling
            self.scheduler.next_run(url, self.clock() + max(p.retry_base, p.min_interval))
        finally:
            self._polling.discard(url)

    async def push(self, feed_url: str, body: bytes, content_type: str | None) -> None:
        spec = self.feeds.get(feed_url)
        if spec is not None:
            self._apply(spec, await self.refresher.push(spec, body, content_type))

    def _apply(self, spec: FeedSpec, done: Refreshed) -> None:
        if done.next_at is not None:
            self.scheduler.next_run(spec.url, done.next_at)
        if done.new_stories:
            self.sender.kick()
        for text in done.notices:
            self.tasks.background("notice", self.notices.tell(text))
        if done.moved_to:
            self.tasks.background("feed-moved", self._feed_moved(spec, done.moved_to))
        if done.consider_hub and self.websub.enabled and (done.hub is not None or self.websub.known(spec.url)):
            self.tasks.background("websub-subscribe", self.websub.consider(spec, done.hub))

    async def _feed_moved(self, spec: FeedSpec, new_url: str) -> None:
        updated, notice = await follow_move(self.config, spec, new_url)
        await self.notices.tell(notice)
        if updated:
            await self._reload()  # the edited file is the config from now on

    def _push_lost(self, feed_url: str) -> None:
        """The hub stopped pushing: poll soon, then at the feed's own interval."""
        spec = self.feeds.get(feed_url)
        if spec is not None:
            self.scheduler.next_run(feed_url, self.clock() + self.rand() * min(30.0, spec.interval / 10))

    async def _lost_before(self) -> None:
        """A new store where a lost one lived: the first polls record without alerting (Pipeline.baseline_quietly)."""
        why = self.store.replaces_lost
        if why is None or not self.feeds:
            return
        self.pipeline.baseline_quietly(self.feeds)
        log.warning("%s: the first poll of each of the %d feeds records its items without alerting them",
                    why, len(self.feeds))
        await self.notices.tell(f"⚠️ {why}. The state it held is gone; so that what was alerted before is not "
                                f"alerted again, the first poll of each of the {len(self.feeds)} feeds records "
                                "its items without alerting.")

    def _first_runs(self, states: Mapping[str, FeedState]) -> dict[str, float]:
        return first_runs(self.feeds, states, now=self.clock(), rand=self.rand)

    # -- the rest of the daemon's duties -----------------------------------------------------------

    async def _reload(self) -> None:
        if self.config_watcher is not None:
            await self.config_watcher.check()

    async def _config_rejected(self, err: ConfigError) -> None:
        await self.notices.tell(f"⚠️ Config edit rejected; still running the previous config.\n{err}")

    def _topic_names(self) -> dict[str, str]:
        return {t.id: t.name for t in self.config.watchlist.topics}

    def _on_undeliverable(self, chat_id: int, reason: str) -> None:
        if chat_id not in self.config.telegram.admin_ids:
            self.tasks.background("notice", self.notices.tell(f"⚠️ Chat {chat_id} cannot receive alerts: {reason}"))


def _max_running(config: Config) -> int:
    """Polls started at once: those holding a fetch slot, as many again past it (matching, the commit)
    or about to take one; a feed due beyond that waits in the scheduler's heap, not as a parked task."""
    return 2 * config.polling.max_concurrency


def _menus(config: Config) -> tuple[Menu, ...]:
    """Telegram's command menus for the chats and admins of `config`."""
    return menus((route.chat_id for route in config.routes), config.telegram.admin_ids)


def _settle_heap() -> None:
    """What the start loaded (the story index, the watchlist's matcher, the feed states) lives as long as
    the process: frozen, it is no longer walked by every full collection, which otherwise pauses the
    event loop for tens of milliseconds with 10,000 stories. Reference counting still frees what goes."""
    gc.collect()
    gc.freeze()
