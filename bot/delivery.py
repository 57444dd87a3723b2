"""Outbox -> chats: Telegram's rate limits, retries, blocked and migrated chats; or the console.

The sender claims the head of each chat's queue, sends it, and acknowledges only after the sink
answered, so a crash at any point re-sends at most the message in flight.
"""

from __future__ import annotations

import asyncio
import logging
import random
import sys
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from html import escape
from typing import Protocol, TextIO

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError

from .metrics import Metrics
from .models import OutboxMessage
from .pacing import Pace
from .render import render_alert, render_combined, render_digest
from .store import StoreAPI, StoreError

log = logging.getLogger(__name__)

RELEASE_EVERY = 1.0  # seconds between looks for expired claims (cheap: one indexed UPDATE)
STORE_RETRY = 5.0  # seconds between tries while the store cannot write (a full disk)


@dataclass(frozen=True)
class SendError(Exception):
    """A failed send, classified where it happened."""

    kind: str  # retry_after | transient | undeliverable | rejected | fatal
    message: str
    retry_after: float | None = None
    new_chat_id: int | None = None

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


class Sink(Protocol):
    async def send(self, chat_id: int, html: str, plain: str, *, as_plain: bool, thread_id: int | None = None,
                   silent: bool = False) -> int | None: ...

    async def edit(self, chat_id: int, message_id: int, html: str, plain: str, *, as_plain: bool) -> None: ...


# Telegram descriptions that mean the chat will never accept the message (HTTP 400 family).
UNDELIVERABLE_TEXTS = (
    "chat not found",
    "user not found",
    "peer_id_invalid",
    "have no rights to send",
    "not enough rights to send",
    "chat_write_forbidden",
    "group chat was deactivated",
    "topic_closed",
    "message thread not found",
    "chat_restricted",
)
# ... and the ones that mean our text was at fault: retry once as plain text.
REJECTED_TEXTS = ("can't parse entities", "message is too long", "unsupported start tag", "text must be non-empty",
                  "message text is empty", "entities_too_long")


def classify(exc: BaseException) -> SendError:
    """Map a python-telegram-bot exception to what the sender should do about it."""
    if isinstance(exc, RetryAfter):
        return SendError("retry_after", str(exc), retry_after=_seconds(exc))
    if isinstance(exc, ChatMigrated):
        return SendError("undeliverable", str(exc), new_chat_id=exc.new_chat_id)
    if isinstance(exc, Forbidden):
        return SendError("undeliverable", exc.message)
    if isinstance(exc, InvalidToken):
        return SendError("fatal", "Telegram rejected the bot token")
    if isinstance(exc, BadRequest):
        text = exc.message.lower()
        if any(t in text for t in UNDELIVERABLE_TEXTS):
            return SendError("undeliverable", exc.message)
        return SendError("rejected", exc.message)
    if isinstance(exc, (NetworkError, TimeoutError, OSError)):  # TimedOut is a NetworkError
        return SendError("transient", str(exc) or type(exc).__name__)
    if isinstance(exc, TelegramError):
        return SendError("transient", str(exc))
    return SendError("transient", f"{type(exc).__name__}: {exc}")


def _seconds(exc: RetryAfter) -> float:
    value = getattr(exc, "_retry_after", None)
    if isinstance(value, timedelta):
        return value.total_seconds()
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramSink:
    """Sends through python-telegram-bot's Bot (the caller owns its lifecycle)."""

    def __init__(self, bot: Bot, *, link_preview: bool):
        self.bot = bot
        self.apply(link_preview)

    def apply(self, link_preview: bool) -> None:
        self.preview = LinkPreviewOptions(is_disabled=not link_preview)

    async def send(self, chat_id: int, html: str, plain: str, *, as_plain: bool, thread_id: int | None = None,
                   silent: bool = False) -> int | None:
        try:
            msg = await self.bot.send_message(chat_id, plain if as_plain else html,
                                              parse_mode=None if as_plain else ParseMode.HTML,
                                              link_preview_options=self.preview, message_thread_id=thread_id,
                                              disable_notification=silent or None)
        except Exception as exc:
            raise classify(exc) from exc
        return msg.message_id

    async def edit(self, chat_id: int, message_id: int, html: str, plain: str, *, as_plain: bool) -> None:
        try:
            await self.bot.edit_message_text(plain if as_plain else html, chat_id=chat_id, message_id=message_id,
                                             parse_mode=None if as_plain else ParseMode.HTML,
                                             link_preview_options=self.preview)
        except BadRequest as exc:
            if "not modified" in exc.message.lower():
                return
            raise classify(exc) from exc
        except Exception as exc:
            raise classify(exc) from exc


