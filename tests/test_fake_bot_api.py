"""The fake Bot API behaves like Telegram as far as the real PTB client can tell."""

from __future__ import annotations

import asyncio
import datetime as dtm

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import Application, CommandHandler, ContextTypes
from telegram.request import HTTPXRequest

from support.fake_bot_api import FakeBotApi, ptb_request
from support.telegram_html import parse_telegram_html, utf16_len
from support.telegram_limits import RateLimits
from support.wait import WaitTimeout, wait_for_event, wait_until

TOKEN = "123456:TEST-TOKEN"
CLIENT_TIMEOUT = 0.5
# PTB 22 warns that RetryAfter.retry_after will become a timedelta; not this file's concern.
IGNORE_RETRY_AFTER_TYPE = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


def _request() -> HTTPXRequest:
    return ptb_request(CLIENT_TIMEOUT)


@pytest.fixture
async def api():
    async with FakeBotApi(token=TOKEN) as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotApi):
    async with Bot(
        TOKEN,
        base_url=api.base_url,
        request=_request(),
        get_updates_request=_request(),
    ) as client:
        yield client


# -- identity and plain sending ------------------------------------------------------------------


async def test_get_me_identifies_the_bot(api: FakeBotApi, bot: Bot):
    me = await bot.get_me()

    assert me.is_bot
    assert me.username == api.username == bot.username
    assert me.id == 123456
    assert api.base_url.startswith("http://127.0.0.1:") and api.base_url.endswith("/bot")


async def test_a_wrong_token_is_unauthorized(api: FakeBotApi):
    with pytest.raises(InvalidToken, match="rejected by the server"):
        async with Bot("999:WRONG", base_url=api.base_url, request=_request()):
            pass


async def test_an_unknown_method_is_not_found(bot: Bot):
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": 1})


async def test_send_message_returns_the_message_with_per_chat_ids(api: FakeBotApi, bot: Bot):
    first = await bot.send_message(42, "hello")
    second = await bot.send_message(42, "again", disable_notification=True)
    elsewhere = await bot.send_message(-100, "group hello", message_thread_id=7)

    assert (first.message_id, second.message_id, elsewhere.message_id) == (1, 2, 1)
    assert first.text == "hello" and first.chat.id == 42 and first.chat.type == "private"
    assert first.from_user is not None and first.from_user.username == api.username
    assert elsewhere.chat.type == "group" and elsewhere.message_thread_id == 7
    assert api.texts(42) == ["hello", "again"]
    assert api.sent_to(42)[1].disable_notification is True
    assert api.sent_to(-100)[0].message_thread_id == 7
    assert [call.params["chat_id"] for call in api.method_calls("sendMessage")] == [42, 42, -100]


async def test_send_message_records_options(api: FakeBotApi, bot: Bot):
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Open", url="https://example.org/")]])
    message = await bot.send_message(
        42,
        "with options",
        link_preview_options=LinkPreviewOptions(is_disabled=True),
        reply_markup=keyboard,
    )

    sent = api.sent_to(42)[0]
    assert sent.disable_web_page_preview is True
    assert sent.link_preview_options == {"is_disabled": True}
    assert sent.reply_markup == {"inline_keyboard": [[{"text": "Open", "url": "https://example.org/"}]]}
    assert message.reply_markup == keyboard


async def test_a_json_body_is_accepted(api: FakeBotApi):
    async with aiohttp.ClientSession() as session:
        url = f"{api.base_url}{TOKEN}/sendMessage"
        async with session.post(url, json={"chat_id": "42", "text": "json body"}) as response:
            body = await response.json()

    assert response.status == 200 and body["ok"] is True
    assert body["result"]["text"] == "json body"
    assert api.texts(42) == ["json body"]


# -- validation ------------------------------------------------------------------------------------


async def test_html_is_rendered_with_entities(api: FakeBotApi, bot: Bot):
    html = '<b>Xiaomi</b> &amp; <a href="https://example.org/a?x=1&amp;y=2">DeepSeek</a> <i>news</i>'

    message = await bot.send_message(42, html, parse_mode=ParseMode.HTML)

    assert message.text == "Xiaomi & DeepSeek news"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [
        ("bold", 0, 6),
        ("text_link", 9, 8),
        ("italic", 18, 4),
    ]
    assert message.entities[1].url == "https://example.org/a?x=1&y=2"
    assert api.sent_to(42)[0].text == html
    assert api.texts(42, rendered=True) == ["Xiaomi & DeepSeek news"]


