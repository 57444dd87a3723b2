"""End to end: the service against a local feed server and the fake Bot API, with the real PTB client."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest

from bot.config import load_config
from bot.service import Service
from support.daemon import Daemon
from support.fake_bot_api import FakeBotApi
from support.feed_server import FeedServer, rss
from support.wait import wait_until

TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz"
CHATS = (111, -1001234)
ADMIN = 999


def now_rfc822() -> str:
    return format_datetime(datetime.now(UTC))


def write_config(tmp_path: Path, feeds: FeedServer, api: FakeBotApi, paths: list[str], backfill: float = 0) -> Path:
    text = f"""
[telegram]
token = "{TOKEN}"
chat_ids = [{", ".join(map(str, CHATS))}]
admin_ids = [{ADMIN}]
api_base_url = "{api.base_url}"
allow_private_feed_urls = true

[storage]
path = "state.sqlite3"

[polling]
interval = 1
min_interval = 1
timeout = 5
backfill_hours = {backfill}
retry_base = 1
retry_max = 2

[http]
listen = ""
""" + "".join(f'\n[[feeds]]\nurl = "{feeds.url(p)}"\nname = "{p.strip("/")}"\n' for p in paths)
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


class Running(Daemon):
    """The daemon in-process; `async with Running(cfg) as service`."""

    async def __aenter__(self) -> Service:  # type: ignore[override]
        await super().__aenter__()
        return self.service


async def polled(service: Service, url: str, times: int = 1) -> bool:
    state = await service.store.feed_state(url)
    return state.first_ok_at is not None


def titles(api: FakeBotApi, chat: int) -> list[str]:
    return [m.rendered for m in api.sent_to(chat)]


@pytest.mark.slow
async def test_each_new_story_reaches_each_chat_exactly_once(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        old = [{"title": "DeepSeek old news from last week", "link": "https://en.example/old", "pubDate": now_rfc822()}]
        feeds.set_feed("/en.xml", rss(old), etag=True)
        feeds.set_feed("/zh.xml", rss([], language="zh-cn"), last_modified=True)
        feeds.set_feed("/hi.xml", rss([], language="hi"))
        cfg = write_config(tmp_path, feeds, api, ["/en.xml", "/zh.xml", "/hi.xml"], backfill=0)
        async with Running(cfg) as service:
            for p in ("/en.xml", "/zh.xml", "/hi.xml"):
                await wait_until(lambda p=p: polled(service, feeds.url(p)), timeout=10, message=f"{p} never polled")
            en_items = [
                *old,
                {"title": "DeepSeek unveils V4 model with longer context", "pubDate": now_rfc822(),
                 "link": "https://en.example/deepseek-v4?utm_source=rss&utm_medium=feed", "guid": "en-1",
                 "description": "The Hangzhou lab behind DeepSeek-R1 released a new model."},
                {"title": "Xiaomi 15 Ultra goes on sale in Europe", "link": "https://en.example/phone",
                 "pubDate": now_rfc822(), "description": "The phone costs 1,499 euros."},
                {"title": "Divers deep seek the wreck of a Spanish galleon", "link": "https://en.example/wreck",
                 "pubDate": now_rfc822()},
            ]
            feeds.set_feed("/en.xml", rss(en_items), etag=True)
            feeds.set_feed("/zh.xml", rss([
                {"title": "前DeepSeek研究员罗福莉已加入小米", "link": "https://zh.example/a1", "pubDate": now_rfc822(),
                 "description": "罗福莉将负责小米大模型团队。"},
                {"title": "DeepSeek unveils V4 model with longer context", "pubDate": now_rfc822(),
                 "link": "http://en.example/deepseek-v4?fbclid=xyz"},  # same story: another feed, tracking params
                {"title": "小米SU7交付量创新高", "link": "https://zh.example/car", "pubDate": now_rfc822()},
                {"title": "公司员工福利再升级", "link": "https://zh.example/welfare", "pubDate": now_rfc822()},
            ], language="zh-cn"), last_modified=True)
            feeds.set_feed("/hi.xml", rss([
                {"title": "शाओमी ने एआई बड़े मॉडल टीम के लिए लुओ फुली को नियुक्त किया", "pubDate": now_rfc822(),
                 "link": "https://hi.example/x1", "description": "लेई जून ने डीपसीक की पूर्व शोधकर्ता को चुना।"},
            ], language="hi"))

            def arrived() -> bool:  # Luo Fuli joining Xiaomi, in Chinese and in Hindi, is one story
                return all(len(api.sent_to(c)) >= 2 for c in CHATS)

            await wait_until(arrived, timeout=15, message="alerts did not arrive")
            # let every feed be polled a few more times: nothing may arrive twice
            counts = {p: feeds.count(p) for p in ("/en.xml", "/zh.xml", "/hi.xml")}
            await wait_until(lambda: all(feeds.count(p) >= n + 2 for p, n in counts.items()), timeout=15)
            await wait_until(lambda: service.sender.in_flight == 0, timeout=5)
            # items parsed: en 1 then only its 3 new ones (the old one is not parsed again), zh 4, hi 1
            assert service.metrics.items == 9

        for chat in CHATS:
            got = titles(api, chat)
            assert len(got) == 2, got
            joined = "\n".join(got)
            assert "DeepSeek unveils V4" in joined
            assert ("罗福莉已加入小米" in joined) != ("लुओ फुली" in joined)  # whichever came first, once
            for bad in ("old news", "15 Ultra", "galleon", "SU7", "福利再升级"):
                assert bad not in joined
            v4 = next(m for m in api.sent_to(chat) if "DeepSeek unveils V4" in m.rendered)
            assert v4.parse_mode == "HTML"
            assert '://en.example/deepseek-v4"' in v4.text  # whichever feed came first, no tracking parameters
            assert "DeepSeek" in v4.rendered.split("\n")[0]  # the topics line
            assert "en.xml" in v4.rendered or "Test feed" in v4.rendered  # the source
        assert not api.rate_violations
        # conditional GET was used on the polls after the first
        assert feeds.last_headers("/en.xml").get("If-None-Match") == feeds.etag("/en.xml")
        assert feeds.last_headers("/zh.xml").get("If-Modified-Since") == feeds.last_modified("/zh.xml")


async def test_a_restart_does_not_alert_again_and_backfill_applies_once(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        items = [{"title": "DeepSeek R2 paper tops the charts on arXiv", "link": "https://en.example/r2",
                  "pubDate": now_rfc822()},
                 {"title": "DeepSeek from two years ago", "link": "https://en.example/ancient",
                  "pubDate": "Mon, 01 Jan 2024 00:00:00 GMT"}]
        feeds.set_feed("/en.xml", rss(items))
        cfg = write_config(tmp_path, feeds, api, ["/en.xml"], backfill=24)
        async with Running(cfg) as service:
            await wait_until(lambda: len(api.sent_to(CHATS[0])) == 1, timeout=10)
        async with Running(cfg) as service:
            n = feeds.count("/en.xml")
            await wait_until(lambda: feeds.count("/en.xml") >= n + 2, timeout=10)
            await wait_until(lambda: service.sender.in_flight == 0, timeout=5)
        assert [m.rendered.split("\n")[1] for m in api.sent_to(CHATS[0])] == [
            "DeepSeek R2 paper tops the charts on arXiv"]


async def test_a_broken_feed_does_not_stop_the_others(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        feeds.set_feed("/good.xml", rss([]))
        feeds.set_status("/down.xml", 503, retry_after="1")
        feeds.set_feed("/html.xml", "<html><body>not a feed</body></html>", content_type="text/html")
        feeds.set_gzip_bomb("/bomb.xml")
        cfg = write_config(tmp_path, feeds, api, ["/good.xml", "/down.xml", "/html.xml", "/bomb.xml"])
        async with Running(cfg) as service:
            await wait_until(lambda: polled(service, feeds.url("/good.xml")), timeout=10)
            feeds.set_feed("/good.xml", rss([{"title": "Luo Fuli speaks about MiMo at Xiaomi AI event",
                                              "link": "https://ex.org/luo", "pubDate": now_rfc822()}]))
            await wait_until(lambda: len(api.sent_to(CHATS[0])) == 1, timeout=10)

            async def failing() -> bool:
                states = await service.store.feed_states()
                return all(states.get(feeds.url(p)) and states[feeds.url(p)].failures >= 1
                           for p in ("/down.xml", "/html.xml", "/bomb.xml"))

            await wait_until(failing, timeout=10)
            status = await service.control.status_text()
            assert "3 failing" in status
        assert "Luo Fuli" in api.sent_to(CHATS[0])[0].rendered


async def test_status_for_members_and_add_feed_only_for_admins(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        feeds.set_feed("/a.xml", rss([]))
        feeds.set_feed("/b.xml", rss([]))
        cfg = write_config(tmp_path, feeds, api, ["/a.xml"])
        async with Running(cfg) as service:
            await wait_until(service.telegram.ready.is_set, timeout=10)
            api.push_message(CHATS[0], "/status", from_id=5)
            reply = await api.wait_for_message(CHATS[0], lambda m: "status" in m.rendered, timeout=10)
            assert "Feeds: 1" in reply.rendered

            api.push_message(CHATS[0], f"/add_feed {feeds.url('/b.xml')}", from_id=5)
            refusal = await api.wait_for_message(CHATS[0], lambda m: "admins only" in m.rendered, timeout=10)
            assert refusal is not None
            assert feeds.url("/b.xml") not in cfg.read_text()

            api.push_message(ADMIN, f"/add_feed {feeds.url('/b.xml')} Feed B", from_id=ADMIN)
            ok = await api.wait_for_message(ADMIN, lambda m: "Added" in m.rendered, timeout=10)
            assert ok is not None
            assert feeds.url("/b.xml") in cfg.read_text()
            await wait_until(lambda: feeds.count("/b.xml") >= 1, timeout=10, message="new feed never polled")
            commands = api.method_calls("setMyCommands")
            assert commands and "status" in str(commands[-1].params)


async def test_an_invalid_config_edit_keeps_the_running_config(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        feeds.set_feed("/a.xml", rss([]))
        feeds.set_feed("/b.xml", rss([]))
        cfg = write_config(tmp_path, feeds, api, ["/a.xml"])
        async with Running(cfg) as service:
            good = cfg.read_text()
            cfg.write_text(good + "\n[polling]\nbogus = 1\n")
            report = await api.wait_for_message(ADMIN, lambda m: "rejected" in m.rendered, timeout=10)
            assert "line" in report.rendered
            assert len(service.feeds) == 1
            cfg.write_text(good + f'\n[[feeds]]\nurl = "{feeds.url("/b.xml")}"\n')
            await wait_until(lambda: feeds.count("/b.xml") >= 1, timeout=10)
            assert len(service.feeds) == 2


async def test_healthz_and_metrics_are_served(tmp_path: Path) -> None:
    import aiohttp

    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        feeds.set_feed("/a.xml", rss([]))
        cfg = write_config(tmp_path, feeds, api, ["/a.xml"])
        cfg.write_text(cfg.read_text().replace('listen = ""', 'listen = "127.0.0.1:0"'))
        async with Running(cfg) as service:
            await wait_until(lambda: polled(service, feeds.url("/a.xml")), timeout=10)
            await wait_until(lambda: service.health.port, timeout=5)
            base = f"http://127.0.0.1:{service.health.port}"
            async with aiohttp.ClientSession() as http:
                async with http.get(base + "/healthz") as resp:
                    body = await resp.json()
                    assert resp.status == 200 and body["status"] == "ok"
                    assert body["feeds"][0]["url"] == feeds.url("/a.xml") and body["last_successful_poll"]
                    assert "outbox" in body
                feeds.set_feed("/a.xml", rss([{"title": "DeepSeek V4 is here", "link": "https://ex.org/v4",
                                               "pubDate": now_rfc822()}]))
                await wait_until(lambda: len(api.sent_to(CHATS[0])) == 1, timeout=10)
                async with http.get(base + "/metrics") as resp:
                    text = await resp.text()
                    assert resp.status == 200
                    assert 'newsbot_polls_total{outcome="ok"}' in text
                    assert 'newsbot_matches_total{topic="deepseek"} 1' in text
                    assert "newsbot_feeds 1" in text and "newsbot_end_to_end_latency_seconds_count" in text
                service.scheduler.shutdown()  # a stuck scheduler must show
                async with http.get(base + "/healthz") as resp:
                    assert resp.status == 503 and (await resp.json())["status"] == "stuck"


async def test_add_feed_refuses_private_addresses_unless_allowed(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        feeds.set_feed("/a.xml", rss([]))
        cfg = write_config(tmp_path, feeds, api, ["/a.xml"])
        cfg.write_text(cfg.read_text().replace("allow_private_feed_urls = true", "allow_private_feed_urls = false"))
        before = cfg.read_text()
        async with Running(cfg) as service:
            await wait_until(service.telegram.ready.is_set, timeout=10)
            api.push_message(ADMIN, "/add_feed http://169.254.169.254/latest/meta-data", from_id=ADMIN)
            reply = await api.wait_for_message(ADMIN, lambda m: "Not added" in m.rendered, timeout=10)
            assert "link-local" in reply.rendered
        assert cfg.read_text() == before


async def test_moved_and_gone_feeds_update_the_config_and_tell_the_admins(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        feeds.set_feed("/new.xml", rss([]))
        feeds.set_redirect("/old.xml", "/new.xml", status=301)
        feeds.set_status("/dead.xml", 410)
        cfg = write_config(tmp_path, feeds, api, ["/old.xml", "/dead.xml"])
        async with Running(cfg) as service:
            moved = await api.wait_for_message(ADMIN, lambda m: "moved permanently" in m.rendered, timeout=10)
            assert "config file was updated" in moved.rendered
            await wait_until(lambda: feeds.url("/new.xml") in service.feeds, timeout=10)
            assert feeds.url("/old.xml") not in cfg.read_text() and feeds.url("/new.xml") in cfg.read_text()
            gone = await api.wait_for_message(ADMIN, lambda m: "gone" in m.rendered, timeout=10)
            assert feeds.url("/dead.xml") in gone.rendered
            state = await service.store.feed_state(feeds.url("/dead.xml"))
            assert state.gone and state.next_poll_at > time.time() + 80000
            n = feeds.count("/dead.xml")
            await wait_until(lambda: feeds.count("/new.xml") >= 3, timeout=10)
            assert feeds.count("/dead.xml") == n  # retired: not hammered


@pytest.mark.slow
async def test_a_long_failing_feed_is_reported_once_and_again_when_it_recovers(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        feeds.set_status("/flaky.xml", 500)
        cfg = write_config(tmp_path, feeds, api, ["/flaky.xml"])
        cfg.write_text(cfg.read_text().replace("retry_max = 2", "retry_max = 2\nreport_failing_after_hours = 0.0005"))
        async with Running(cfg):
            await api.wait_for_message(ADMIN, lambda m: "has been failing" in m.rendered, timeout=15)
            n = feeds.count("/flaky.xml")
            await wait_until(lambda: feeds.count("/flaky.xml") >= n + 2, timeout=15)
            assert len([m for m in api.sent_to(ADMIN) if "has been failing" in m.rendered]) == 1
            feeds.set_feed("/flaky.xml", rss([]))
            await api.wait_for_message(ADMIN, lambda m: "works again" in m.rendered, timeout=15)
        assert len(api.sent_to(ADMIN)) == 2


async def test_one_story_from_many_outlets_is_one_alert_edited_to_name_them(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        for p in ("/a.xml", "/b.xml", "/c.xml"):
            feeds.set_feed(p, rss([]))
        cfg = write_config(tmp_path, feeds, api, ["/a.xml", "/b.xml", "/c.xml"])
        async with Running(cfg) as service:
            for p in ("/a.xml", "/b.xml", "/c.xml"):
                await wait_until(lambda p=p: polled(service, feeds.url(p)), timeout=10)
            feeds.set_feed("/a.xml", rss([{"title": "DeepSeek unveils V4 model with a 1M-token context window",
                                           "link": "https://a.example/v4", "pubDate": now_rfc822()}],
                                         title="TechNode"))
            await wait_until(lambda: len(api.sent_to(CHATS[0])) == 1, timeout=10)
            feeds.set_feed("/b.xml", rss([
                {"title": "Exclusive: DeepSeek unveils its V4 model with a 1M-token context window | Reuters",
                 "link": "https://b.example/deepseek-v4", "pubDate": now_rfc822()},
                {"title": "DeepSeek R2 launch delayed to next year, sources say", "link": "https://b.example/r2",
                 "pubDate": now_rfc822()}], title="Reuters"))
            feeds.set_feed("/c.xml", rss([{"title": "DeepSeek unveils V4 model with 1M-token context window",
                                           "link": "https://c.example/x", "pubDate": now_rfc822()}], title="36Kr"))
            await wait_until(lambda: len(api.sent_to(CHATS[0])) == 2, timeout=10)

            def edited() -> bool:
                msg = api.sent_to(CHATS[0])[0]
                return msg.edited and "Reuters" in msg.rendered and "36Kr" in msg.rendered

            await wait_until(edited, timeout=15)
        first, second = api.sent_to(CHATS[0])
        assert "DeepSeek unveils V4" in first.rendered and "also: " in first.rendered
        assert "priority" in first.rendered  # three outlets
        assert "R2 launch delayed" in second.rendered  # different news about the same company: its own alert
        assert api.method_calls("editMessageText")


async def test_a_restarted_daemon_still_parses_only_new_items(tmp_path: Path) -> None:
    """The raw item digests are stored: after a restart a changed feed is not parsed whole again."""
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        old = [{"title": f"Weather report {i}", "link": f"https://w.example/{i}", "guid": f"w{i}",
                "pubDate": now_rfc822()} for i in range(6)]
        feeds.set_feed("/w.xml", rss(old), etag=True)
        config = write_config(tmp_path, feeds, api, ["/w.xml"])
        async with Running(config) as service:
            async def recorded() -> bool:
                return (await service.store.feed_state(feeds.url("/w.xml"))).seen_items is not None
            await wait_until(recorded, timeout=10)
            assert service.metrics.items == 6
        fresh = {"title": "DeepSeek opens a lab in Paris", "link": "https://w.example/new", "guid": "new",
                 "pubDate": now_rfc822()}
        feeds.set_feed("/w.xml", rss([fresh, *old]), etag=True)
        async with Running(config) as service:
            await wait_until(lambda: all(api.sent_to(c) for c in CHATS), timeout=10, message="the new item alerted")
            assert service.metrics.items == 1  # only the new item went through feedparser


async def test_once_polls_every_feed_with_at_most_twice_max_concurrency_polls_under_way(tmp_path: Path) -> None:
    """`newsbot once` with many feeds: every feed is polled, never more polls under way than the daemon
    starts at once (twice max_concurrency), not one parked task per feed."""
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api:
        paths = [f"/f{i}.xml" for i in range(30)]
        for p in paths:
            feeds.set_feed(p, rss([{"title": f"Weather bulletin {p}", "link": f"https://ex.org{p}"}]))
        cfg = write_config(tmp_path, feeds, api, paths)
        cfg.write_text(cfg.read_text().replace("timeout = 5\n", "timeout = 5\nmax_concurrency = 2\n"))
        service = Service(load_config(cfg, env={}))
        under_way, most, polled = 0, 0, []
        real_poll = service.poll

        async def poll(url: str) -> None:
            nonlocal under_way, most
            under_way += 1
            most = max(most, under_way)
            try:
                await real_poll(url)
                polled.append(url)
            finally:
                under_way -= 1

        service.poll = poll  # type: ignore[method-assign]
        async with service:
            assert await service.run_once(send_deadline=5)
    assert sorted(polled) == sorted(feeds.url(p) for p in paths)
    assert most == 4  # 2 x max_concurrency: the rest waited their turn
