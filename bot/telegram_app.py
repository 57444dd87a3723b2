"""Chat commands through python-telegram-bot: every handler a tiny coroutine, registered in one place."""

from __future__ import annotations

import asyncio
import html
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Protocol

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.ext import Application, ApplicationBuilder, CommandHandler, ContextTypes, MessageHandler, filters

from .logs import quiet_ptb_shutdown

log = logging.getLogger(__name__)

App = Application[Any, Any, Any, Any, Any, Any]  # PTB's defaults; the handlers use none of its generic slots

COMMANDS = (
    ("help", "what this bot does and its commands"),
    ("status", "feeds, failures and the alert queue"),
    ("topics", "the watched topics and their names"),
    ("feeds", "the feeds being watched"),
    ("subscribe", "<topic> — get this topic's alerts here"),
    ("unsubscribe", "<topic> — stop this topic's alerts here"),
    ("mute", "<topic|all> <duration> — e.g. /mute all 2h"),
    ("unmute", "[topic|all] — end a mute"),
    ("digest", "on|off [HH:MM] — one message a day instead"),
    ("trend", "[days] — chart of mentions per topic per day"),
    ("add_feed", "<url> [name] — watch another feed (admins)"),
    ("remove_feed", "<url> — stop watching a feed (admins)"),
)


_NEW_MESSAGES = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST


class Operator(Protocol):
    """What the chat side may ask of the service."""

    def is_admin(self, chat_id: int | None, user_id: int | None) -> bool: ...
    def is_member(self, chat_id: int | None, user_id: int | None) -> bool: ...
    async def status_text(self) -> str: ...
    def topics_text(self) -> str: ...
    def feeds_text(self) -> str: ...
    async def add_feed(self, url: str, name: str) -> str: ...
    async def remove_feed(self, url: str) -> str: ...
    async def subscribe(self, chat_id: int, topic: str, on: bool) -> str: ...
    async def mute(self, chat_id: int, target: str, duration: str) -> str: ...
    async def unmute(self, chat_id: int, target: str | None) -> str: ...
    async def digest(self, chat_id: int, mode: str, at: str | None) -> str: ...
    async def trend(self, days: int) -> tuple[bytes | None, str]: ...


@dataclass(frozen=True)
class TelegramSettings:
    token: str
    api_base_url: str
    request_timeout: float = 20.0


def build_application(settings: TelegramSettings) -> App:
    quiet_ptb_shutdown()
    return (ApplicationBuilder().token(settings.token).base_url(settings.api_base_url)
            .connect_timeout(10).read_timeout(settings.request_timeout).write_timeout(settings.request_timeout)
            .get_updates_read_timeout(35).build())


REFUSE_EVERY = 60.0  # seconds: a chat flooding commands it may not use gets one refusal a minute, no more
_REFUSALS_KEPT = 10_000  # chats remembered for that; the oldest are forgotten first