@pytest.mark.parametrize(
    ("html", "complaint"),
    [
        ("<div>block</div>", 'unsupported start tag "div" at byte offset 0'),
        ("<b>bold", "can't find end tag corresponding to start tag b"),
        ("<b><i>x</b></i>", 'expected "</i>", found "</b>"'),
        ("x</b>", "unexpected end tag at byte offset 1"),
        ('<span class="warning">x</span>', 'tag "span" must have class "tg-spoiler"'),
        ("1 < 2", 'unsupported start tag "" at byte offset 2'),
        ("AT&T", 'character "&" at byte offset 2'),
        ('<a href="https://e.org/?a=1&b=2">x</a>', 'character "&" in an attribute value'),
    ],
)
async def test_bad_html_is_a_bad_request(api: FakeBotApi, bot: Bot, html: str, complaint: str):
    with pytest.raises(BadRequest) as caught:
        await bot.send_message(42, html, parse_mode=ParseMode.HTML)

    assert "can't parse entities" in str(caught.value).lower()
    assert complaint.lower() in str(caught.value).lower()
    assert api.messages == []


async def test_allowed_html_passes(bot: Bot):
    html = (
        "<strong>s</strong><em>e</em><u>u</u><ins>i</ins><s>s</s><strike>k</strike><del>d</del>"
        '<span class="tg-spoiler">p</span><tg-spoiler>q</tg-spoiler><code>c</code>'
        '<pre><code class="language-python">x = 1</code></pre><blockquote expandable>quote</blockquote>'
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji> &lt;&gt;&quot;&#39;&#x41;'
    )

    message = await bot.send_message(42, html, parse_mode="HTML")

    types = {e.type for e in message.entities}
    assert types >= {"bold", "italic", "underline", "strikethrough", "spoiler", "code", "pre",
                     "expandable_blockquote", "custom_emoji"}  # fmt: skip
    assert [e.language for e in message.entities if e.type == "pre"] == ["python"]
    assert message.text.endswith("👍 <>\"'A")


async def test_length_is_counted_in_utf16_after_markup(bot: Bot):
    assert utf16_len("😀") == 2
    await bot.send_message(42, "😀" * 2048)  # 4096 code units: the limit exactly
    await bot.send_message(42, f"<b>{'a' * 4096}</b>", parse_mode="HTML")  # tags do not count
    await bot.send_message(42, "&amp;" * 4096, parse_mode="HTML")  # entities count as one

    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(42, "😀" * 2048 + "a")
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(42, "a" * 4097)


@pytest.mark.parametrize("text", ["", "   \n ", "<b> </b>"])
async def test_empty_text_is_a_bad_request(bot: Bot, text: str):
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(42, text, parse_mode="HTML")


def test_html_parser_offsets_follow_utf16_and_trimming():
    text, entities = parse_telegram_html("  <b>😀x</b> <i>y</i>  ")

    assert text == "  😀x y  "  # untrimmed: the server trims and shifts the entities
    assert entities == [
        {"type": "bold", "offset": 2, "length": 3},
        {"type": "italic", "offset": 6, "length": 1},
    ]
    lenient, _ = parse_telegram_html("AT&T", strict_ampersand=False)
    assert lenient == "AT&T"


# -- scripted faults ---------------------------------------------------------------------------------


@IGNORE_RETRY_AFTER_TYPE
async def test_retry_after_surfaces_as_retry_after(api: FakeBotApi, bot: Bot):
    api.fail_next("sendMessage", "retry_after", retry_after=3)

    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(42, "x")

    assert caught.value.retry_after in (3, dtm.timedelta(seconds=3))
    assert api.method_calls("sendMessage")[0].status == 429
    assert (await bot.send_message(42, "x")).message_id == 1  # the fault was used up
    assert api.pending_faults == []


@pytest.mark.parametrize(
    ("kind", "options", "error", "text"),
    [
        ("blocked", {}, Forbidden, "bot was blocked by the user"),
        ("kicked", {}, Forbidden, "bot was kicked from the group chat"),
        ("chat_not_found", {}, BadRequest, "Chat not found"),
        ("bad_request", {"description": "message thread not found"}, BadRequest, "thread not found"),
        ("server_error", {}, NetworkError, "Internal Server Error"),
        ("server_error", {"status": 502}, NetworkError, "Bad Gateway"),
    ],
)
async def test_scripted_errors_surface_as_ptb_exceptions(
    api: FakeBotApi, bot: Bot, kind: str, options: dict, error: type[Exception], text: str
):
    api.fail_next("sendMessage", kind, **options)

    with pytest.raises(error, match=text) as caught:
        await bot.send_message(42, "x")

    if error is NetworkError:
        assert type(caught.value) is NetworkError
    assert api.messages == []


