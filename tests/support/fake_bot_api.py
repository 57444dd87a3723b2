"""A local fake of the Telegram Bot API, served over real HTTP, for the real PTB client to talk to.

    async with FakeBotApi(token="123:ABC") as api:
        async with telegram.Bot("123:ABC", base_url=api.base_url) as bot:
            api.fail_next("sendMessage", "retry_after", retry_after=1)
            ...                                   # the code under test sends an alert
        msg = await api.wait_for_message(42)      # what Telegram would have shown in chat 42
        assert '<a href="https://example.org/a">' in msg.text

It serves what newsbot and PTB's Application/Updater call: getMe, deleteWebhook, getUpdates,
setMyCommands, deleteMyCommands, sendMessage, editMessageText and sendPhoto. Any other method answers 404.
`api.commands` holds the command menus by (scope, language); `api.menu(scope)` reads one.

What it does, in the order a request meets it:
  1. the URL must be `/bot<token>/<method>` with the fake's token (else 401 like Telegram);
  2. the request is recorded in `api.requests` (method, decoded params, uploaded files, time);
  3. a scripted fault queued with `fail_next()` for this method (and chat) is played;
  4. persistent chat state applies: `block_chat()` -> 403, `migrate_chat()` -> 400 + migrate_to_chat_id;
  5. sends and edits meet Telegram's flood limits (telegram_limits.py): an excess is recorded in
     `rate_violations`, or refused with 429 + retry_after if the limits are enforced;
  6. the method runs, validating like Telegram where cheap (empty/long text, HTML markup).

HTML is checked by the port of tdlib's parser in telegram_html.py. Lengths are counted like
Telegram: after entity parsing and trimming, in UTF-16 code units.

Everything is bounded: long polls are capped by `long_poll_cap`, held ("timeout") requests by
`max_hold`, and leaving the context wakes every pending long poll and hold before the server stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import web
from telegram.request import HTTPXRequest

from .telegram_html import HtmlParseError, parse_telegram_html, utf16_len
from .telegram_limits import RateCheck, RateLimits, RateViolation, TelegramRateLimiter
from .wait import WaitTimeout

__all__ = [
    "FakeBotApi",
    "RecordedRequest",
    "SentEdit",
    "SentMessage",
    "SentPhoto",
    "UploadedFile",
    "ptb_request",
]

Json = dict[str, Any]
T = TypeVar("T")

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
DEFAULT_GROUP_USER_ID = 4242  # `from` of pushed group messages when no from_id is given
_SUPERGROUP_ID_LIMIT = -1_000_000_000_000  # ids at or below this are supergroups/channels

FAULT_KINDS = frozenset(
    {
        "retry_after",
        "server_error",
        "blocked",
        "kicked",
        "chat_not_found",
        "bad_request",
        "migrate",
        "timeout",
        "reset",
    }
)


def _trim(text: str, entities: list[Json]) -> tuple[str, list[Json]]:
    """Strip surrounding whitespace like Telegram, shifting and clipping entities."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    total = utf16_len(stripped)
    kept: list[Json] = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def ptb_request(timeout: float = 2.0, **kwargs: Any) -> HTTPXRequest:
    """A PTB request object for talking to the fake: all four timeouts set to `timeout`.

    It skips loading the CA bundle (the fake is plain HTTP), which otherwise costs ~0.1 s per
    HTTPXRequest. Pass it as Bot(request=..., get_updates_request=...) or to the builder's
    .request()/.get_updates_request(); extra keyword arguments go to HTTPXRequest.
    """
    return HTTPXRequest(
        connect_timeout=timeout,
        read_timeout=timeout,
        write_timeout=timeout,
        pool_timeout=timeout,
        httpx_kwargs={"verify": False},
        **kwargs,
    )


# ------------------------------------------------------------------------------------------------
# Records
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UploadedFile:
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class RecordedRequest:
    """One HTTP call as the fake received it. `status` is 0 when the connection was dropped."""

    method: str
    params: Json
    time: float  # event-loop clock (loop.time()) when it arrived
    files: dict[str, UploadedFile] = field(default_factory=dict)
    status: int | None = None
    fault: str | None = None


