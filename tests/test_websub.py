"""WebSub: discovery and signatures, then subscription, push, renewal and fallback end to end
against a local hub, the local feed server and the fake Bot API."""

from __future__ import annotations

import hashlib
import hmac
import io
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import aiohttp
import pytest

from bot.config import ConfigError, parse_config
from bot.store import AsyncSqliteStore
from support.daemon import Daemon
from support.fake_bot_api import FakeBotApi
from support.fake_hub import FakeHub, advertise_hub
from support.feed_server import FeedServer, rss
from support.ports import free_port
from support.store_probe import fill_disk, free_disk
from support.wait import wait_until
from watchers.items import HubLinks
from watchers.websub import discover, signature_ok

TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz"
CHAT = 111

# -- discovery and signatures ------------------------------------------------------------------------


def test_hub_from_link_headers_wins_over_the_body() -> None:
    body = b"<feed xmlns='http://www.w3.org/2005/Atom'><link rel='hub' href='https://body-hub/'/></feed>"
    links = discover("https://site/feed", ['<https://hub.example/>; rel="hub", </feed.xml>; rel="self"'], body)
    assert links == HubLinks(hub="https://hub.example/", topic="https://site/feed.xml")


def test_hub_from_atom_and_rss_heads() -> None:
    atom = (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>t</title>"
            b"<link rel=\"self\" href=\"https://site/atom?a=1&amp;b=2\"/><link href='https://pubsubhubbub.appspot.com/'"
            b" rel='hub'/><entry><link rel='hub' href='https://not-this/'/></entry></feed>")
    assert discover("https://site/atom", [], atom) == HubLinks("https://pubsubhubbub.appspot.com/",
                                                               "https://site/atom?a=1&b=2")
    rss_doc = (b"<rss><channel><atom:link xmlns:atom='http://www.w3.org/2005/Atom' rel='hub'"
               b" href='//hub.example/push'/><item><title>x</title></item></channel></rss>")
    assert discover("https://site/rss", [], rss_doc) == HubLinks("https://hub.example/push", "https://site/rss")


def test_no_hub_and_hubs_only_inside_items_are_ignored() -> None:
    assert discover("https://site/rss", [], b"<rss><channel><title>t</title></channel></rss>") is None
    inside = b"<rss><channel><item><link rel='hub' href='https://hub/'/></item></channel></rss>"
    assert discover("https://site/rss", ['<https://x/>; rel="next"'], inside) is None
    assert discover("https://site/rss", [], b"<feed><link rel='hub' href='javascript:alert(1)'/></feed>") is None


@pytest.mark.parametrize("method", ["sha1", "sha256", "sha512"])
def test_signature_check(method: str) -> None:
    body = "新闻 <item>".encode()
    good = method + "=" + hmac.new(b"s3cret", body, getattr(hashlib, method)).hexdigest()
    assert signature_ok("s3cret", good, body)
    assert signature_ok("s3cret", good.upper().replace(method.upper(), method), body)
    assert not signature_ok("other", good, body)
    assert not signature_ok("s3cret", good, body + b" ")
    assert not signature_ok("s3cret", None, body)
    assert not signature_ok("s3cret", "md5=" + hashlib.md5(body, usedforsecurity=False).hexdigest(), body)


def test_callback_url_needs_the_http_server() -> None:
    with pytest.raises(ConfigError) as err:
        parse_config('[http]\nlisten = ""\n\n[websub]\ncallback_url = "https://bot.example/websub"\n')
    assert err.value.key == "websub.callback_url" and err.value.line == 5
    with pytest.raises(ConfigError) as err:
        parse_config('[websub]\ncallback_url = "bot.example/websub"\n')
    assert "http(s) URL" in str(err.value)
    cfg = parse_config('[websub]\ncallback_url = "https://bot.example/websub"\nlease_seconds = 3600\n')
    assert cfg.websub.lease_seconds == 3600 and cfg.websub.poll_interval == 3600.0


# -- end to end ----------------------------------------------------------------------------------------