async def test_migrate_surfaces_as_chat_migrated(api: FakeBotApi, bot: Bot):
    api.fail_next("sendMessage", "migrate", chat_id=-555, migrate_to_chat_id=-1001234567890)

    with pytest.raises(ChatMigrated) as caught:
        await bot.send_message(-555, "x")

    assert caught.value.new_chat_id == -1001234567890
    moved = await bot.send_message(caught.value.new_chat_id, "x")
    assert moved.chat.type == "supergroup"


async def test_a_hung_request_times_out_in_the_client(api: FakeBotApi, bot: Bot):
    api.fail_next("sendMessage", "timeout", hold=CLIENT_TIMEOUT * 3)

    with pytest.raises(TimedOut):
        await bot.send_message(42, "x")

    assert api.messages == []


async def test_a_hung_request_may_still_have_been_delivered(api: FakeBotApi, bot: Bot):
    api.fail_next("sendMessage", "timeout", hold=CLIENT_TIMEOUT * 3, deliver=True)

    with pytest.raises(TimedOut):
        await bot.send_message(42, "maybe")

    assert api.texts(42) == ["maybe"]  # the at-least-once case a sender must tolerate


async def test_a_dropped_connection_is_a_network_error(api: FakeBotApi, bot: Bot):
    api.fail_next("sendMessage", "reset", count=2)

    for _ in range(2):
        with pytest.raises(NetworkError) as caught:
            await bot.send_message(42, "x")
        assert not isinstance(caught.value, TimedOut)

    assert (await bot.send_message(42, "x")).text == "x"
    assert [call.status for call in api.method_calls("sendMessage")] == [0, 0, 200]


async def test_a_fault_for_one_chat_leaves_others_alone(api: FakeBotApi, bot: Bot):
    api.fail_next("sendMessage", "blocked", chat_id=7)

    await bot.send_message(8, "fine")
    with pytest.raises(Forbidden):
        await bot.send_message(7, "x")
    await bot.send_message(7, "fine now")

    assert api.texts(8) == ["fine"] and api.texts(7) == ["fine now"]


async def test_a_blocked_chat_stays_blocked_until_unblocked(api: FakeBotApi, bot: Bot):
    api.block_chat(7)
    api.block_chat(-1001000000001)

    for _ in range(2):
        with pytest.raises(Forbidden, match="blocked by the user"):
            await bot.send_message(7, "x")
    with pytest.raises(Forbidden, match="kicked from the supergroup chat"):
        await bot.send_message(-1001000000001, "x")
    api.unblock_chat(7)

    assert (await bot.send_message(7, "back")).text == "back"


def test_fail_next_rejects_what_it_cannot_play(api: FakeBotApi):
    with pytest.raises(ValueError, match="unknown fault kind"):
        api.fail_next("sendMessage", "meteor")
    with pytest.raises(ValueError, match="migrate_to_chat_id"):
        api.fail_next("sendMessage", "migrate")
    with pytest.raises(ValueError, match="do not apply"):
        api.fail_next("sendMessage", "blocked", retry_after=3)


# -- rate limits -------------------------------------------------------------------------------------


async def test_rate_checker_records_a_flood_to_one_private_chat(api: FakeBotApi, bot: Bot):
    for n in range(5):
        await bot.send_message(42, f"flood {n}")
    for n in range(5):
        await bot.send_message(-200, f"group {n}")  # within a group's burst

    assert [(v.scope, v.chat_id) for v in api.rate_violations] == [("private", 42), ("private", 42)]


@IGNORE_RETRY_AFTER_TYPE
async def test_rate_checker_can_refuse_like_telegram():
    limits = RateLimits(private_burst=1, enforce=True)
    async with (
        FakeBotApi(token=TOKEN, rate_limits=limits) as api,
        Bot(TOKEN, base_url=api.base_url, request=_request()) as bot,
    ):
        await bot.send_message(42, "one")
        with pytest.raises(RetryAfter):
            await bot.send_message(42, "two")

    assert api.texts(42) == ["one"] and api.rate_violations == []