@dataclass(frozen=True)
class SentMessage:
    """A message the bot sent (sendMessage), as it stands now (edits update `rendered`/`text`)."""

    chat_id: int
    message_id: int
    text: str  # as sent by the client, markup included
    rendered: str  # what the user sees: markup parsed, entities decoded, trimmed
    entities: tuple[Json, ...]
    parse_mode: str | None
    message_thread_id: int | None
    disable_notification: bool | None
    disable_web_page_preview: bool | None  # legacy flag, or link_preview_options.is_disabled
    link_preview_options: Json | None
    reply_markup: Json | None
    reply_to_message_id: int | None
    date: int
    time: float
    edited: bool = False


@dataclass(frozen=True)
class SentEdit:
    chat_id: int | None
    message_id: int | None
    inline_message_id: str | None
    text: str
    rendered: str
    parse_mode: str | None
    reply_markup: Json | None
    time: float


@dataclass(frozen=True)
class SentPhoto:
    """A photo the bot sent. `data` holds uploaded bytes; `file_ref` a file_id or URL instead."""

    chat_id: int
    message_id: int
    file_id: str
    data: bytes | None
    filename: str | None
    content_type: str | None
    file_ref: str | None
    caption: str | None
    rendered_caption: str | None
    parse_mode: str | None
    message_thread_id: int | None
    disable_notification: bool | None
    reply_markup: Json | None
    time: float


@dataclass
class _Fault:
    method: str  # lower case
    kind: str
    remaining: int
    chat_id: int | str | None
    options: Json