class ConsoleSink:
    """No token: print alerts for a human (or a pipe) instead."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream
        self.count = 0

    async def send(self, chat_id: int, html: str, plain: str, *, as_plain: bool, thread_id: int | None = None,
                   silent: bool = False) -> int | None:
        stream = self.stream or sys.stdout
        self.count += 1
        stream.write(plain + "\n\n")
        stream.flush()
        return self.count

    async def edit(self, chat_id: int, message_id: int, html: str, plain: str, *, as_plain: bool) -> None:
        stream = self.stream or sys.stdout
        stream.write(f"✏️ update of alert #{message_id}:\n{plain}\n\n")
        stream.flush()


class RateLimiter:
    """This instance's side of Telegram's limits (`Pace`): each chat's recent sends, the overall one-second
    window, and holds from RetryAfter. The clock is passed in."""

    def __init__(self, pace: Pace | None = None):
        self.pace = pace or Pace()
        self._sends: dict[int, deque[float]] = {}
        self._recent: deque[float] = deque()
        self._held: dict[int, float] = {}

    def wait_time(self, chat_id: int, now: float) -> float:
        at = max(self.pace.next_send(chat_id, self._sends.get(chat_id, ())), self._held.get(chat_id, 0.0))
        while self._recent and self._recent[0] <= now - 1.0:
            self._recent.popleft()
        if len(self._recent) >= self.pace.global_per_second:
            at = max(at, self._recent[0] + 1.0)
        return max(0.0, at - now)

    def record(self, chat_id: int, now: float) -> None:
        sends = self._sends.get(chat_id)
        if sends is None:
            sends = self._sends[chat_id] = deque(maxlen=max(1, self.pace.group_limit))
        sends.append(now)
        self._recent.append(now)

    def hold(self, chat_id: int, until: float) -> None:
        self._held[chat_id] = max(self._held.get(chat_id, 0.0), until)

    def capacity(self, chat_id: int, now: float, horizon: float) -> int:
        """How many messages the chat may still get within `horizon` seconds: a longer queue is combined."""
        start = max(now, self._held.get(chat_id, 0.0))
        if start > now + horizon:
            return 0
        return self.pace.capacity(chat_id, self._sends.get(chat_id, ()), start, now + horizon - start)


@dataclass
class DeliveryStats:
    sent: int = 0
    failed: int = 0
    retried: int = 0
    last_send_at: float | None = None


class Sender:
    """Drains the outbox. `kick()` after queueing wakes it; `run()` is the long-lived task."""

    def __init__(self, store: StoreAPI, sink: Sink, *, topic_names: Callable[[], Mapping[str, str]],
                 limiter: RateLimiter | None = None, max_parallel: int = 8, retry_base: float = 2.0,
                 retry_max: float = 600.0, on_undeliverable: Callable[[int, str], None] | None = None,
                 clock: Callable[[], float] = time.time, rand: Callable[[], float] = random.random,
                 metrics: Metrics | None = None, quiet: Callable[[int, float], bool] = lambda chat_id, now: False,
                 timezone: Callable[[int], str] = lambda chat_id: "UTC"):
        self.store, self.sink = store, sink
        self.metrics = metrics
        self.quiet = quiet
        self.timezone = timezone
        self.topic_names = topic_names
        self.limiter = limiter or RateLimiter()
        self.max_parallel = max_parallel
        self.retry_base, self.retry_max = retry_base, retry_max
        self.on_undeliverable = on_undeliverable
        self.clock, self.rand = clock, rand
        self.stats = DeliveryStats()
        self._wake = asyncio.Event()
        self._busy: dict[int, asyncio.Task[None]] = {}
        self._fatal: str | None = None
        self._next_release = 0.0  # when to look for claims of dead instances again
        self._unsaved: list[Callable[[], Awaitable[object]]] = []  # store writes after sends, waiting for room

    def kick(self) -> None:
        self._wake.set()

    @property
    def fatal(self) -> str | None:
        """Why sending stopped for good (Telegram rejected the token), or None."""
        return self._fatal

    @property
    def in_flight(self) -> int:
        return len(self._busy)

    async def run(self) -> None:
        recovered = False
        try:
            while self._fatal is None:
                self._wake.clear()  # before the step: a kick during it must not be lost
                try:
                    if not recovered:
                        await self.store.recover_in_flight()
                        recovered = True
                    delay = await self.step()
                except StoreError as exc:  # a full disk or a lost file: the store watch says so, once
                    log.debug("sender waits for the store: %s", exc)
                    delay = STORE_RETRY
                try:  # asyncio.timeout, not wait_for: 3.11's wait_for can swallow a cancellation
                    async with asyncio.timeout(delay):
                        await self._wake.wait()
                except TimeoutError:
                    pass
        finally:
            await self.drain_in_flight()
        log.error("sender stopped: %s", self._fatal)

    async def step(self) -> float:
        """Start every send that is due and allowed; returns how long until the next might be."""
        while self._unsaved:  # first what sends already did (a StoreError here: still no room)
            await self._unsaved[0]()
            self._unsaved.pop(0)
        now = self.clock()
        if now >= self._next_release:  # shared store: a dead instance's claims go back to the queue
            self._next_release = now + RELEASE_EVERY
            if await self.store.release_expired_claims(now=now):
                log.warning("re-queued alerts claimed by an instance that stopped answering")
        free = self.max_parallel - len(self._busy)
        if free > 0:
            claimed = await self.store.claim_due(now=now, busy_chats=self._busy, limit=free)
            for msg in claimed:
                self._busy[msg.chat_id] = asyncio.create_task(self._deliver(msg), name=f"send-{msg.id}")
            edits = await self.store.claim_edits(now=now, busy_chats=self._busy, limit=max(0, free - len(claimed)))
            for msg in edits:
                self._busy[msg.chat_id] = asyncio.create_task(self._edit(msg), name=f"edit-{msg.id}")
            digests = await self.store.claim_digests(now=now, busy_chats=self._busy)
            for chat_id, msgs in digests.items():
                self._busy[chat_id] = asyncio.create_task(self._deliver_digest(chat_id, msgs), name=f"digest-{chat_id}")
        next_due = await self.store.next_due_at()
        if next_due is None:
            return 30.0
        return min(30.0, max(0.05, next_due - self.clock()))

    async def drain_in_flight(self, timeout: float = 3.0) -> None:
        """Let sends in flight finish; past `timeout` cancel them (their rows are re-sent after restart)."""
        tasks = list(self._busy.values())
        if not tasks:
            return
        _, pending = await asyncio.wait(tasks, timeout=timeout)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def send_all(self, *, deadline: float) -> bool:
        """Deliver everything that is due now (for `once`); False if the deadline came first."""
        while self.clock() < deadline:
            self._wake.clear()
            await self.step()
            counts = await self.store.outbox_counts()
            if not self._busy and counts["pending"] == 0:
                return True
            next_due = await self.store.next_due_at()
            if not self._busy and next_due is not None and next_due > deadline:
                return False
            waiters = [asyncio.ensure_future(self._wake.wait()), *list(self._busy.values())]
            _done, _pending = await asyncio.wait(waiters, timeout=0.2, return_when=asyncio.FIRST_COMPLETED)
            waiters[0].cancel()
        return False

    async def _deliver(self, msg: OutboxMessage) -> None:
        try:
            wait = self.limiter.wait_time(msg.chat_id, self.clock())
            if wait > 0:
                await asyncio.sleep(wait)  # rate limit pacing, not a test wait
            if msg.story is not None:  # more waiting than the limits let through soon: one combined message
                now = self.clock()
                backlog = await self.store.claim_backlog(
                    msg, now=now, more_than=self.limiter.capacity(msg.chat_id, now, self.limiter.pace.backlog_horizon))
                if backlog:
                    await self._deliver_combined([msg, *backlog])
                    return
            await self._deliver_one(msg)
        except StoreError as exc:  # not sent: back in the queue once the store can take it
            log.debug("chat=%s: message %s waits for the store: %s", msg.chat_id, msg.id, exc)
            await self._save(partial(self.store.retry_later, msg.id, not_before=self.clock(), error=str(exc),
                                     count_attempt=False))
        finally:
            self._busy.pop(msg.chat_id, None)
            self._wake.set()

    async def _save(self, write: Callable[[], Awaitable[object]]) -> object:
        """A store write that records a send: when the store cannot take it (a full disk) it waits, in order,
        for the next step, so a message that went out is acknowledged later rather than sent again."""
        if not self._unsaved:
            try:
                return await write()
            except StoreError as exc:
                log.debug("store write after a send deferred: %s", exc)
        self._unsaved.append(write)
        return None

    async def send_now(self, chat_ids: Sequence[int], text: str) -> bool:
        """Plain text straight to the chats, not through the outbox: for when the store cannot write. Paced
        like everything else, never retried here; True when every chat took it."""
        delivered = True
        for chat_id in chat_ids:
            wait = self.limiter.wait_time(chat_id, self.clock())
            if wait > 0:
                await asyncio.sleep(wait)  # rate limit pacing
            self.limiter.record(chat_id, self.clock())
            try:
                await self.sink.send(chat_id, escape(text, quote=False), text, as_plain=True)
            except Exception as exc:  # noqa: BLE001 - classified here; the caller tries again later
                log.warning("direct notice to chat=%s failed: %s", chat_id,
                            exc if isinstance(exc, SendError) else classify(exc))
                delivered = False
        return delivered

    async def _deliver_one(self, msg: OutboxMessage) -> None:
        self.limiter.record(msg.chat_id, self.clock())
        if msg.story is None:  # an admin notice: its text, as plain text
            text = msg.notice or ""
            html_text, plain_text, as_plain = escape(text, quote=False), text, True
        else:
            rendered = render_alert(msg.story, self.topic_names(), self.timezone(msg.chat_id))
            html_text, plain_text, as_plain = rendered.html, rendered.plain, msg.plain
        try:
            message_id = await self.sink.send(msg.chat_id, html_text, plain_text, as_plain=as_plain,
                                              thread_id=msg.thread_id, silent=self.quiet(msg.chat_id, self.clock()))
        except Exception as exc:  # noqa: BLE001 - a sink bug must not kill the sender
            await self._failed(msg, exc if isinstance(exc, SendError) else classify(exc))
            return
        await self._save(partial(self.store.ack_sent, msg.id, now=self.clock(), message_id=message_id))
        self._delivered([msg])
        if msg.story is None:
            log.info("notice sent chat=%s attempt=%s", msg.chat_id, msg.attempts)
        else:
            log.info("alert sent chat=%s story=%s attempt=%s title=%r", msg.chat_id, msg.story.id, msg.attempts,
                     msg.story.title[:80])

    async def _deliver_combined(self, msgs: list[OutboxMessage]) -> None:
        """A chat's backlog as one message (split only at Telegram's limit), each part acknowledged with all its
        rows at once. Its rows keep no message id: a combined message is never edited."""
        chat_id = msgs[0].chat_id
        parts = render_combined([m.story for m in msgs if m.story is not None], self.topic_names())
        plain = any(m.plain for m in msgs)  # one row was refused as HTML before: the whole message goes plain
        done = 0
        for part in parts:
            rows = msgs[done:done + part.count]
            wait = self.limiter.wait_time(chat_id, self.clock())
            if wait > 0:
                await asyncio.sleep(wait)  # rate limit pacing between the parts
            self.limiter.record(chat_id, self.clock())
            try:
                await self.sink.send(chat_id, part.rendered.html, part.rendered.plain, as_plain=plain,
                                     thread_id=msgs[0].thread_id, silent=self.quiet(chat_id, self.clock()))
            except Exception as exc:  # noqa: BLE001 - the head takes the failure; the rest go back behind it
                rest = msgs[done:]
                if len(rest) > 1:
                    await self._save(partial(self.store.retry_many_later, [m.id for m in rest[1:]],
                                             not_before=self.clock(), error="combined send failed"))
                await self._failed(rest[0], exc if isinstance(exc, SendError) else classify(exc))
                return
            await self._save(partial(self.store.ack_many, [m.id for m in rows], now=self.clock(), message_id=None))
            self._delivered(rows)
            done += part.count
        log.info("combined alert sent chat=%s stories=%d messages=%d", chat_id, len(msgs), len(parts))

    def _delivered(self, msgs: list[OutboxMessage]) -> None:
        now = self.clock()
        self.stats.sent += len(msgs)
        self.stats.last_send_at = now
        if self.metrics is None:
            return
        for story in (m.story for m in msgs):
            if story is not None:
                self.metrics.send_latency.observe(now - story.first_seen)
                if story.published and story.published <= now:
                    self.metrics.e2e_latency.observe(now - story.published)

    async def _edit(self, msg: OutboxMessage) -> None:
        """Re-render a sent alert whose story gained outlets ("also: Reuters, 36Kr, +3")."""
        store = self.store
        try:
            wait = self.limiter.wait_time(msg.chat_id, self.clock())
            if wait > 0:
                await asyncio.sleep(wait)  # rate limit pacing: edits count as messages
            if msg.story is None or msg.message_id is None:  # edits are of sent alerts only, never of notices
                log.warning("edit of outbox row %s skipped: not a sent alert", msg.id)
                return
            self.limiter.record(msg.chat_id, self.clock())
            rendered = render_alert(msg.story, self.topic_names(), self.timezone(msg.chat_id))
            try:
                await self.sink.edit(msg.chat_id, msg.message_id, rendered.html, rendered.plain, as_plain=msg.plain)
            except Exception as exc:  # noqa: BLE001 - classified here; an edit is never worth a loop
                err = exc if isinstance(exc, SendError) else classify(exc)
                if err.kind in ("retry_after", "transient") and msg.attempts < 8:
                    delay = err.retry_after or self.retry_base * 2 ** min(msg.attempts, 8)
                    await self._save(partial(store.edit_later, msg.id, not_before=self.clock() + delay))
                else:
                    log.info("edit of alert chat=%s message=%s dropped: %s", msg.chat_id, msg.message_id, err)
                return
            log.info("alert edited chat=%s story=%s outlets=%d", msg.chat_id, msg.story.id, msg.story.outlets)
        finally:
            self._busy.pop(msg.chat_id, None)
            self._wake.set()

    async def _deliver_digest(self, chat_id: int, msgs: list[OutboxMessage]) -> None:
        """One daily message (split only at Telegram's limit) for everything a digest chat collected."""
        store = self.store
        ids = [m.id for m in msgs]
        try:
            parts = render_digest([m.story for m in msgs if m.story is not None], self.topic_names())
            message_id = None
            for part in parts:
                self.limiter.record(chat_id, self.clock())
                message_id = await self.sink.send(chat_id, part.html, part.plain, as_plain=False,
                                                  thread_id=msgs[0].thread_id, silent=self.quiet(chat_id, self.clock()))
        except Exception as exc:  # noqa: BLE001 - retried as a whole; parts already sent may repeat
            err = exc if isinstance(exc, SendError) else classify(exc)
            delay = err.retry_after if err.kind == "retry_after" and err.retry_after else self.retry_base * 4
            self.stats.retried += 1
            log.warning("digest to chat=%s failed (%s); retrying in %.0fs", chat_id, err, delay)
            await self._save(partial(store.retry_many_later, ids, not_before=self.clock() + delay, error=str(err)))
        else:
            await self._save(partial(store.ack_many, ids, now=self.clock(), message_id=message_id))
            self.stats.sent += len(ids)
            log.info("digest sent chat=%s alerts=%d messages=%d", chat_id, len(ids), len(parts))
        finally:
            self._busy.pop(chat_id, None)
            self._wake.set()

    async def _failed(self, msg: OutboxMessage, err: SendError) -> None:
        now = self.clock()
        store = self.store
        if err.kind == "retry_after":
            until = now + (err.retry_after or 1.0)
            self.limiter.hold(msg.chat_id, until)
            self.stats.retried += 1
            log.warning("rate limited chat=%s retry_after=%.1fs", msg.chat_id, err.retry_after or 1.0)
            await self._save(partial(store.retry_later, msg.id, not_before=until, error=str(err), count_attempt=False))
        elif err.new_chat_id is not None:
            log.warning("chat %s migrated to %s; moving its alerts", msg.chat_id, err.new_chat_id)
            await self._save(partial(store.migrate_chat, msg.chat_id, err.new_chat_id, now=now))
        elif err.kind == "undeliverable":
            dropped = await self._save(partial(store.block_chat, msg.chat_id, reason=err.message, now=now))
            parked = dropped if isinstance(dropped, int) else 0  # not known yet when the store waits for room
            self.stats.failed += parked
            log.error("chat %s is undeliverable (%s); %d alert(s) parked", msg.chat_id, err.message, parked)
            if self.on_undeliverable and msg.story is not None:  # a notice's chat is not reported with a notice
                self.on_undeliverable(msg.chat_id, err.message)
        elif err.kind == "rejected" and not msg.plain:
            self.stats.retried += 1
            log.warning("chat=%s %s rejected as HTML (%s); retrying as plain text", msg.chat_id, _what(msg),
                        err.message)
            await self._save(partial(store.retry_later, msg.id, not_before=now, error=str(err), plain=True))
        elif err.kind == "rejected":
            self.stats.failed += 1
            log.error("chat=%s %s rejected even as plain text: %s", msg.chat_id, _what(msg), err.message)
            await self._save(partial(store.fail, msg.id, error=str(err)))
        elif err.kind == "fatal":
            self._fatal = err.message
            await self._save(partial(store.retry_later, msg.id, not_before=now, error=str(err), count_attempt=False))
        else:
            delay = min(self.retry_max, self.retry_base * 2 ** min(msg.attempts - 1, 16)) * (0.5 + self.rand() / 2)
            self.stats.retried += 1
            log.warning("send to chat=%s failed (%s); retry %d in %.1fs", msg.chat_id, err.message, msg.attempts,
                        delay)
            await self._save(partial(store.retry_later, msg.id, not_before=now + delay, error=str(err)))


def _what(msg: OutboxMessage) -> str:
    """The message's subject for a log line."""
    return "notice" if msg.story is None else f"story={msg.story.id}"