@IGNORE_RETRY_AFTER_TYPE
async def test_a_group_takes_20_sends_a_minute_in_a_sliding_window():
    async with (
        FakeBotApi(token=TOKEN, rate_limits=RateLimits(enforce=True)) as api,
        Bot(TOKEN, base_url=api.base_url, request=_request()) as bot,
    ):
        for n in range(20):  # at once: Telegram takes a group's 20 a minute in one burst
            await bot.send_message(-200, f"group {n}")
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(-200, "one too many")
        await bot.send_message(-300, "another group is not held up")

    seconds = caught.value.retry_after
    seconds = seconds.total_seconds() if isinstance(seconds, dtm.timedelta) else seconds
    assert 59 <= seconds <= 60  # until the first send is a minute old, not the next 3 s slot
    assert len(api.texts(-200)) == 20 and api.method_calls("sendMessage")[20].status == 429


async def test_edits_count_toward_the_limits_like_sends(api: FakeBotApi, bot: Bot):
    sent = [await bot.send_message(-200, f"group {n}") for n in range(20)]

    await bot.edit_message_text("group 0, updated", -200, sent[0].message_id)

    assert [(v.scope, v.chat_id, v.method) for v in api.rate_violations] == [
        ("group", -200, "editMessageText")
    ]


# -- other methods ------------------------------------------------------------------------------------