class _ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: Json | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def _bad_request(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


# Parameters that are strings in the Bot API; form values of all others are JSON-decoded
# (PTB sends non-string values JSON-encoded: chat_id "42", reply_markup "{...}", flags "true").
_STRING_PARAMS = frozenset(
    {"text", "caption", "parse_mode", "inline_message_id", "language_code", "photo",
     "business_connection_id", "message_effect_id"}
)  # fmt: skip


def _coerce(name: str, value: str) -> Any:
    if name in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _as_chat_id(value: Any) -> int | str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if text.lstrip("-").isdigit():
        return int(text)
    return text or None


def _opt_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _opt_bool(value: Any) -> bool | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.lower() in {"true", "1"}
    return bool(value)


_FORBIDDEN_BY_CHAT_TYPE = {
    "private": "Forbidden: bot was blocked by the user",
    "group": "Forbidden: bot was kicked from the group chat",
    "supergroup": "Forbidden: bot was kicked from the supergroup chat",
    "channel": "Forbidden: bot is not a member of the channel chat",
}
# Methods aimed at one chat: blocked/migrated chat state applies to these, and the flood limits
# count them (Telegram counts an edit like a send).
_CHAT_METHODS = frozenset({"sendmessage", "sendphoto", "editmessagetext"})


def _sender_id(chat: Json, from_id: int | None) -> int:
    if from_id is not None:
        return from_id
    return int(chat["id"]) if chat["type"] == "private" else DEFAULT_GROUP_USER_ID


def _dict_param(params: Json, name: str) -> Json | None:
    value = params.get(name)
    return value if isinstance(value, dict) else None


def _chat_type_for(chat_id: int) -> str:
    if chat_id > 0:
        return "private"
    return "supergroup" if chat_id <= _SUPERGROUP_ID_LIMIT else "group"


# ------------------------------------------------------------------------------------------------
# The fake
# ------------------------------------------------------------------------------------------------


class FakeBotApi:
    """A Telegram Bot API server on 127.0.0.1 (ephemeral port). Use as an async context manager."""

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        *,
        username: str = "newsbot_test_bot",
        long_poll_cap: float = 1.0,
        max_hold: float = 10.0,
        rate_limits: RateLimits | None = None,
        strict_ampersand: bool = True,
    ) -> None:
        self.token = token
        self.username = username
        self.long_poll_cap = long_poll_cap
        self.max_hold = max_hold
        self.strict_ampersand = strict_ampersand
        self.base_url = ""
        self._limiter = TelegramRateLimiter(rate_limits if rate_limits is not None else RateLimits())

        self.requests: list[RecordedRequest] = []
        self.messages: list[SentMessage] = []
        self.edits: list[SentEdit] = []
        self.photos: list[SentPhoto] = []
        self.rate_violations: list[RateViolation] = self._limiter.violations
        self.commands: dict[tuple[str, str], list[Json]] = {}  # (scope JSON, language) -> commands

        bot_id = token.split(":", 1)[0]
        self.bot_user: Json = {
            "id": int(bot_id) if bot_id.isdigit() else 1,
            "is_bot": True,
            "first_name": "Newsbot Test",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

        self._faults: list[_Fault] = []
        self._blocked: dict[int | str, str] = {}
        self._migrated: dict[int | str, int] = {}
        self._chats: dict[int, Json] = {}
        self._usernames: dict[str, int] = {}
        self._next_message_id: dict[int, int] = {}
        self._updates: list[Json] = []
        self._update_ids = itertools.count(100_001)
        self._file_ids = itertools.count(1)
        self._photo_sizes: dict[str, int] = {}  # file_id -> bytes, of the photos sent so far
        self._pulse = asyncio.Event()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._handlers: dict[str, Callable[[_Call], Any]] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "deletewebhook": self._delete_webhook,
            "setmycommands": self._set_my_commands,
            "deletemycommands": self._delete_my_commands,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "sendphoto": self._send_photo,
        }

    # -- lifecycle ------------------------------------------------------------------------------

    async def __aenter__(self) -> FakeBotApi:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._serve_method)
        app.router.add_route("*", "/{tail:.*}", self._serve_not_found)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.base_url = f"http://{host}:{port}/bot"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Wake pending long polls and held requests, then stop the server. Idempotent."""
        self._closing.set()
        self._notify()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    # -- scripting ------------------------------------------------------------------------------

    def fail_next(
        self, method: str, kind: str, count: int = 1, chat_id: int | str | None = None, **options: Any
    ) -> None:
        """Make the next `count` calls of `method` (optionally only to `chat_id`) fail as `kind`.

        kinds and their options:
          retry_after    429, parameters.retry_after    retry_after: int = 1
          server_error   500 JSON, or 502/504 HTML page  status: int = 500
          blocked        403 bot was blocked by the user
          kicked         403 bot was kicked from the group chat
          chat_not_found 400 chat not found
          bad_request    400                            description: str (required)
          migrate        400 + migrate_to_chat_id        migrate_to_chat_id: int (required)
          timeout        held past the client's timeout  hold: float = 2.0 (capped by max_hold),
                                                         deliver: bool = False (True: Telegram
                                                         did perform the call before the hang)
          reset          connection dropped, no answer   deliver: bool = False (likewise)
        Faults queue in order; a call consumes the first one matching its method and chat.
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; known: {sorted(FAULT_KINDS)}")
        if count < 1:
            raise ValueError("count must be >= 1")
        allowed = {
            "retry_after": {"retry_after"},
            "server_error": {"status"},
            "bad_request": {"description"},
            "migrate": {"migrate_to_chat_id"},
            "timeout": {"hold", "deliver"},
            "reset": {"deliver"},
        }.get(kind, set())
        unknown = set(options) - allowed
        if unknown:
            raise ValueError(f"options {sorted(unknown)} do not apply to {kind!r}")
        if kind == "bad_request" and not options.get("description"):
            raise ValueError("bad_request needs description=...")
        if kind == "migrate" and _opt_int(options.get("migrate_to_chat_id")) is None:
            raise ValueError("migrate needs migrate_to_chat_id=<int>")
        if kind == "server_error" and options.get("status", 500) not in {500, 502, 503, 504}:
            raise ValueError("server_error status must be 500, 502, 503 or 504")
        self._faults.append(_Fault(method.lower(), kind, count, _as_chat_id(chat_id), dict(options)))

    @property
    def pending_faults(self) -> list[tuple[str, str, int]]:
        """(method, kind, remaining) of faults not yet played."""
        return [(f.method, f.kind, f.remaining) for f in self._faults]

    def block_chat(self, chat_id: int | str) -> None:
        """From now on every send/edit to this chat answers 403 (blocked / kicked / not a member)."""
        key = _as_chat_id(chat_id)
        if key is None:
            raise ValueError("chat_id is required")
        kind = "channel"
        if isinstance(key, int):
            kind = self._chats[key]["type"] if key in self._chats else _chat_type_for(key)
        self._blocked[key] = _FORBIDDEN_BY_CHAT_TYPE[kind]

    def unblock_chat(self, chat_id: int | str) -> None:
        key = _as_chat_id(chat_id)
        if key is not None:
            self._blocked.pop(key, None)

    def migrate_chat(self, chat_id: int, new_chat_id: int) -> None:
        """From now on every send/edit to the old group answers 400 with migrate_to_chat_id."""
        self._migrated[chat_id] = new_chat_id
        self._register_chat(new_chat_id, "supergroup")

    # -- updates for the bot ----------------------------------------------------------------------

    def push_message(
        self,
        chat_id: int,
        text: str,
        from_id: int | None = None,
        chat_type: str | None = None,
        message_thread_id: int | None = None,
    ) -> Json:
        """Queue an Update carrying a user's message (or a channel post) for getUpdates.

        chat_type defaults from the id: positive -> private, <= -10**12 -> supergroup, else group.
        A leading "/command" gets a bot_command entity. Returns the Update dict.
        """
        chat = self._register_chat(chat_id, chat_type)
        message: Json = {
            "message_id": self._new_message_id(chat_id),
            "date": int(time.time()),
            "chat": dict(chat),
            "text": text,
        }
        if chat["type"] == "channel":
            message["sender_chat"] = dict(chat)
        else:
            message["from"] = self._user(_sender_id(chat, from_id))
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]
        if message_thread_id is not None:
            message["message_thread_id"] = message_thread_id
            message["is_topic_message"] = True
        key = "channel_post" if chat["type"] == "channel" else "message"
        update = {"update_id": next(self._update_ids), key: message}
        self._updates.append(update)
        self._notify()
        return update

    @property
    def pending_updates(self) -> list[Json]:
        return list(self._updates)

    # -- reading what happened -------------------------------------------------------------------

    def sent_to(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.messages if m.chat_id == chat_id]

    def texts(self, chat_id: int, rendered: bool = False) -> list[str]:
        """Texts sent to a chat, as sent (markup included) or as rendered for the user."""
        return [m.rendered if rendered else m.text for m in self.sent_to(chat_id)]

    def method_calls(self, name: str) -> list[RecordedRequest]:
        lowered = name.lower()
        return [r for r in self.requests if r.method.lower() == lowered]

    async def wait_for_message(
        self,
        chat_id: int,
        predicate: Callable[[SentMessage], bool] | None = None,
        timeout: float = 5.0,
    ) -> SentMessage:
        """The first message sent to `chat_id` (ever, not only from now on) matching `predicate`."""

        def find() -> SentMessage | None:
            for message in self.messages:
                if message.chat_id == chat_id and (predicate is None or predicate(message)):
                    return message
            return None

        found = await self._wait(find, timeout)
        if found is None:
            raise WaitTimeout(
                f"no matching message to chat {chat_id} within {timeout:g}s; "
                f"sent there: {self.texts(chat_id)!r}"
            )
        return found

    async def wait_for_requests(
        self, method: str, count: int = 1, timeout: float = 5.0
    ) -> list[RecordedRequest]:
        """Wait until `method` has been called at least `count` times; return those calls."""

        def enough() -> list[RecordedRequest] | None:
            calls = self.method_calls(method)
            return calls if len(calls) >= count else None

        calls = await self._wait(enough, timeout)
        if calls is None:
            raise WaitTimeout(
                f"{method} called {len(self.method_calls(method))} times, "
                f"expected {count} within {timeout:g}s"
            )
        return calls

    async def _wait(self, probe: Callable[[], T | None], timeout: float) -> T | None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            pulse = self._pulse
            found = probe()
            remaining = deadline - loop.time()
            if found is not None or remaining <= 0:
                return found
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(pulse.wait(), remaining)

    def _notify(self) -> None:
        self._pulse.set()
        self._pulse = asyncio.Event()

    # -- HTTP ---------------------------------------------------------------------------------------

    async def _serve_not_found(self, request: web.Request) -> web.Response:
        return _error_response(404, "Not Found")

    async def _serve_method(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return _error_response(401, "Unauthorized")
        method = request.match_info["method"]
        try:
            params, files = await _read_params(request)
        except ValueError as exc:
            return _error_response(400, f"Bad Request: {exc}")
        except ConnectionResetError:  # the client went away mid-body (a daemon stopping): nothing was asked
            return _error_response(400, "Bad Request: the request body was cut off")
        loop = asyncio.get_running_loop()
        record = RecordedRequest(method, params, loop.time(), files)
        self.requests.append(record)
        self._notify()
        call = _Call(method, method.lower(), params, files, record)
        response = await self._respond(call, request)
        record.status = response.status if response is not None else 0
        self._notify()
        return response if response is not None else web.Response()

    async def _respond(self, call: _Call, request: web.Request) -> web.Response | None:
        """None means: drop the connection without an answer."""
        fault = self._take_fault(call)
        if fault is not None:
            call.record.fault = fault.kind
            if fault.kind in {"timeout", "reset"}:
                answer = await self._perform(call) if fault.options.get("deliver") else None
                if fault.kind == "timeout":
                    hold = min(float(fault.options.get("hold", 2.0)), self.max_hold)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._closing.wait(), hold)
                    if answer is None:
                        answer = _html_error_response(504, "Gateway Time-out")
                    return answer
                if request.transport is not None:
                    request.transport.abort()
                return None
            return _fault_response(fault)
        return await self._perform(call)

    async def _perform(self, call: _Call) -> web.Response:
        handler = self._handlers.get(call.name)
        if handler is None:
            return _error_response(404, "Not Found: method not found")
        try:
            self._check_chat_state(call)
            rate_check = self._rate_check(call)
            result = handler(call)
            if asyncio.iscoroutine(result):
                result = await result
        except _ApiError as exc:
            return _error_response(exc.status, exc.description, exc.parameters)
        if rate_check is not None:
            self._limiter.admit(rate_check, call.method)
        return web.json_response({"ok": True, "result": result})

    def _take_fault(self, call: _Call) -> _Fault | None:
        chat_id = _as_chat_id(call.params.get("chat_id"))
        for fault in self._faults:
            if fault.method != call.name:
                continue
            if fault.chat_id is not None and fault.chat_id != chat_id:
                continue
            fault.remaining -= 1
            if fault.remaining == 0:
                self._faults.remove(fault)
            if fault.kind == "migrate":
                self._register_chat(int(fault.options["migrate_to_chat_id"]), "supergroup")
            return fault
        return None

    def _check_chat_state(self, call: _Call) -> None:
        if call.name not in _CHAT_METHODS:
            return
        chat_id = _as_chat_id(call.params.get("chat_id"))
        if chat_id is None:
            return
        if chat_id in self._migrated:
            raise _ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[chat_id]},
            )
        if chat_id in self._blocked:
            raise _ApiError(403, self._blocked[chat_id])

    def _rate_check(self, call: _Call) -> RateCheck | None:
        """Where a send or edit stands against the flood limits (None: not a counted call).

        When enforcing, a call over a limit is refused here with 429 like Telegram. Otherwise the
        caller admits the check once the call succeeded: only what Telegram accepts is counted.
        """
        chat_id = _as_chat_id(call.params.get("chat_id"))
        if call.name not in _CHAT_METHODS or not isinstance(chat_id, int):
            return None
        check = self._limiter.check(chat_id, asyncio.get_running_loop().time())
        if not check.ok and self._limiter.limits.enforce:
            retry_after = check.retry_after
            raise _ApiError(
                429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
            )
        return check

    # -- chats and users ----------------------------------------------------------------------------

    def _register_chat(self, chat_id: int, chat_type: str | None) -> Json:
        known = self._chats.get(chat_id)
        if known is not None and (chat_type is None or known["type"] == chat_type):
            return known
        kind = chat_type or _chat_type_for(chat_id)
        if kind not in {"private", "group", "supergroup", "channel"}:
            raise ValueError(f"unknown chat type {kind!r}")
        if kind == "private":
            chat = {"id": chat_id, "type": kind, "first_name": f"User{chat_id}"}
            chat["username"] = f"user{chat_id}"
        else:
            chat = {"id": chat_id, "type": kind, "title": f"{kind.title()} {chat_id}"}
        self._chats[chat_id] = chat
        return chat

    def _resolve_chat(self, value: Any) -> int:
        chat_id = _as_chat_id(value)
        if chat_id is None:
            raise _bad_request("chat_id is empty")
        if isinstance(chat_id, str):
            if not chat_id.startswith("@"):
                raise _bad_request("chat not found")
            if chat_id not in self._usernames:
                numeric = _SUPERGROUP_ID_LIMIT - 1 - len(self._usernames)
                self._usernames[chat_id] = numeric
                self._register_chat(numeric, "channel")["username"] = chat_id[1:]
            return self._usernames[chat_id]
        self._register_chat(chat_id, None)
        return chat_id

    def _user(self, user_id: int) -> Json:
        return {
            "id": user_id,
            "is_bot": False,
            "first_name": f"User{user_id}",
            "username": f"user{user_id}",
            "language_code": "en",
        }

    def _new_message_id(self, chat_id: int) -> int:
        next_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = next_id + 1
        return next_id

    def _message_json(self, chat_id: int, message_id: int, date: int, params: Json) -> Json:
        chat = self._chats[chat_id]
        message: Json = {"message_id": message_id, "date": date, "chat": dict(chat)}
        if chat["type"] == "channel":
            message["sender_chat"] = dict(chat)
        else:
            message["from"] = dict(self.bot_user)
        thread_id = _opt_int(params.get("message_thread_id"))
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message

    # -- text validation ------------------------------------------------------------------------------

    def _render(
        self, text: str, parse_mode: Any, limit: int, too_long: str, empty: str | None
    ) -> tuple[str, list[Json]]:
        """Rendered text and entities, or the Bad Request Telegram would answer."""
        mode = str(parse_mode).lower() if parse_mode else ""
        if mode == "html":
            try:
                rendered, entities = parse_telegram_html(text, strict_ampersand=self.strict_ampersand)
            except HtmlParseError as exc:
                raise _bad_request(f"can't parse entities: {exc}") from None
        elif mode in {"", "markdown", "markdownv2"}:
            rendered, entities = text, []  # Markdown is passed through unchecked
        else:
            raise _bad_request("unsupported parse_mode")
        rendered, entities = _trim(rendered, entities)
        if not rendered and empty is not None:
            raise _bad_request(empty)
        if utf16_len(rendered) > limit:
            raise _bad_request(too_long)
        return rendered, entities

    def _render_text(self, text: str, parse_mode: Any) -> tuple[str, list[Json]]:
        return self._render(
            text, parse_mode, MAX_MESSAGE_LENGTH, "message is too long", "message text is empty"
        )

    # -- methods --------------------------------------------------------------------------------------

    def _get_me(self, call: _Call) -> Json:
        return dict(self.bot_user)

    def _delete_webhook(self, call: _Call) -> bool:
        if _opt_bool(call.params.get("drop_pending_updates")):
            self._updates.clear()
        return True

    async def _get_updates(self, call: _Call) -> list[Json]:
        params = call.params
        offset = _opt_int(params.get("offset"))
        limit = min(max(_opt_int(params.get("limit")) or 100, 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        allowed = params.get("allowed_updates")
        if offset is not None:
            if offset < 0:
                del self._updates[: max(len(self._updates) + offset, 0)]
            else:
                self._updates[:] = [u for u in self._updates if u["update_id"] >= offset]
        if isinstance(allowed, list) and allowed:
            self._updates[:] = [u for u in self._updates if any(k in u for k in allowed)]

        loop = asyncio.get_running_loop()
        deadline = loop.time() + min(timeout, self.long_poll_cap)
        while True:
            pulse = self._pulse
            if self._updates or self._closing.is_set():
                return [json.loads(json.dumps(u)) for u in self._updates[:limit]]
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(pulse.wait(), remaining)

    def _set_my_commands(self, call: _Call) -> bool:
        commands = call.params.get("commands")
        if not isinstance(commands, list):
            raise _bad_request("parameter \"commands\" is required")
        for command in commands:
            name = str(command.get("command", "")) if isinstance(command, dict) else ""
            name = name.removeprefix("/")
            well_formed = all(ch.islower() or ch.isdigit() or ch == "_" for ch in name)
            if not (1 <= len(name) <= 32) or not well_formed:
                raise _bad_request("BOT_COMMAND_INVALID")
            description = str(command.get("description", ""))
            if not (1 <= len(description) <= 256):
                raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        scope = json.dumps(call.params.get("scope") or {"type": "default"}, sort_keys=True)
        self.commands[scope, str(call.params.get("language_code") or "")] = [
            {"command": str(c["command"]).removeprefix("/"), "description": str(c["description"])}
            for c in commands
        ]
        return True

    def _delete_my_commands(self, call: _Call) -> bool:
        scope = json.dumps(call.params.get("scope") or {"type": "default"}, sort_keys=True)
        self.commands.pop((scope, str(call.params.get("language_code") or "")), None)
        return True

    def menu(self, scope: Json | None = None, language_code: str = "") -> list[str] | None:
        """The command names set for `scope` ({"type": "chat", "chat_id": 42}; None: default), or None."""
        key = json.dumps(scope or {"type": "default"}, sort_keys=True)
        commands = self.commands.get((key, language_code))
        return None if commands is None else [c["command"] for c in commands]

    def _send_message(self, call: _Call) -> Json:
        params = call.params
        chat_id = self._resolve_chat(params.get("chat_id"))
        text = params.get("text")
        text = "" if text is None else str(text)
        rendered, entities = self._render_text(text, params.get("parse_mode"))
        if isinstance(params.get("entities"), list) and not params.get("parse_mode"):
            entities = list(params["entities"])
        preview = _dict_param(params, "link_preview_options")
        no_preview = _opt_bool(params.get("disable_web_page_preview"))
        if no_preview is None and preview is not None:
            no_preview = _opt_bool(preview.get("is_disabled"))
        reply = _dict_param(params, "reply_parameters")
        if reply is not None:
            reply_to = _opt_int(reply.get("message_id"))
        else:
            reply_to = _opt_int(params.get("reply_to_message_id"))
        message_id = self._new_message_id(chat_id)
        date = int(time.time())
        sent = SentMessage(
            chat_id=chat_id,
            message_id=message_id,
            text=text,
            rendered=rendered,
            entities=tuple(entities),
            parse_mode=params.get("parse_mode") or None,
            message_thread_id=_opt_int(params.get("message_thread_id")),
            disable_notification=_opt_bool(params.get("disable_notification")),
            disable_web_page_preview=no_preview,
            link_preview_options=preview,
            reply_markup=_dict_param(params, "reply_markup"),
            reply_to_message_id=reply_to,
            date=date,
            time=call.record.time,
        )
        self.messages.append(sent)
        message = self._message_json(chat_id, message_id, date, params)
        message["text"] = rendered
        if entities:
            message["entities"] = entities
        if preview:
            message["link_preview_options"] = preview
        return message

    def _edit_message_text(self, call: _Call) -> Json | bool:
        params = call.params
        text = "" if params.get("text") is None else str(params["text"])
        rendered, entities = self._render_text(text, params.get("parse_mode"))
        markup = _dict_param(params, "reply_markup")
        parse_mode = params.get("parse_mode") or None
        inline_id = params.get("inline_message_id")
        if inline_id:
            edit = SentEdit(None, None, str(inline_id), text, rendered, parse_mode, markup, call.record.time)
            self.edits.append(edit)
            return True
        chat_id = self._resolve_chat(params.get("chat_id"))
        message_id = _opt_int(params.get("message_id"))
        index = next(
            (k for k, m in enumerate(self.messages) if (m.chat_id, m.message_id) == (chat_id, message_id)),
            None,
        )
        if index is None:
            raise _bad_request("message to edit not found")
        old = self.messages[index]
        if old.rendered == rendered and list(old.entities) == entities and old.reply_markup == markup:
            raise _bad_request(
                "message is not modified: specified new message content and reply markup are exactly "
                "the same as a current content and reply markup of the message"
            )
        edit_date = int(time.time())
        self.messages[index] = dataclasses.replace(
            old,
            text=text,
            rendered=rendered,
            entities=tuple(entities),
            parse_mode=parse_mode,
            reply_markup=markup,
            edited=True,
        )
        self.edits.append(
            SentEdit(chat_id, message_id, None, text, rendered, parse_mode, markup, call.record.time)
        )
        message = self._message_json(chat_id, old.message_id, old.date, params)
        message.update({"text": rendered, "edit_date": edit_date})
        if entities:
            message["entities"] = entities
        return message

    def _send_photo(self, call: _Call) -> Json:
        params = call.params
        chat_id = self._resolve_chat(params.get("chat_id"))
        upload = call.files.get("photo")
        ref = params.get("photo")
        if upload is None and isinstance(ref, str) and ref.startswith("attach://"):
            upload = call.files.get(ref.removeprefix("attach://"))
        if upload is None and not ref:
            raise _bad_request("there is no photo in the request")
        known = str(ref) in self._photo_sizes or str(ref).startswith(("http://", "https://"))
        if upload is None and not known:
            raise _bad_request("wrong file identifier/HTTP URL specified")
        caption = params.get("caption")
        rendered_caption: str | None = None
        caption_entities: list[Json] = []
        if caption:
            rendered_caption, caption_entities = self._render(
                str(caption), params.get("parse_mode"), MAX_CAPTION_LENGTH,
                "message caption is too long", None,
            )  # fmt: skip
        file_id = f"fake-photo-{next(self._file_ids)}"
        size = len(upload.data) if upload else self._photo_sizes.get(str(ref), 0)
        self._photo_sizes[file_id] = size
        message_id = self._new_message_id(chat_id)
        record = SentPhoto(
            chat_id=chat_id,
            message_id=message_id,
            file_id=file_id,
            data=upload.data if upload else None,
            filename=upload.filename if upload else None,
            content_type=upload.content_type if upload else None,
            file_ref=None if upload else str(ref),
            caption=str(caption) if caption else None,
            rendered_caption=rendered_caption,
            parse_mode=params.get("parse_mode") or None,
            message_thread_id=_opt_int(params.get("message_thread_id")),
            disable_notification=_opt_bool(params.get("disable_notification")),
            reply_markup=_dict_param(params, "reply_markup"),
            time=call.record.time,
        )
        self.photos.append(record)
        message = self._message_json(chat_id, message_id, int(time.time()), params)
        unique = file_id.replace("fake-", "uniq-")
        message["photo"] = [{"file_id": file_id, "file_unique_id": unique, "width": 320,
                             "height": 240, "file_size": size}]  # fmt: skip
        if rendered_caption:
            message["caption"] = rendered_caption
            if caption_entities:
                message["caption_entities"] = caption_entities
        return message

@dataclass
class _Call:
    method: str
    name: str  # lower case
    params: Json
    files: dict[str, UploadedFile]
    record: RecordedRequest


async def _read_params(request: web.Request) -> tuple[Json, dict[str, UploadedFile]]:
    """Query string plus a form-encoded, multipart or JSON body, decoded to Bot API values."""
    params: Json = {name: _coerce(name, value) for name, value in request.query.items()}
    files: dict[str, UploadedFile] = {}
    if request.content_type == "application/json":
        body = await request.read()
        if body.strip():
            decoded = json.loads(body)
            if not isinstance(decoded, dict):
                raise ValueError("JSON body must be an object")
            params.update(decoded)
    elif request.content_type in {"application/x-www-form-urlencoded", "multipart/form-data"}:
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                files[name] = UploadedFile(value.filename, value.content_type, value.file.read())
            else:
                params[name] = _coerce(name, str(value))
    return params, files


def _error_response(status: int, description: str, parameters: Json | None = None) -> web.Response:
    body: Json = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


def _html_error_response(status: int, reason: str) -> web.Response:
    page = (
        f"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
        f"<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
        "</body>\r\n</html>\r\n"
    )  # what Telegram's nginx front answers when the backend is down
    return web.Response(status=status, text=page, content_type="text/html")


def _fault_response(fault: _Fault) -> web.Response:
    options = fault.options
    if fault.kind == "retry_after":
        seconds = int(options.get("retry_after", 1))
        description = f"Too Many Requests: retry after {seconds}"
        return _error_response(429, description, {"retry_after": seconds})
    if fault.kind == "server_error":
        status = int(options.get("status", 500))
        if status == 500:
            return _error_response(500, "Internal Server Error")
        reason = {502: "Bad Gateway", 503: "Service Temporarily Unavailable", 504: "Gateway Time-out"}
        return _html_error_response(status, reason[status])
    if fault.kind == "blocked":
        return _error_response(403, "Forbidden: bot was blocked by the user")
    if fault.kind == "kicked":
        return _error_response(403, "Forbidden: bot was kicked from the group chat")
    if fault.kind == "chat_not_found":
        return _error_response(400, "Bad Request: chat not found")
    if fault.kind == "bad_request":
        description = str(options["description"])
        if not description.startswith("Bad Request:"):
            description = f"Bad Request: {description}"
        return _error_response(400, description)
    if fault.kind == "migrate":
        return _error_response(
            400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            {"migrate_to_chat_id": int(options["migrate_to_chat_id"])},
        )
    raise AssertionError(f"fault {fault.kind} is not answered with a response")