def register_handlers(app: App, op: Operator, *, clock: Callable[[], float] = time.monotonic) -> None:
    """All chat commands, in one place."""
    refused: dict[int | None, float] = {}  # chat -> when it was last told no

    def may_refuse(chat_id: int | None) -> bool:
        now = clock()
        last = refused.get(chat_id)
        if last is not None and now - last < REFUSE_EVERY:
            return False
        refused.pop(chat_id, None)
        refused[chat_id] = now
        while len(refused) > _REFUSALS_KEPT:
            del refused[next(iter(refused))]
        return True

    def guarded(name: str, fn: Callable[[Update, list[str]], Awaitable[str]], *,
                admin: bool) -> Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]:
        async def handler(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
            chat = update.effective_chat
            user = update.effective_user
            chat_id = chat.id if chat else None
            user_id = user.id if user else None
            allowed = op.is_admin(chat_id, user_id) if admin else op.is_member(chat_id, user_id)
            if not allowed:
                if may_refuse(chat_id):  # a flood is answered (and logged) once a minute, not once a message
                    log.warning("refused /%s from chat=%s user=%s", name, chat_id, user_id)
                    await _reply(update, "⛔ Not allowed here." if admin else "⛔ This chat is not subscribed.")
                return
            try:
                text = await fn(update, list(context.args or []))
            except Exception:
                log.exception("command /%s failed", name)
                text = "Something went wrong; the error is in the bot's log."
            await _reply(update, text)
        return handler

    async def cmd_help(update: Update, args: list[str]) -> str:
        lines = ["<b>newsbot</b> watches the news for the watchlist and alerts here.", ""]
        lines += [f"/{name} — {html.escape(desc)}" for name, desc in COMMANDS]
        return "\n".join(lines)

    async def cmd_status(update: Update, args: list[str]) -> str:
        return await op.status_text()

    async def cmd_topics(update: Update, args: list[str]) -> str:
        return op.topics_text()

    async def cmd_feeds(update: Update, args: list[str]) -> str:
        return op.feeds_text()

    async def cmd_add_feed(update: Update, args: list[str]) -> str:
        if not args:
            return "Usage: /add_feed &lt;url&gt; [name]"
        return await op.add_feed(args[0], " ".join(args[1:]))

    async def cmd_remove_feed(update: Update, args: list[str]) -> str:
        if len(args) != 1:
            return "Usage: /remove_feed &lt;url&gt;"
        return await op.remove_feed(args[0])

    def chat_of(update: Update) -> int:
        return update.effective_chat.id  # type: ignore[union-attr]

    async def cmd_subscribe(update: Update, args: list[str]) -> str:
        if len(args) != 1:
            return "Usage: /subscribe &lt;topic&gt;"
        return await op.subscribe(chat_of(update), args[0], True)

    async def cmd_unsubscribe(update: Update, args: list[str]) -> str:
        return await op.subscribe(chat_of(update), args[0], False) if len(args) == 1 else \
            "Usage: /unsubscribe &lt;topic&gt;"

    async def cmd_mute(update: Update, args: list[str]) -> str:
        return await op.mute(chat_of(update), args[0], args[1]) if len(args) == 2 else \
            "Usage: /mute &lt;topic|all&gt; &lt;duration&gt;, e.g. /mute all 2h"

    async def cmd_unmute(update: Update, args: list[str]) -> str:
        return await op.unmute(chat_of(update), args[0] if args else None)

    async def cmd_digest(update: Update, args: list[str]) -> str:
        if not args or len(args) > 2:
            return "Usage: /digest on|off [HH:MM]"
        return await op.digest(chat_of(update), args[0].lower(), args[1] if len(args) == 2 else None)

    async def cmd_trend(update: Update, args: list[str]) -> str:
        try:
            days = int(args[0]) if args else 14
        except ValueError:
            return "Usage: /trend [days]"
        days = max(2, min(days, 90))
        png, caption = await op.trend(days)
        if png is None:  # no chart can be drawn here: the caption says why
            return caption
        message = update.effective_message
        if message is not None:
            try:
                await message.reply_photo(png, caption=caption[:1000], do_quote=False)
            except RetryAfter as exc:  # Telegram's pace: one line in the log, no second message
                log.warning("/trend chart not sent: Telegram asks to wait (%s)", exc)
        return ""

    async def unknown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat, user = update.effective_chat, update.effective_user
        message = update.effective_message
        command = (message.text or "").split(maxsplit=1)[0] if message and message.text else ""
        _, at, addressee = command.partition("@")
        if at and addressee.casefold() != (context.bot.username or "").casefold():
            return  # "/status@otherbot" in a group: another bot's command, not ours to answer
        if op.is_member(chat.id if chat else None, user.id if user else None):
            await _reply(update, "Unknown command. " + await cmd_help(update, []))

    for name, fn, admin in (("start", cmd_help, False), ("help", cmd_help, False), ("status", cmd_status, False),
                            ("topics", cmd_topics, False), ("feeds", cmd_feeds, False),
                            ("subscribe", cmd_subscribe, False), ("unsubscribe", cmd_unsubscribe, False),
                            ("mute", cmd_mute, False), ("unmute", cmd_unmute, False), ("digest", cmd_digest, False),
                            ("trend", cmd_trend, False),
                            ("add_feed", cmd_add_feed, True), ("remove_feed", cmd_remove_feed, True)):
        app.add_handler(CommandHandler(name, guarded(name, fn, admin=admin), filters=_NEW_MESSAGES))
    app.add_handler(MessageHandler(filters.COMMAND & _NEW_MESSAGES, unknown))
    app.add_error_handler(_on_error)


async def _on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("telegram handler error: %s", context.error)


async def _reply(update: Update, text: str) -> None:
    message = update.effective_message
    if message is None or not text:
        return
    try:
        await message.reply_text(text[:4000], parse_mode=ParseMode.HTML, do_quote=False)
    except TelegramError as exc:
        log.warning("reply to chat=%s failed: %s", message.chat_id, exc)


class TelegramFront:
    """Owns the Application's lifecycle; keeps trying to connect while Telegram is unreachable."""

    def __init__(self, app: App):
        self.app = app
        self.ready = asyncio.Event()
        self.error: str | None = None
        self.fatal: str | None = None  # set when retrying cannot help (a rejected token)

    async def run(self, stop: asyncio.Event, *, may_listen: Callable[[], Awaitable[bool]] | None = None,
                  recheck: float = 10.0) -> None:
        """Connect, then listen for commands while `may_listen()` allows (asked every `recheck` seconds).

        Telegram lets one poller per bot read updates, so of several instances only one listens; all of
        them keep the bot itself for sending.
        """
        delay = 1.0
        while not stop.is_set():
            try:
                await self.app.initialize()
                break
            except InvalidToken:
                self.error = self.fatal = "Telegram rejected the bot token; check [telegram] token"
                log.error(self.error)
                return
            except TelegramError as exc:
                self.error = f"cannot reach Telegram: {exc}"
                log.warning("%s; retrying in %.0fs", self.error, delay)
                try:
                    async with asyncio.timeout(delay):
                        await stop.wait()
                except TimeoutError:
                    pass
                delay = min(delay * 2, 60.0)
        if stop.is_set():
            return
        self.error = None
        try:
            await self.app.bot.set_my_commands([BotCommand(n, d[:256]) for n, d in COMMANDS])
        except TelegramError as exc:
            log.warning("setMyCommands failed: %s", exc)
        await self.app.start()
        while not stop.is_set():
            await self._listen(may_listen is None or await may_listen())
            try:
                async with asyncio.timeout(recheck):
                    await stop.wait()
            except TimeoutError:
                pass

    async def _listen(self, allowed: bool) -> None:
        updater = self.app.updater
        assert updater is not None
        if allowed and not updater.running:
            await updater.start_polling(poll_interval=0.0, timeout=30, allowed_updates=Update.ALL_TYPES,
                                        drop_pending_updates=False)
            self.ready.set()
            log.info("telegram: connected as @%s, listening for commands", self.app.bot.username)
        elif not allowed and updater.running:
            await updater.stop()
            self.ready.clear()
            log.info("telegram: another instance answers commands now")

    async def close(self) -> None:
        try:
            if self.app.updater and self.app.updater.running:
                await self.app.updater.stop()
            if self.app.running:
                await self.app.stop()
            await self.app.shutdown()
            await self.app.bot.shutdown()  # an application whose initialize failed (a rejected token) skips it
        except Exception as exc:  # noqa: BLE001 - shutting down: log and go on
            log.warning("telegram shutdown: %s", exc)