def item(n: int, title: str) -> dict[str, str]:
    return {"title": title, "link": f"https://news.example/{n}", "guid": f"id-{n}",
            "pubDate": format_datetime(datetime.now(UTC))}


def feed_with_hub(hub: str, items: list[dict[str, str]]) -> bytes:
    return advertise_hub(rss(items), hub)


def write_config(tmp_path: Path, feed_url: str, api: FakeBotApi, port: int, *, lease: int = 3600) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f"""
[telegram]
token = "{TOKEN}"
chat_ids = [{CHAT}]
api_base_url = "{api.base_url}"

[storage]
path = "state.sqlite3"

[polling]
interval = 1
min_interval = 1
timeout = 5
backfill_hours = 0
retry_base = 1

[http]
listen = "127.0.0.1:{port}"

[websub]
callback_url = "http://127.0.0.1:{port}/websub"
lease_seconds = {lease}
poll_interval = 3600
verify_timeout = 5

[[feeds]]
url = "{feed_url}"
name = "Wire"
""", encoding="utf-8")
    return path


async def test_pushed_items_alert_without_a_poll(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api, FakeHub() as hub:
        url = feeds.url("/wire.xml")
        feeds.set_feed("/wire.xml", feed_with_hub(hub.url, [item(1, "Weather today")]), etag=True)
        async with Daemon(write_config(tmp_path, url, api, free_port())) as daemon:
            await wait_until(lambda: hub.active(url), timeout=10, message="subscription verified")
            sub = daemon.service.websub._subs[url]
            await wait_until(lambda: daemon.service.websub.pushed(url, time.time()), timeout=5)
            assert sub.token in hub.active(url)[0].callback
            # once pushed, the next poll is the safety poll an hour away
            await wait_until(lambda: (daemon.service.scheduler.next_run_times().get(url) or 0) > time.time() + 1800,
                             timeout=10, message="poll interval stretched while pushed")
            polls = feeds.count("/wire.xml")
            pushed = feed_with_hub(hub.url, [item(2, "DeepSeek releases a new reasoning model"),
                                             item(1, "Weather today")])
            started = time.monotonic()
            assert await hub.publish(url, pushed) == [204]
            await wait_until(lambda: api.texts(CHAT), timeout=5, message="alert from the push")
            assert time.monotonic() - started < 2.0
            assert "DeepSeek releases a new reasoning model" in api.texts(CHAT)[0]
            assert feeds.count("/wire.xml") == polls  # it came by push, not by a poll
            # the same content pushed again is no new alert; a wrongly signed push is ignored
            assert await hub.publish(url, pushed) == [204]
            forged = feed_with_hub(hub.url, [item(3, "DeepSeek founder arrested, say forgers")])
            assert await hub.publish(url, forged, secret="not-the-secret") == [202]
            assert daemon.service.websub.stats.bad_signatures == 1
            assert await hub.publish(url, feed_with_hub(hub.url, [item(4, "Xiaomi AI lab hires Luo Fuli")])) == [204]
            await wait_until(lambda: len(api.texts(CHAT)) == 2, timeout=5, message="second pushed alert")
            assert not any("forgers" in t for t in api.texts(CHAT))
            assert len(api.texts(CHAT)) == 2
            await daemon.assert_up()


async def test_a_push_the_full_disk_could_not_record_is_refused_for_the_hub_to_send_again(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api, FakeHub() as hub:
        url = feeds.url("/wire.xml")
        feeds.set_feed("/wire.xml", feed_with_hub(hub.url, [item(1, "Weather today")]), etag=True)
        async with Daemon(write_config(tmp_path, url, api, free_port())) as daemon:
            await wait_until(lambda: hub.active(url), timeout=10, message="subscription verified")
            store = daemon.service.store
            assert isinstance(store, AsyncSqliteStore)
            pushed = feed_with_hub(hub.url, [item(2, "DeepSeek releases a new reasoning model"),
                                             *(item(n, f"Weather report number {n}") for n in range(3, 300))])
            await fill_disk(store)
            assert await hub.publish(url, pushed) == [503]  # not recorded: the hub retries, nothing is lost
            assert api.texts(CHAT) == []
            await free_disk(store)
            assert await hub.publish(url, pushed) == [204]
            await wait_until(lambda: api.texts(CHAT), timeout=5, message="alert from the second push")
            assert "DeepSeek releases a new reasoning model" in api.texts(CHAT)[0]


async def test_lease_is_renewed_before_it_runs_out(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api, FakeHub(grant_lease=3) as hub:
        url = feeds.url("/wire.xml")
        feeds.set_feed("/wire.xml", feed_with_hub(hub.url, [item(1, "Weather today")]), etag=True)
        async with Daemon(write_config(tmp_path, url, api, free_port())) as daemon:
            await wait_until(lambda: hub.active(url), timeout=10)
            await wait_until(lambda: hub.count("subscribe") >= 3, timeout=10, message="two renewals")
            assert len({r.callback for r in hub.requests}) == 1  # a renewal keeps the callback and secret
            assert daemon.service.websub.pushed(url, time.time())
            assert daemon.service.websub._subs[url].lease_until > time.time()


async def test_failing_hub_falls_back_to_polling(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api, FakeHub(status=500) as hub:
        url = feeds.url("/wire.xml")
        feeds.set_feed("/wire.xml", feed_with_hub(hub.url, [item(1, "Weather today")]), etag=True)
        async with Daemon(write_config(tmp_path, url, api, free_port())) as daemon:
            await wait_until(lambda: url in daemon.service.websub._subs
                             and daemon.service.websub._subs[url].state == "failed", timeout=10)
            sub = daemon.service.websub._subs[url]
            assert "HTTP 500" in (sub.last_error or "") and sub.retry_at is not None and sub.retry_at > time.time()
            polls = feeds.count("/wire.xml")
            feeds.set_feed("/wire.xml", feed_with_hub(hub.url, [item(2, "Luo Fuli joins Xiaomi"),
                                                                item(1, "Weather today")]), etag=True)
            await wait_until(lambda: api.texts(CHAT), timeout=10, message="alert by polling")
            assert feeds.count("/wire.xml") > polls
            assert hub.count("subscribe") == 1  # no hammering: the retry waits for its backoff


async def test_denied_subscription_keeps_polling(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api, FakeHub(deny=True) as hub:
        url = feeds.url("/wire.xml")
        feeds.set_feed("/wire.xml", feed_with_hub(hub.url, [item(1, "Weather today")]), etag=True)
        async with Daemon(write_config(tmp_path, url, api, free_port())) as daemon:
            await wait_until(lambda: hub.verifications, timeout=10)
            await wait_until(lambda: daemon.service.websub._subs[url].state == "denied", timeout=5)
            assert not daemon.service.websub.pushed(url, time.time())
            polls = feeds.count("/wire.xml")
            await wait_until(lambda: feeds.count("/wire.xml") >= polls + 2, timeout=10, message="still polled")


async def test_callbacks_answer_only_what_was_asked(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api, FakeHub() as hub:
        url = feeds.url("/wire.xml")
        feeds.set_feed("/wire.xml", feed_with_hub(hub.url, [item(1, "Weather today")]), etag=True)
        port = free_port()
        async with Daemon(write_config(tmp_path, url, api, port)) as daemon:
            await wait_until(lambda: hub.active(url), timeout=10)
            callback = hub.active(url)[0].callback
            async with aiohttp.ClientSession() as http:
                base = f"http://127.0.0.1:{port}/websub/"
                challenge = {"hub.mode": "subscribe", "hub.topic": url, "hub.challenge": "abc"}
                async with http.get(base + "unknown-token", params=challenge) as resp:
                    assert resp.status == 404
                async with http.get(callback, params={**challenge, "hub.topic": "https://evil/"}) as resp:
                    assert resp.status == 404
                async with http.get(callback, params={**challenge, "hub.mode": "unsubscribe"}) as resp:
                    assert resp.status == 404  # we never asked to unsubscribe
                async with http.post(base + "unknown-token", data=b"<rss/>") as resp:
                    assert resp.status == 410
                # a stream: aiohttp warns (ResourceWarning) when a raw bytes body is over 1 MiB
                async with http.post(callback, data=io.BytesIO(b"x" * (6 * 1024 * 1024))) as resp:
                    assert resp.status == 413
            assert daemon.service.websub.pushed(url, time.time())


async def test_feed_removed_from_config_is_unsubscribed(tmp_path: Path) -> None:
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api, FakeHub() as hub:
        url = feeds.url("/wire.xml")
        feeds.set_feed("/wire.xml", feed_with_hub(hub.url, [item(1, "Weather today")]), etag=True)
        config = write_config(tmp_path, url, api, free_port())
        async with Daemon(config) as daemon:
            await wait_until(lambda: hub.active(url), timeout=10)
            metrics = await daemon.service.probe.metrics_text()
            assert "newsbot_websub_pushed_feeds 1.0" in metrics
            text = config.read_text(encoding="utf-8")
            config.write_text(text[:text.index("[[feeds]]")], encoding="utf-8")
            daemon.service.reload_now()
            await wait_until(lambda: not hub.active(url), timeout=10, message="hub confirmed the unsubscribe")
            assert hub.count("unsubscribe") == 1
            await wait_until(lambda: not daemon.service.websub.known(url), timeout=5)
            rows = await daemon.service.store.subscriptions()
            assert rows == {}


async def test_any_instance_on_a_shared_database_answers_the_hub(tmp_path: Path, pg_url: str) -> None:
    """Two instances on PostgreSQL: the hub may call either; the one that did not subscribe still
    knows the token and secret, verifies the signature and alerts once."""
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api, FakeHub() as hub:
        url = feeds.url("/wire.xml")
        feeds.set_feed("/wire.xml", feed_with_hub(hub.url, [item(1, "Weather today")]), etag=True)
        configs = []
        for name in ("a", "b"):
            folder = tmp_path / name
            folder.mkdir()
            config = write_config(folder, url, api, free_port())
            text = config.read_text(encoding="utf-8").replace('path = "state.sqlite3"', f'url = "{pg_url}"')
            config.write_text(text, encoding="utf-8")
            configs.append(config)
        async with Daemon(configs[0]) as first, Daemon(configs[1]) as second:
            await wait_until(lambda: hub.active(url), timeout=15, message="subscribed by one of them")
            callback = hub.active(url)[0].callback
            subscriber, other = (first, second) if str(first.service.config.websub.callback_url) in callback \
                else (second, first)
            other_base = other.service.config.websub.callback_url
            hub.subscriptions[callback].callback = other_base + callback[callback.rindex("/"):]  # the balancer
            assert await hub.publish(url, feed_with_hub(hub.url, [item(2, "DeepSeek hires a new chief scientist"),
                                                                  item(1, "Weather today")])) == [204]
            await wait_until(lambda: api.texts(CHAT), timeout=5, message="alert from the push")
            assert other.service.websub.stats.pushes == 1 and subscriber.service.websub.stats.pushes == 0
            assert len(api.texts(CHAT)) == 1


async def test_a_public_feed_cannot_send_the_subscriber_to_a_private_hub(tmp_path: Path) -> None:
    """A feed's <link rel="hub"> would make the bot POST its callback and secret to any address."""
    async with FeedServer() as feeds, FakeBotApi(token=TOKEN) as api, FakeHub() as hub:
        url = feeds.url("/wire.xml")
        feeds.set_feed("/wire.xml", rss([item(1, "Weather today")]), etag=True)
        async with Daemon(write_config(tmp_path, url, api, free_port())) as daemon:
            public_feed = "https://feeds.example/news.xml"
            await daemon.service.websub._subscribe(public_feed, HubLinks(hub.url, public_feed), None)
            sub = daemon.service.websub._subs[public_feed]
            assert sub.state == "failed" and "private address" in (sub.last_error or "")
            assert hub.count("subscribe") == 0  # never asked
