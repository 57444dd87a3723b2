"""Chat commands, routing and quiet hours through the real PTB client against the fake Bot API."""

from __future__ import annotations

import hashlib
import struct
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from test_e2e import TOKEN, Running, polled, write_config

from support.fake_bot_api import FakeBotApi
from support.feed_server import FeedServer, rss
from support.wait import wait_until

GROUP = -1001234  # the second chat of write_config's chat_ids
USER = 111


def now() -> str:
    return format_datetime(datetime.now(UTC))


def with_chats(cfg: Path, extra: str) -> None:
    cfg.write_text(cfg.read_text() + "\n" + extra)


async def start(tmp_path: Path, feeds: FeedServer, api: FakeBotApi, extra: str = ""):
    feeds.set_feed("/f.xml", rss([]))
    cfg = write_config(tmp_path, feeds, api, ["/f.xml"])
    if extra:
        with_chats(cfg, extra)
    return cfg


def publish(feeds: FeedServer, *titles: str) -> None:
    feeds.set_feed("/f.xml", rss([{"title": t, "link": f"https://ex.org/{abs(hash(t))}", "pubDate": now()}
                                  for t in titles]))


async def test_topics_threads_and_quiet_hours_route_alerts(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        cfg = await start(tmp_path, feeds, api, f"""
[[chats]]
id = {GROUP}
topics = ["deepseek", "xiaomi_ai"]
threads = {{ deepseek = 12, xiaomi_ai = 15 }}

[[chats]]
id = {USER}
quiet_hours = "00:00-23:59"
timezone = "Asia/Kolkata"
""")
        async with Running(cfg) as service:
            await wait_until(lambda: polled(service, feeds.url("/f.xml")), timeout=10)
            publish(feeds, "DeepSeek releases V4 model weights", "Luo Fuli gives her first interview in years")
            await wait_until(lambda: len(api.sent_to(USER)) == 2 and len(api.sent_to(GROUP)) == 1, timeout=15)
        (group_msg,) = api.sent_to(GROUP)
        assert "DeepSeek releases V4" in group_msg.rendered and group_msg.message_thread_id == 12
        assert all(m.disable_notification for m in api.sent_to(USER))  # quiet, but delivered
        assert not group_msg.disable_notification


@pytest.mark.slow
async def test_subscribe_unsubscribe_mute_and_unmute(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        cfg = await start(tmp_path, feeds, api, f'\n[[chats]]\nid = {USER}\ntopics = ["deepseek"]\n')
        async with Running(cfg) as service:
            await wait_until(lambda: service.telegram.ready.is_set() and polled(service, feeds.url("/f.xml")),
                             timeout=10)
            api.push_message(USER, "/subscribe nonsense", from_id=USER)
            await api.wait_for_message(USER, lambda m: "Unknown topic" in m.rendered and "luo_fuli" in m.rendered)
            api.push_message(USER, "/subscribe luo_fuli", from_id=USER)
            await api.wait_for_message(USER, lambda m: "Subscribed to luo_fuli" in m.rendered)
            api.push_message(USER, "/unsubscribe deepseek", from_id=USER)
            await api.wait_for_message(USER, lambda m: "Unsubscribed from deepseek" in m.rendered)
            publish(feeds, "DeepSeek ships another model today", "Luo Fuli joins Xiaomi as head of MiMo")
            await api.wait_for_message(USER, lambda m: "Luo Fuli joins Xiaomi" in m.rendered, timeout=15)
            assert not any("DeepSeek ships" in m.rendered for m in api.sent_to(USER))

            api.push_message(USER, "/mute all 2h", from_id=USER)
            await api.wait_for_message(USER, lambda m: "Muted all" in m.rendered)
            publish(feeds, "Luo Fuli speaks at the Xiaomi AI developer day")
            n = feeds.count("/f.xml")
            await wait_until(lambda: feeds.count("/f.xml") >= n + 2, timeout=10)
            assert not any("developer day" in m.rendered for m in api.sent_to(USER))
            api.push_message(USER, "/unmute", from_id=USER)
            await api.wait_for_message(USER, lambda m: "Unmuted everything" in m.rendered)
            publish(feeds, "罗福莉：小米MiMo大模型将全面开源")
            await api.wait_for_message(USER, lambda m: "小米MiMo" in m.rendered, timeout=15)
        # settings are stored: a restart keeps them
        async with Running(cfg) as service:
            assert service.chats.settings(USER).unsubscribed == frozenset({"deepseek"})


@pytest.mark.slow
async def test_digest_collects_and_off_releases(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        cfg = await start(tmp_path, feeds, api)
        async with Running(cfg) as service:
            await wait_until(lambda: service.telegram.ready.is_set() and polled(service, feeds.url("/f.xml")),
                             timeout=10)
            api.push_message(USER, "/digest on 25:00", from_id=USER)
            await api.wait_for_message(USER, lambda m: "HH:MM" in m.rendered)
            api.push_message(USER, "/digest on 06:30", from_id=USER)
            await api.wait_for_message(USER, lambda m: "Digest on" in m.rendered and "06:30" in m.rendered)
            publish(feeds, "DeepSeek R2 tops the benchmark charts", "DeepSeek opens an office in Singapore")
            await wait_until(lambda: len(api.sent_to(GROUP)) == 2, timeout=15)  # the other chat is not in digest
            assert not any("DeepSeek" in m.rendered and "Digest" not in m.rendered for m in api.sent_to(USER))
            api.push_message(USER, "/digest off", from_id=USER)
            await api.wait_for_message(USER, lambda m: "2 collected go out now" in m.rendered)
            await wait_until(lambda: sum("DeepSeek" in m.rendered for m in api.sent_to(USER)) == 2, timeout=15)


async def test_trend_replies_with_a_chart_and_commands_work_in_channels(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        cfg = await start(tmp_path, feeds, api)
        async with Running(cfg) as service:
            await wait_until(lambda: service.telegram.ready.is_set() and polled(service, feeds.url("/f.xml")),
                             timeout=10)
            publish(feeds, "DeepSeek R2 tops the benchmark charts", "罗福莉加入小米大模型团队")
            await wait_until(lambda: len(api.sent_to(USER)) == 2, timeout=15)
            api.push_message(USER, "/trend 7", from_id=USER)
            await wait_until(lambda: api.photos, timeout=20)
            photo = api.photos[0]
            assert photo.data[:8] == b"\x89PNG\r\n\x1a\n"
            width, height = struct.unpack(">II", photo.data[16:24])
            assert (width, height) == (1000, 500)
            assert "DeepSeek: 1" in photo.caption and "Luo Fuli: 1" in photo.caption
            api.push_message(GROUP, "/status", chat_type="channel")
            await api.wait_for_message(GROUP, lambda m: "newsbot status" in m.rendered, timeout=10)
            api.push_message(USER, "/frobnicate", from_id=USER)
            await api.wait_for_message(USER, lambda m: "Unknown command" in m.rendered and "/subscribe" in m.rendered)
            names = api.menu({"type": "chat", "chat_id": USER})
            for command in ("subscribe", "mute", "digest", "trend"):
                assert command in names


async def test_a_chat_listed_only_under_chats_may_use_the_commands(tmp_path: Path) -> None:
    only = 333  # not in [telegram] chat_ids
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        cfg = await start(tmp_path, feeds, api, f'\n[[chats]]\nid = {only}\ntopics = ["deepseek"]\n')
        async with Running(cfg) as service:
            await wait_until(service.telegram.ready.is_set, timeout=10)
            api.push_message(only, "/status", from_id=only)
            reply = await api.wait_for_message(only, timeout=10)
            assert "newsbot status" in reply.rendered and "not configured" not in reply.rendered
            api.push_message(999_999, "/status", from_id=999_999)  # a stranger still is not
            stranger = await api.wait_for_message(999_999, timeout=10)
            assert "not configured" in stranger.rendered


async def test_commands_addressed_to_another_bot_are_left_alone(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        cfg = await start(tmp_path, feeds, api)
        async with Running(cfg) as service:
            await wait_until(service.telegram.ready.is_set, timeout=10)
            api.push_message(GROUP, "/frobnicate@otherbot", from_id=USER)
            api.push_message(GROUP, f"/frobnicate@{api.username}", from_id=USER)  # ours: unknown, so help
            reply = await api.wait_for_message(GROUP, timeout=10)
            assert "Unknown command" in reply.rendered
            api.push_message(GROUP, "/status", from_id=USER)
            await api.wait_for_message(GROUP, lambda m: "newsbot status" in m.rendered, timeout=10)
        assert sum("Unknown command" in m.rendered for m in api.sent_to(GROUP)) == 1  # not for otherbot's


async def test_a_stranger_flooding_commands_is_refused_once_a_minute(tmp_path: Path) -> None:
    stranger = 424242
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        cfg = await start(tmp_path, feeds, api)
        async with Running(cfg) as service:
            await wait_until(service.telegram.ready.is_set, timeout=10)
            for _ in range(30):
                api.push_message(stranger, "/status", from_id=stranger)
            await api.wait_for_message(stranger, lambda m: "not configured" in m.rendered, timeout=10)
            api.push_message(USER, "/status", from_id=USER)  # a member's command after the flood: answered
            await api.wait_for_message(USER, lambda m: "newsbot status" in m.rendered, timeout=10)
        assert len(api.sent_to(stranger)) == 1  # 30 commands, one refusal


async def test_trend_is_drawn_once_for_repeated_calls_and_a_429_is_no_second_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.control as control_module

    drawn: list[int] = []
    real = control_module.render_png

    def counting(*args, **kwargs):
        drawn.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(control_module, "render_png", counting)
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        cfg = await start(tmp_path, feeds, api)
        async with Running(cfg) as service:
            await wait_until(service.telegram.ready.is_set, timeout=10)
            api.fail_next("sendPhoto", "retry_after", retry_after=1)
            api.push_message(USER, "/trend 7", from_id=USER)
            await wait_until(lambda: api.method_calls("sendPhoto"), timeout=20)
            for _ in range(3):
                api.push_message(USER, "/trend 7", from_id=USER)
            await wait_until(lambda: len(api.photos) == 3, timeout=20)
            api.push_message(USER, "/status", from_id=USER)
            await api.wait_for_message(USER, lambda m: "newsbot status" in m.rendered, timeout=10)
        assert len(drawn) == 1  # four calls, one drawing
        assert not any("Something went wrong" in m.rendered for m in api.sent_to(USER))


async def test_status_warns_when_nothing_is_polled(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        cfg = write_config(tmp_path, feeds, api, [])  # no feeds, search off
        async with Running(cfg) as service:
            await wait_until(service.telegram.ready.is_set, timeout=10)
            api.push_message(USER, "/status", from_id=USER)
            reply = await api.wait_for_message(USER, lambda m: "newsbot status" in m.rendered, timeout=10)
        assert "⚠️" in reply.rendered and "no feeds" in reply.rendered and "nothing will be polled" in reply.rendered


ADMIN = 999  # write_config's admin_ids


def chat(chat_id: int) -> dict:
    return {"type": "chat", "chat_id": chat_id}


async def test_command_menus_are_scoped_to_admins_and_chats_and_follow_the_config(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        cfg = await start(tmp_path, feeds, api)
        async with Running(cfg) as service:
            await wait_until(service.telegram.ready.is_set, timeout=10)
            assert api.menu() == ["start", "help"]  # strangers: how to be let in
            member = api.menu(chat(GROUP))
            assert "status" in member and "trend" in member and "add_feed" not in member
            assert api.menu(chat(USER)) == member
            assert {"add_feed", "remove_feed"} <= set(api.menu(chat(ADMIN)))
            assert "add_feed" in api.menu({"type": "chat_member", "chat_id": GROUP, "user_id": ADMIN})

            cfg.write_text(cfg.read_text().replace("chat_ids = [111, -1001234]", "chat_ids = [111]")
                           .replace(f"admin_ids = [{ADMIN}]", f"admin_ids = [{ADMIN}, 555]"))
            admin_in_group = {"type": "chat_member", "chat_id": GROUP, "user_id": ADMIN}
            # the scopes are set and deleted one call at a time: wait for the last of them
            await wait_until(lambda: api.menu(chat(555)) is not None and api.menu(chat(GROUP)) is None
                             and api.menu(admin_in_group) is None, timeout=10)
            assert "add_feed" in api.menu(chat(555)) and api.menu(chat(USER)) == member
            calls = len(api.method_calls("setMyCommands"))
            cfg.write_text(cfg.read_text() + "\n# a comment: a reload that changes no chat or admin\n")
            digest = hashlib.sha256(cfg.read_bytes()).hexdigest()
            await wait_until(lambda: service.config.digest == digest, timeout=10)  # applied
            api.push_message(USER, "/status", from_id=USER)  # after the reload has been seen
            await api.wait_for_message(USER, lambda m: "newsbot status" in m.rendered, timeout=10)
        assert len(api.method_calls("setMyCommands")) == calls  # unchanged menus are not sent again


async def test_a_refusal_tells_the_stranger_their_chat_and_user_id(tmp_path: Path) -> None:
    group, person = -100987654321, 4321
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        cfg = await start(tmp_path, feeds, api)
        async with Running(cfg) as service:
            await wait_until(service.telegram.ready.is_set, timeout=10)
            api.push_message(group, "/start", from_id=person)
            reply = await api.wait_for_message(group, timeout=10)
            assert f"This chat (id {group}) is not configured" in reply.rendered
            assert "[telegram] chat_ids" in reply.rendered and f"Your user id is {person}" in reply.rendered
            api.push_message(GROUP, "/add_feed https://example.org/feed.xml", from_id=person)  # a member, no admin
            reply = await api.wait_for_message(GROUP, lambda m: "admins only" in m.rendered, timeout=10)
            assert f"Your user id is {person}" in reply.rendered and "[telegram] admin_ids" in reply.rendered
