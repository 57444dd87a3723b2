"""Chat commands through python-telegram-bot: every handler a tiny coroutine, registered in one place."""

from __future__ import annotations

import asyncio
import html
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Protocol

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeChat,
    BotCommandScopeChatMember,
    BotCommandScopeDefault,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.ext import Application, ApplicationBuilder, CommandHandler, ContextTypes, MessageHandler, filters

from .logs import quiet_ptb_shutdown
from .menus import ADMIN_ONLY, COMMANDS, Command, Menu, Scope, refusal

log = logging.getLogger(__name__)

App = Application[Any, Any, Any, Any, Any, Any]  # PTB's defaults; the handlers use none of its generic slots

_NEW_MESSAGES = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST


class Operator(Protocol):
    """What the chat side may ask of the service."""

    def is_admin(self, chat_id: int | None, user_id: int | None) -> bool: ...
    def is_member(self, chat_id: int | None, user_id: int | None) -> bool: ...
    async def status_text(self, chat_id: int | None = None) -> str: ...
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
            member = op.is_member(chat_id, user_id)
            if not (op.is_admin(chat_id, user_id) if admin else member):
                if may_refuse(chat_id):  # a flood is answered (and logged) once a minute, not once a message
                    log.warning("refused /%s from chat=%s user=%s", name, chat_id, user_id)
                    await _reply(update, refusal(name, chat_id=chat_id, user_id=user_id, member=member))
                return
            try:
                text = await fn(update, list(context.args or []))
            except Exception:
                log.exception("command /%s failed", name)
                text = "Something went wrong; the error is in the bot's log."
            await _reply(update, text)
        return handler

    async def cmd_help(update: Update, args: list[str]) -> str:
        chat, user = update.effective_chat, update.effective_user
        admin = op.is_admin(chat.id if chat else None, user.id if user else None)
        lines = ["<b>newsbot</b> watches the news for the watchlist and alerts here.", ""]
        lines += [f"/{c.name} — {html.escape(c.description)}" for c in COMMANDS
                  if c.name != "start" and (admin or not c.admin_only)]
        return "\n".join(lines)

    async def cmd_status(update: Update, args: list[str]) -> str:
        return await op.status_text(chat_of(update))

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

    handlers = {"start": cmd_help, "help": cmd_help, "status": cmd_status, "topics": cmd_topics, "feeds": cmd_feeds,
                "subscribe": cmd_subscribe, "unsubscribe": cmd_unsubscribe, "mute": cmd_mute, "unmute": cmd_unmute,
                "digest": cmd_digest, "trend": cmd_trend, "add_feed": cmd_add_feed, "remove_feed": cmd_remove_feed}
    assert set(handlers) == {c.name for c in COMMANDS}, "every command in the menus has a handler, and back"
    for name, fn in handlers.items():
        app.add_handler(CommandHandler(name, guarded(name, fn, admin=name in ADMIN_ONLY), filters=_NEW_MESSAGES))
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
    """Owns the Application's lifecycle; keeps trying to connect while Telegram is unreachable; keeps the
    command menus Telegram shows as `menus` says (`set_menus` at each config)."""

    def __init__(self, app: App, menus: tuple[Menu, ...] = ()):
        self.app = app
        self.ready = asyncio.Event()
        self.error: str | None = None
        self.fatal: str | None = None  # set when retrying cannot help (a rejected token)
        self._menus = menus  # wanted
        self._menus_set: dict[Scope, tuple[Command, ...]] = {}  # what Telegram has, as far as this process knows
        self._menus_lock = asyncio.Lock()
        self._connected = False

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
        self._connected = True
        await self._sync_menus()
        await self.app.start()
        while not stop.is_set():
            await self._listen(may_listen is None or await may_listen())
            try:
                async with asyncio.timeout(recheck):
                    await stop.wait()
            except TimeoutError:
                pass

    async def set_menus(self, menus: tuple[Menu, ...]) -> None:
        """The menus of a new config: sent now when connected, else once connected."""
        self._menus = menus
        if self._connected:
            await self._sync_menus()

    async def _sync_menus(self) -> None:
        """Set the scopes whose commands changed and delete those no longer wanted (a removed admin or chat).
        A scope Telegram refuses (a chat that never talked to the bot, a channel's member scope) is one line in
        the log and is tried again at the next config."""
        async with self._menus_lock:
            wanted = {menu.scope: menu.commands for menu in self._menus}
            failed: list[str] = []
            for scope, commands in wanted.items():
                if self._menus_set.get(scope) == commands:
                    continue
                try:
                    await self.app.bot.set_my_commands([BotCommand(c.name, c.description[:256]) for c in commands],
                                                       scope=_ptb_scope(scope))
                    self._menus_set[scope] = commands
                except TelegramError as exc:
                    failed.append(f"{_describe(scope)}: {exc}")
            for scope in [s for s in self._menus_set if s not in wanted]:
                try:
                    await self.app.bot.delete_my_commands(scope=_ptb_scope(scope))
                    del self._menus_set[scope]
                except TelegramError as exc:
                    failed.append(f"removing {_describe(scope)}: {exc}")
            if failed:
                log.warning("command menus: %d of %d not set (%s)", len(failed), len(wanted),
                            "; ".join(failed[:5]) + (" …" if len(failed) > 5 else ""))

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


def _ptb_scope(scope: Scope) -> BotCommandScope:
    if scope.kind == "chat":
        assert scope.chat_id is not None
        return BotCommandScopeChat(scope.chat_id)
    if scope.kind == "chat_member":
        assert scope.chat_id is not None and scope.user_id is not None
        return BotCommandScopeChatMember(scope.chat_id, scope.user_id)
    return BotCommandScopeDefault()


def _describe(scope: Scope) -> str:
    if scope.kind == "chat":
        return f"chat {scope.chat_id}"
    if scope.kind == "chat_member":
        return f"user {scope.user_id} in chat {scope.chat_id}"
    return "everyone"