async def test_edit_message_text_updates_the_message(api: FakeBotApi, bot: Bot):
    sent = await bot.send_message(42, "draft")

    edited = await bot.edit_message_text("<b>final</b>", 42, sent.message_id, parse_mode="HTML")

    assert edited.text == "final" and edited.edit_date is not None
    assert api.sent_to(42)[0].rendered == "final" and api.sent_to(42)[0].edited
    assert [e.text for e in api.edits] == ["<b>final</b>"]
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text("<b>final</b>", 42, sent.message_id, parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", chat_id=42, message_id=99)


async def test_send_photo_uploads_bytes_with_a_caption(api: FakeBotApi, bot: Bot):
    image = b"\x89PNG\r\n\x1a\nfake image bytes"

    message = await bot.send_photo(42, photo=image, caption="<b>chart</b>", parse_mode="HTML")

    assert api.photos[0].data == image and api.photos[0].caption == "<b>chart</b>"
    assert message.caption == "chart" and message.photo[0].file_size == len(image)
    again = await bot.send_photo(-100, photo=message.photo[0].file_id)  # a file_id it issued
    assert api.photos[1].file_ref == message.photo[0].file_id and again.photo[0].file_size == len(image)
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier"):
        await bot.send_photo(42, photo="no-such-file-id")
    with pytest.raises(BadRequest, match="caption is too long"):
        await bot.send_photo(42, photo=image, caption="c" * 1025)


async def test_set_my_commands_is_validated_and_recorded(api: FakeBotApi, bot: Bot):
    assert await bot.set_my_commands([("status", "Show status"), ("add_feed", "Add a feed")])

    assert api.commands == {
        ('{"type": "default"}', ""): [
            {"command": "status", "description": "Show status"},
            {"command": "add_feed", "description": "Add a feed"},
        ]
    }
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([("Status", "capitals are not allowed")])
    with pytest.raises(BadRequest, match=r"(?i)bot_command_description_invalid"):
        await bot.set_my_commands([("status", "")])


async def test_command_menus_are_kept_per_scope_and_can_be_deleted(api: FakeBotApi, bot: Bot):
    from telegram import BotCommandScopeChat, BotCommandScopeChatMember

    assert await bot.set_my_commands([("help", "Help")])
    assert await bot.set_my_commands([("status", "Status")], scope=BotCommandScopeChat(42))
    assert await bot.set_my_commands([("add_feed", "Add")], scope=BotCommandScopeChatMember(-100, 7))
    assert api.menu() == ["help"] and api.menu({"type": "chat", "chat_id": 42}) == ["status"]
    assert api.menu({"type": "chat_member", "chat_id": -100, "user_id": 7}) == ["add_feed"]
    assert await bot.delete_my_commands(scope=BotCommandScopeChat(42))
    assert api.menu({"type": "chat", "chat_id": 42}) is None and api.menu() == ["help"]


async def test_delete_webhook_may_drop_pending_updates(api: FakeBotApi, bot: Bot):
    api.push_message(42, "/status")
    assert await bot.delete_webhook()
    assert len(api.pending_updates) == 1

    assert await bot.delete_webhook(drop_pending_updates=True)
    assert api.pending_updates == []


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBUserWarning")  # "use Bot.sendDocument"
@pytest.mark.parametrize("method", ["sendDocument", "getChat", "getFile", "answerCallbackQuery"])
async def test_methods_newsbot_does_not_call_are_not_served(bot: Bot, method: str):
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request(method, api_kwargs={"chat_id": 42})


# -- updates -------------------------------------------------------------------------------------------


async def test_an_injected_command_arrives_through_get_updates(api: FakeBotApi, bot: Bot):
    pushed = api.push_message(42, "/status now")

    updates = await bot.get_updates(timeout=1)

    assert [u.update_id for u in updates] == [pushed["update_id"]]
    message = updates[0].message
    assert message.text == "/status now" and message.from_user.id == 42
    assert message.entities[0].type == "bot_command" and message.entities[0].length == len("/status")
    assert await bot.get_updates(offset=updates[0].update_id + 1, timeout=0) == ()


async def test_a_long_poll_wakes_when_an_update_arrives(api: FakeBotApi, bot: Bot):
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await api.wait_for_requests("getUpdates")

    api.push_message(-1001000000003, "/add_feed https://example.org/rss", from_id=9, message_thread_id=3)
    updates = await asyncio.wait_for(poll, timeout=0.8)  # less than the fake's 1 s poll cap

    message = updates[0].message
    assert message.chat.type == "supergroup" and message.from_user.id == 9
    assert message.message_thread_id == 3


async def test_channel_posts_arrive_as_channel_posts(api: FakeBotApi, bot: Bot):
    api.push_message(-1001000000004, "breaking", chat_type="channel")

    updates = await bot.get_updates(timeout=1)

    assert updates[0].channel_post is not None and updates[0].channel_post.text == "breaking"
    assert updates[0].message is None


async def test_closing_the_fake_ends_a_pending_long_poll():
    async with FakeBotApi(token=TOKEN, long_poll_cap=30) as api:
        bot = Bot(TOKEN, base_url=api.base_url, request=_request(), get_updates_request=ptb_request(5))
        async with bot:
            poll = asyncio.create_task(bot.get_updates(timeout=30))
            await api.wait_for_requests("getUpdates")
            started = asyncio.get_running_loop().time()
            await api.close()
            assert await asyncio.wait_for(poll, timeout=2) == ()
            assert asyncio.get_running_loop().time() - started < 2


async def test_an_application_answers_ping_with_pong(api: FakeBotApi):
    async def ping(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("pong")

    application = (
        Application.builder()
        .token(TOKEN)
        .base_url(api.base_url)
        .request(ptb_request())
        .get_updates_request(ptb_request())
        .build()
    )
    application.add_handler(CommandHandler("ping", ping))

    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        try:
            api.push_message(42, "/ping")
            api.push_message(-300, f"/ping@{api.username}", from_id=5)
            private = await api.wait_for_message(42, lambda m: m.text == "pong")
            group = await api.wait_for_message(-300, lambda m: m.text == "pong")
        finally:
            await application.updater.stop()
            await application.stop()

    assert private.chat_id == 42 and group.chat_id == -300
    assert api.pending_updates == []  # the updater confirmed what it handled


# -- waiting helpers ---------------------------------------------------------------------------------


async def test_wait_until_accepts_sync_and_async_predicates():
    flag = asyncio.Event()
    asyncio.get_running_loop().call_soon(flag.set)

    async def is_set() -> bool:
        return flag.is_set()

    await wait_until(flag.is_set, timeout=1)
    await wait_until(is_set, timeout=1)
    await wait_for_event(flag, timeout=1)


async def test_waiting_gives_up_with_the_message():
    with pytest.raises(WaitTimeout, match="never true"):
        await wait_until(lambda: False, timeout=0.05, message="never true")
    with pytest.raises(TimeoutError, match="never set"):
        await wait_for_event(asyncio.Event(), timeout=0.05, message="never set")


async def test_wait_for_message_reports_what_was_sent(api: FakeBotApi, bot: Bot):
    await bot.send_message(42, "something else")

    with pytest.raises(AssertionError, match="something else"):
        await api.wait_for_message(42, lambda m: m.text == "pong", timeout=0.1)
