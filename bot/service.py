"""The composition root: builds every part from one Config and owns the start and stop order."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timezone
from typing import TextIO

from watchers.backoff import next_poll_delay, next_retry_delay
from watchers.http import Fetcher
from watchers.itemcache import ItemCache, SeenItems
from watchers.items import FeedSpec, PollOutcome, Validators
from watchers.poller import poll_feed, push_outcome
from watchers.search import news_search_feeds

from . import config_edit
from .cadence import Cadence
from .config import Config, ConfigError
from .delivery import ConsoleSink, RateLimiter, Sender, Sink, TelegramSink
from .health import HealthServer
from .matcher import Matcher
from .metrics import Metrics
from .control import Control
from .pipeline import Pipeline
from .models import ChatSettings, FeedState
from .routing import ChatRoute, Routing
from .reload import ConfigWatcher
from .scheduler import FeedScheduler
from .store import StoreError, make_store
from .telegram_app import TelegramFront, TelegramSettings, build_application, register_handlers
from .websub import WebSub

log = logging.getLogger(__name__)

CONSOLE_CHAT = 0  # the pseudo chat that stands for stdout when no token is configured
COMMANDS_TERM = 30.0  # shared store: the instance answering commands renews this term every third of it
SETTINGS_REFRESH = 5.0  # shared store: seconds until a chat's /mute, /digest... made elsewhere applies here


def feeds_for(config: Config) -> dict[str, FeedSpec]:
    """The configured feeds plus, when enabled, news-search feeds generated from the watchlist."""
    feeds = {f.url: f for f in config.feeds}
    if config.search.enabled:
        for topic in config.watchlist.topics:
            queries = {lang: terms for lang, terms in topic.search_terms.items() if lang in config.search.languages}
            for spec in news_search_feeds(topic.id, queries, interval=max(config.search.interval,
                                                                          config.polling.min_interval)):
                feeds.setdefault(spec.url, spec)
    return feeds


class Service:
    def __init__(self, config: Config, *, stdout: TextIO | None = None, clock: Callable[[], float] = time.time):
        self.config = config
        self.clock = clock
        self.started_at = clock()
        self.metrics = Metrics()
        limiter = RateLimiter() if config.telegram.token else RateLimiter(per_chat_gap=0, per_group_gap=0,
                                                                          global_per_second=10**9)
        # how long a dead instance's outbox claim blocks its chat: rate-limit waits, the request, a margin
        self.store = make_store(config.storage, claim_ttl=2 * config.telegram.request_timeout + 10,
                                pace=(limiter.per_chat_gap, limiter.per_group_gap))
        self.feeds = feeds_for(config)
        self._matcher = Matcher(config.watchlist)
        self.pipeline = Pipeline(self.store, matcher=lambda: self._matcher, routing=self._routing)
        self.fetcher = self._new_fetcher(config)
        self.telegram: TelegramFront | None = None
        self.control = Control(self)
        self.config_watcher: ConfigWatcher | None = None
        sink: Sink
        if config.telegram.token:
            app = build_application(TelegramSettings(config.telegram.token, config.telegram.api_base_url,
                                                     config.telegram.request_timeout))
            register_handlers(app, self.control)
            self.telegram = TelegramFront(app)
            sink = TelegramSink(app.bot, link_preview=config.telegram.link_preview)
        else:
            sink = ConsoleSink(stdout)
        self.sender = Sender(self.store, sink, topic_names=self.topic_names, limiter=limiter,
                             on_undeliverable=self._on_undeliverable, clock=clock, metrics=self.metrics,
                             quiet=lambda chat_id, now: self._routing().is_quiet(chat_id, now),
                             timezone=self._chat_timezone)
        self.scheduler = FeedScheduler(self.poll, jitter=config.polling.jitter)
        self.cadence = Cadence()
        self.websub = WebSub(config.websub, self.store, on_push=self.push, on_fallback=self._push_lost, clock=clock,
                             max_bytes=config.polling.max_bytes)
        self._tasks: list[asyncio.Task[None]] = []
        self._health: HealthServer | None = None
        self._polling: set[str] = set()
        self._unreachable: set[str] = set()  # feeds failing on DNS/connect while nothing has worked yet
        self._any_success = False
        self._stopping = False
        # feedparser is CPU-bound and cannot be interrupted: a small pool bounds the parses at once
        self._parse_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="parse")
        self._poll_slots = asyncio.Semaphore(config.polling.max_concurrency)
        self._seen_items = ItemCache()  # raw items of each feed's last parse: a changed feed parses only its news
        self.chat_settings: dict[int, ChatSettings] = {}

    @staticmethod
    def _new_fetcher(config: Config) -> Fetcher:
        p = config.polling
        return Fetcher(timeout=p.timeout, max_bytes=p.max_bytes, max_concurrency=p.max_concurrency,
                       per_host=p.per_host, host_gap=p.host_gap)

    # -- configuration-derived views ---------------------------------------------------------------

    def _routing(self) -> Routing:
        chats = self.config.routes if self.config.telegram.token else (ChatRoute(CONSOLE_CHAT),)
        return Routing(chats=chats, backfill_hours=self.config.polling.backfill_hours,
                       max_age_hours=self.config.storage.retention_days * 24,
                       max_alerts_per_poll=self.config.polling.max_alerts_per_poll, settings=self.chat_settings)

    def _chat_timezone(self, chat_id: int) -> str:
        route = self._routing().route(chat_id)
        return route.timezone if route else "UTC"

    async def update_chat_settings(self, settings: ChatSettings) -> None:
        await self.store.save_chat_settings(settings, now=self.clock())
        self.chat_settings = {**self.chat_settings, settings.chat_id: settings}

    def topic_names(self) -> dict[str, str]:
        return {t.id: t.name for t in self.config.watchlist.topics}

    # -- lifecycle ---------------------------------------------------------------------------------

    async def open(self) -> None:
        await self.store.open()
        self.chat_settings = await self.store.chat_settings()
        await self.pipeline.load_index(self.clock())
        await self.websub.open()
        await self.fetcher.__aenter__()

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await self.fetcher.__aexit__(None, None, None)
        with contextlib.suppress(Exception):
            await self.websub.close()
        self._parse_pool.shutdown(wait=False, cancel_futures=True)
        await self.store.close()

    async def run(self, stop: asyncio.Event) -> None:
        """The daemon: schedule polls, deliver, answer commands, watch the config, until `stop` is set."""
        states = await self.store.feed_states()
        self.resume_items(states)
        self.scheduler.start()
        self.scheduler.sync(self.feeds.values(), first_runs=self._first_runs(states))
        self._spawn(self.sender.run(), "sender")
        if self.telegram:
            listen = self._may_answer_commands if self.store.shared else None
            self._spawn(self.telegram.run(stop, may_listen=listen, recheck=COMMANDS_TERM / 3), "telegram")
        if self.store.shared:
            self._spawn(self._follow_chat_settings(), "chat-settings")
        if self.config.path:
            self.config_watcher = ConfigWatcher(self.config, apply=self.apply_config,
                                                report=self.report_config_error)
            self._spawn(self.config_watcher.run(), "config-watcher")
        self._spawn(self._maintenance(), "maintenance")
        if self.config.websub.callback_url and not self.config.http.host_port:
            log.error("[websub] callback_url is set but [http] listen is empty: push is off")
        self._spawn(self.websub.run(), "websub")
        if self.config.http.host_port:
            self._health = HealthServer(self.control, routes=self.websub.add_routes)
            try:
                await self._health.start(*self.config.http.host_port)
            except OSError as exc:
                log.error("health endpoint %s unavailable: %s", self.config.http.listen, exc)
                self._health = None
        log.info("newsbot running: %d feeds, %s, store %s%s", len(self.feeds),
                 f"{len(self.config.telegram.chat_ids)} chat(s)" if self.telegram else "console output",
                 self.store.describe, f" (shared; this instance is {self.store.owner})" if self.store.shared else "")
        await stop.wait()
        await self.shutdown()

    async def shutdown(self) -> None:
        log.info("stopping")
        self._stopping = True
        self.scheduler.shutdown()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        _, stuck = await asyncio.wait(tasks, timeout=6) if tasks else (set(), set())
        if stuck:  # never hang the exit: the store is crash-safe, the outbox re-sends on start
            log.warning("tasks still stopping after 6s: %s", ", ".join(t.get_name() for t in stuck))
        self._tasks.clear()
        if self._health:
            await self._health.stop()
        if self.telegram:
            await self.telegram.close()

    def _spawn(self, coro: object, name: str) -> None:
        task = asyncio.create_task(coro, name=name)  # type: ignore[arg-type]
        task.add_done_callback(self._task_done)
        self._tasks.append(task)

    def _background(self, coro: object, name: str) -> None:
        """A short-lived task the service still owns: cancelled and awaited on shutdown."""
        task = asyncio.create_task(coro, name=name)  # type: ignore[arg-type]
        self._tasks.append(task)
        task.add_done_callback(lambda t: (self._task_done(t), self._tasks.remove(t) if t in self._tasks else None))

    def reload_now(self) -> None:
        """SIGHUP: read the config file now."""
        if self.config_watcher is not None:
            self._background(self.config_watcher.check(force=True), "reload")

    @staticmethod
    def _task_done(task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("task %s died: %r", task.get_name(), task.exception())

    def resume_items(self, states: dict[str, FeedState]) -> None:
        """The stored raw item digests: after a restart a changed feed still parses only its news."""
        for url, state in states.items():
            if state.seen_items and url in self.feeds:
                self._seen_items.put(url, SeenItems.decode(state.seen_items))

    def _first_runs(self, states: dict[str, FeedState]) -> dict[str, float]:
        """Resume each feed's schedule; spread never-polled feeds over the first seconds."""
        now = self.clock()
        out: dict[str, float] = {}
        for url, spec in self.feeds.items():
            state = states.get(url)
            if state and state.next_poll_at:
                out[url] = max(now, min(state.next_poll_at, now + spec.interval))
            else:
                out[url] = now + random.uniform(0, min(5.0, spec.interval / 10))
        return out

    async def _may_answer_commands(self) -> bool:
        """Of several instances one answers commands (Telegram allows one update poller per bot)."""
        try:
            return await self.store.lease_role("commands", now=self.clock(), ttl=COMMANDS_TERM)
        except StoreError as exc:  # keep doing what we did; the term decides if the database stays away
            log.warning("cannot renew the commands role: %s", exc)
            return bool(self.telegram and self.telegram.ready.is_set())

    async def _follow_chat_settings(self) -> None:
        """Chat commands answered by another instance change settings in the database: pick them up."""
        while True:
            await asyncio.sleep(SETTINGS_REFRESH)  # a refresh period, not a wait for a condition
            try:
                self.chat_settings = await self.store.chat_settings()
            except StoreError as exc:
                log.warning("cannot refresh chat settings: %s", exc)

    async def _maintenance(self) -> None:
        while True:
            cutoff = self.clock() - self.config.storage.retention_days * 86400
            removed = await self.store.prune(older_than=cutoff)
            self.pipeline.index.prune(self.clock())
            if removed:
                log.info("pruned %d old rows", removed)
            await asyncio.sleep(3600)  # hourly housekeeping period

    # -- one poll ----------------------------------------------------------------------------------

    async def poll(self, url: str) -> None:
        """The scheduler's job for one feed. Never raises: a bad feed must not hurt the others."""
        spec = self.feeds.get(url)
        if spec is None or url in self._polling or self._stopping:
            return
        self._polling.add(url)
        try:
            await self._poll(spec)
        except asyncio.CancelledError:
            if self._stopping:  # the scheduler cancels polls in flight on stop: a normal end
                log.debug("poll of %s stopped by shutdown", url)
                return
            raise
        except Exception:  # noqa: BLE001 - the task boundary: log with the feed and retry later
            log.exception("poll of %s crashed; retrying later", url)
            self.metrics.errors["internal"] += 1
            self.scheduler.next_run(url, self.clock() + max(self.config.polling.retry_base,
                                                            self.config.polling.min_interval))
        finally:
            self._polling.discard(url)

    async def _poll(self, spec: FeedSpec) -> None:
        p = self.config.polling
        async with self._poll_slots:  # bodies waiting for the parse pool are bounded too, not just fetches
            # the lease is taken only once a slot is free, so waiting for one cannot eat into it
            # its term: the fetch, then parsing (maybe queued), matching and the commit; a dead holder's lapses
            state = await self.store.lease_feed(spec.url, now=self.clock(), ttl=2 * p.timeout + 10)
            if state is None:
                await self._lease_refused(spec)
                return
            if state.seen_items and self._seen_items.get(spec.url) is None:  # after a restart: still only news
                self._seen_items.put(spec.url, SeenItems.decode(state.seen_items))
            started = self.clock()
            outcome = await poll_feed(self.fetcher, spec, Validators(state.etag, state.last_modified,
                                                                     state.body_hash),
                                      now=datetime.now(timezone.utc), max_bytes=p.max_bytes,
                                      executor=self._parse_pool, seen=self._seen_items)
        now = self.clock()
        self.metrics.poll_seconds.observe(now - started)
        self.metrics.bytes_fetched += outcome.bytes_read
        if outcome.error is not None:
            await self._record_failure(spec, state, outcome, now)
            return
        self._any_success = True
        interval = spec.interval
        if p.adaptive:
            interval = self.cadence.interval(spec.url, now, interval=interval, min_interval=p.min_interval,
                                             max_interval=p.max_interval)
        if self.websub.pushed(spec.url, now):  # the hub pushes; polling is only the safety net
            interval = max(interval, self.config.websub.poll_interval)
        delay = next_poll_delay(interval, min_interval=p.min_interval, ttl=None, max_age=outcome.min_next_poll,
                                jitter_rand=random.random(), jitter_fraction=p.jitter)
        delay = min(delay, max(interval, p.max_interval))
        next_at = now + delay
        if outcome.not_modified:
            self.metrics.polls["not_modified"] += 1
            await self.store.record_not_modified(spec.url, now=now, next_poll_at=next_at)
        else:
            self.metrics.polls["ok"] += 1
            self.metrics.items += len(outcome.items)
            result = await self.pipeline.process(spec, outcome, state=state, now=now, next_poll_at=next_at)
            self.metrics.new_items += result.new_items
            self.metrics.stories += len(result.stories)
            self.metrics.matches.update(result.topics)
            if result.new_items and not result.first_poll:
                self.cadence.news(spec.url, now)
            if result.stories:
                self.sender.kick()
            if outcome.final_url and outcome.final_url not in (spec.url, state.moved_to):
                await self._feed_moved(spec, outcome.final_url)
            if self.websub.enabled and (outcome.hub is not None or self.websub.known(spec.url)):
                self._background(self.websub.consider(spec, outcome.hub), "websub-subscribe")
        if state.failures:
            log.info("feed %s recovered after %d failure(s)", spec.url, state.failures)
            if state.down_reported:
                await self.store.set_down_reported(spec.url, False)
                await self.notify_admins(f"✅ Feed {spec.name or spec.url} works again ({spec.url}).")
        log.debug("poll feed=%s outcome=%s items=%d next_in=%.0fs", spec.url,
                  "not_modified" if outcome.not_modified else "ok", len(outcome.items), delay)
        self.scheduler.next_run(spec.url, next_at)

    async def push(self, feed_url: str, body: bytes, content_type: str | None) -> None:
        """Content a WebSub hub pushed: the same pipeline as a poll, keeping the feed's validators."""
        spec = self.feeds.get(feed_url)
        if spec is None:
            return
        outcome = await push_outcome(spec, body, content_type=content_type, now=datetime.now(timezone.utc),
                                     max_bytes=self.config.polling.max_bytes, executor=self._parse_pool)
        if outcome.error is not None:  # sending it again would not help: the next poll reads the feed
            log.warning("pushed content for %s is unusable: %s", feed_url, outcome.error.message)
            return
        self.metrics.polls["pushed"] += 1
        self.metrics.items += len(outcome.items)
        state = await self.store.feed_state(feed_url)
        now = self.clock()
        outcome = replace(outcome, validators=Validators(state.etag, state.last_modified, state.body_hash))
        result = await self.pipeline.process(spec, outcome, state=state, now=now,
                                             next_poll_at=state.next_poll_at or now + spec.interval)
        self.metrics.new_items += result.new_items
        self.metrics.stories += len(result.stories)
        self.metrics.matches.update(result.topics)
        if result.stories:
            self.sender.kick()

    def _push_lost(self, feed_url: str) -> None:
        """The hub stopped pushing: poll soon, then at the feed's own interval."""
        spec = self.feeds.get(feed_url)
        if spec is not None and not self._stopping:
            self.scheduler.next_run(feed_url, self.clock() + random.uniform(0, min(30.0, spec.interval / 10)))

    async def _lease_refused(self, spec: FeedSpec) -> None:
        """Another instance polled this feed (or is polling it): follow the shared schedule instead."""
        state = await self.store.feed_state(spec.url)
        now = self.clock()
        due = state.next_poll_at
        # still in another instance's hands: look again once its poll must be over or its lease expired
        at = due if due is not None and due > now else now + min(spec.interval, self.config.polling.timeout)
        log.debug("feed %s is polled by another instance; next look in %.1fs", spec.url, at - now)
        self.scheduler.next_run(spec.url, at)

    async def _feed_moved(self, spec: FeedSpec, new_url: str) -> None:
        """A permanent redirect: rewrite the config file to the new address (the reload follows)."""
        updated = False
        if self.config.path and spec.url in {f.url for f in self.config.feeds}:
            try:
                updated = await asyncio.to_thread(config_edit.replace_feed_url, self.config.path, spec.url, new_url)
            except (ConfigError, OSError) as exc:
                log.warning("could not update %s in the config: %s", spec.url, exc)
        log.warning("feed %s moved permanently to %s%s", spec.url, new_url,
                    "; config updated" if updated else "; please update the config")
        await self.notify_admins(f"ℹ️ Feed {spec.url} moved permanently to {new_url}; "
                                 + ("the config file was updated." if updated else "please update the config."))
        if updated and self.config_watcher is not None:
            await self.config_watcher.check()

    async def _record_failure(self, spec: FeedSpec, state: FeedState, outcome: PollOutcome, now: float) -> None:
        p = self.config.polling
        err = outcome.error
        assert err is not None
        self.metrics.polls["error"] += 1
        self.metrics.errors[err.kind] += 1
        failures = state.failures + 1
        delay = next_retry_delay(failures, base=max(p.retry_base, p.min_interval), cap=max(p.retry_max, spec.interval),
                                 retry_after=err.retry_after, rand=random.random())
        gone = err.permanent and err.status == 410
        if gone:  # retired: looked at once a day in case it comes back, until the config drops it
            delay = max(delay, 86400.0)
        await self.store.record_failure(spec.url, now=now, kind=err.kind, message=err.message,
                                        next_poll_at=now + delay, gone=gone)
        log.warning("poll failed feed=%s kind=%s failures=%d retry_in=%.0fs: %s", spec.url, err.kind, failures,
                    delay, err.message)
        self._check_offline(spec.url, err.kind)
        since = state.failing_since or now
        if not state.down_reported and now - since >= p.report_failing_after_hours * 3600:
            await self.store.set_down_reported(spec.url, True)
            await self.notify_admins(f"⚠️ Feed {spec.name or spec.url} has been failing for "
                                     f"{(now - since) / 3600:.1f} h ({failures} attempts): {err.message}\n{spec.url}")
        if gone and not state.gone:
            await self.notify_admins(f"⚠️ Feed {spec.url} is gone (HTTP 410). Remove it with /remove_feed; "
                                     "it is retried rarely until then.")
        self.scheduler.next_run(spec.url, now + delay)

    def _check_offline(self, url: str, kind: str) -> None:
        """Say it plainly once when no feed at all can be reached: the machine is probably offline."""
        if self._any_success or kind not in ("dns", "connect", "tls", "timeout"):
            return
        self._unreachable.add(url)
        if len(self._unreachable) == len(self.feeds):
            log.error("none of the %d feeds could be reached (DNS/connection failures): this machine seems to "
                      "have no network access. newsbot keeps retrying; `newsbot demo` shows the pipeline offline.",
                      len(self.feeds))

    # -- once --------------------------------------------------------------------------------------

    async def run_once(self, *, send_deadline: float = 60.0) -> bool:
        """Poll every feed once, deliver what matched; True when everything due was delivered."""
        await self.store.recover_in_flight()
        await asyncio.gather(*(self.poll(url) for url in list(self.feeds)))
        return await self.sender.send_all(deadline=self.clock() + send_deadline)

    # -- reload ------------------------------------------------------------------------------------

    async def apply_config(self, new: Config) -> None:
        old = self.config
        if new.telegram.token != old.telegram.token or new.telegram.api_base_url != old.telegram.api_base_url:
            log.warning("telegram token/api_base_url changes need a restart; keeping the old ones")
            new = replace(new, telegram=replace(new.telegram, token=old.telegram.token,
                                                api_base_url=old.telegram.api_base_url))
        if (new.storage.path, new.storage.url) != (old.storage.path, old.storage.url):
            log.warning("storage.path/url changes need a restart; keeping %s", self.store.describe)
            new = replace(new, storage=replace(new.storage, path=old.storage.path, url=old.storage.url))
        if new.watchlist is not old.watchlist:
            self._matcher = Matcher(new.watchlist)
        if new.polling != old.polling:
            self._poll_slots = asyncio.Semaphore(new.polling.max_concurrency)
            old_fetcher, self.fetcher = self.fetcher, self._new_fetcher(new)
            await self.fetcher.__aenter__()
            self._background(self._close_later(old_fetcher, new.polling.timeout + 5), "close-old-fetcher")
        self.config = new
        self.feeds = feeds_for(new)
        states = await self.store.feed_states()
        added, removed = self.scheduler.sync(self.feeds.values(), first_runs=self._first_runs(states))
        self.websub.config = new.websub
        for url in removed:
            self.cadence.forget(url)
            self._background(self.websub.drop(url), "websub-drop")
        log.info("config applied: %d feeds (+%d, -%d)", len(self.feeds), len(added), len(removed))

    @staticmethod
    async def _close_later(fetcher: Fetcher, delay: float) -> None:
        """Polls still using the old fetcher finish first (they are bounded by its timeout)."""
        try:
            await asyncio.sleep(delay)
        finally:
            await fetcher.__aexit__(None, None, None)

    async def report_config_error(self, err: ConfigError) -> None:
        await self.notify_admins(f"⚠️ Config edit rejected; still running the previous config.\n{err}")

    async def notify_admins(self, text: str) -> None:
        if not self.telegram:
            return
        for admin in self.config.telegram.admin_ids:
            try:
                await self.telegram.app.bot.send_message(admin, text[:4000])
            except Exception as exc:  # noqa: BLE001 - best effort; it is logged already
                log.warning("could not tell admin %s: %s", admin, exc)

    def _on_undeliverable(self, chat_id: int, reason: str) -> None:
        if chat_id not in self.config.telegram.admin_ids:
            self._background(self.notify_admins(f"⚠️ Chat {chat_id} cannot receive alerts: {reason}"), "notify")
