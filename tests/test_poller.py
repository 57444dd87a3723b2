"""One poll end to end against the local feed server: what is parsed, skipped, reported."""

from __future__ import annotations

import asyncio
import gzip
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

import watchers.poller
from support.feed_server import FeedServer, rss
from watchers.http import Fetcher
from watchers.itemcache import ItemCache
from watchers.items import FeedSpec, PollOutcome, Validators
from watchers.parse import body_digest
from watchers.parsepool import Limits, ParsePool
from watchers.poller import poll_feed

NOW = datetime(2025, 1, 27, 12, 0, tzinfo=UTC)
MAX_BYTES = 1024 * 1024
BODY = rss([{"title": "DeepSeek R2 released", "link": "https://ex.com/r2?utm_source=rss", "guid": "r2"},
            {"title": "Xiaomi MiMo update", "link": "https://ex.com/mimo"}], title="AI wire")


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as running:
        yield running


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(timeout=2.0, max_bytes=MAX_BYTES) as opened:
        yield opened


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every parse the poller starts, so tests can prove one was skipped."""
    calls: list[str] = []
    real = watchers.poller.parse_feed

    def counting(body: bytes, feed_url: str, **kwargs: object):
        calls.append(feed_url)
        return real(body, feed_url, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(watchers.poller, "parse_feed", counting)
    return calls


async def poll(fetcher: Fetcher, url: str, validators: Validators = Validators()) -> PollOutcome:
    return await poll_feed(fetcher, FeedSpec(url, "test"), validators, now=NOW, max_bytes=MAX_BYTES)


async def test_a_first_poll_returns_items_and_validators(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/feed.xml", BODY, etag=True, last_modified=True)
    outcome = await poll(fetcher, server.url("/feed.xml"))
    assert outcome.ok and not outcome.not_modified and outcome.fetched_at == NOW
    assert [i.title for i in outcome.items] == ["DeepSeek R2 released", "Xiaomi MiMo update"]
    assert outcome.items[0].url == "https://ex.com/r2" and outcome.items[0].feed_url == server.url("/feed.xml")
    assert outcome.validators == Validators(server.etag("/feed.xml"), server.last_modified("/feed.xml"),
                                            body_digest(BODY))
    assert outcome.feed_title == "AI wire" and outcome.bytes_read == len(BODY)
    assert outcome.final_url is None and outcome.min_next_poll is None


@pytest.mark.parametrize("validator", ["etag", "last_modified"])
async def test_a_304_is_not_modified_and_nothing_is_parsed(
    server: FeedServer, fetcher: Fetcher, parses: list[str], validator: str
) -> None:
    server.set_feed("/feed.xml", BODY, etag=validator == "etag", last_modified=validator == "last_modified")
    first = await poll(fetcher, server.url("/feed.xml"))
    assert len(parses) == 1
    second = await poll(fetcher, server.url("/feed.xml"), first.validators)
    assert second.ok and second.not_modified and second.items == ()
    assert second.validators == first.validators
    assert len(parses) == 1, "a 304 must not be parsed"
    header = "If-None-Match" if validator == "etag" else "If-Modified-Since"
    assert server.last_headers("/feed.xml")[header]


async def test_an_unchanged_body_without_validators_is_skipped_by_its_hash(
    server: FeedServer, fetcher: Fetcher, parses: list[str]
) -> None:
    server.set_feed("/feed.xml", BODY)  # no ETag, no Last-Modified: every poll gets 200
    first = await poll(fetcher, server.url("/feed.xml"))
    second = await poll(fetcher, server.url("/feed.xml"), first.validators)
    assert second.ok and second.not_modified and second.items == ()
    assert second.validators.body_hash == first.validators.body_hash == body_digest(BODY)
    assert len(parses) == 1 and server.count("/feed.xml") == 2
    server.set_feed("/feed.xml", BODY.replace(b"Xiaomi MiMo update", b"Xiaomi MiMo 2"))
    third = await poll(fetcher, server.url("/feed.xml"), second.validators)
    assert not third.not_modified and len(parses) == 2
    assert [i.title for i in third.items][1] == "Xiaomi MiMo 2"


async def test_a_page_that_is_not_a_feed_is_a_parse_error(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/feed.xml", b"<!DOCTYPE html><html><head><title>Login</title></head><body>hi</body></html>",
                    content_type="text/html")
    old = Validators(body_hash="previous")
    outcome = await poll(fetcher, server.url("/feed.xml"), old)
    assert outcome.error is not None and outcome.error.kind == "parse"
    assert "not a feed" in outcome.error.message
    assert outcome.validators == old, "a failed parse must not remember the body"


async def test_an_empty_but_valid_feed_is_not_an_error(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/feed.xml", rss([]))
    outcome = await poll(fetcher, server.url("/feed.xml"))
    assert outcome.ok and outcome.items == ()


async def test_a_feed_served_as_text_html_still_parses(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/feed.xml", BODY, content_type="text/html; charset=iso-8859-1")
    outcome = await poll(fetcher, server.url("/feed.xml"))
    assert outcome.ok and len(outcome.items) == 2


async def test_a_gzip_file_served_without_content_encoding_is_inflated(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/feed.xml.gz", gzip.compress(BODY), content_type="application/gzip")
    outcome = await poll(fetcher, server.url("/feed.xml.gz"))
    assert outcome.ok and len(outcome.items) == 2


async def test_fetch_errors_carry_retry_after(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_status("/feed.xml", 503, retry_after=600)
    outcome = await poll(fetcher, server.url("/feed.xml"), Validators(etag='"x"'))
    assert outcome.error is not None and outcome.error.kind == "http" and outcome.error.status == 503
    assert outcome.min_next_poll == 600 and outcome.items == ()
    assert outcome.validators == Validators(etag='"x"')


async def test_a_gone_feed_is_a_permanent_error(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_status("/feed.xml", 410)
    outcome = await poll(fetcher, server.url("/feed.xml"))
    assert outcome.error is not None and outcome.error.permanent and outcome.error.status == 410


async def test_a_permanent_redirect_reports_the_new_url(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/new.xml", BODY)
    server.set_redirect("/old.xml", "/new.xml", status=301)
    server.set_redirect("/tmp.xml", "/new.xml", status=302)
    moved = await poll(fetcher, server.url("/old.xml"))
    assert moved.ok and moved.final_url == server.url("/new.xml")
    assert {i.feed_url for i in moved.items} == {server.url("/old.xml")}, "identity stays with the configured URL"
    assert (await poll(fetcher, server.url("/tmp.xml"))).final_url is None


async def test_relative_links_resolve_against_where_the_body_came_from(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/news/feed.xml", rss([{"title": "t", "link": "story/1"}]))
    server.set_redirect("/feed", "/news/feed.xml")
    outcome = await poll(fetcher, server.url("/feed"))
    assert outcome.items[0].url == server.url("/news/story/1")


async def test_the_next_poll_respects_ttl_and_cache_lifetime(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/ttl.xml", rss([{"title": "t", "link": "https://ex.com/1"}], ttl=30),
                    headers={"Cache-Control": "max-age=600"})
    assert (await poll(fetcher, server.url("/ttl.xml"))).min_next_poll == 1800
    server.set_feed("/age.xml", rss([{"title": "t", "link": "https://ex.com/1"}], ttl=5),
                    headers={"Cache-Control": "max-age=3600"})
    assert (await poll(fetcher, server.url("/age.xml"))).min_next_poll == 3600


async def test_an_oversized_feed_is_an_error_not_a_crash(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_gzip_bomb("/bomb.xml", size=8 * MAX_BYTES)
    outcome = await poll(fetcher, server.url("/bomb.xml"))
    assert outcome.error is not None and outcome.error.kind == "too_large"


async def test_with_an_item_cache_a_changed_feed_yields_only_its_new_items(
    server: FeedServer, fetcher: Fetcher, parses: list[str]
) -> None:
    items = [{"title": f"Story {i}", "link": f"https://ex.com/{i}"} for i in range(20)]
    url = server.url("/feed.xml")
    seen = ItemCache()

    async def poll_seen(validators: Validators) -> PollOutcome:
        return await poll_feed(fetcher, FeedSpec(url, "test"), validators, now=NOW, max_bytes=MAX_BYTES, seen=seen)

    server.set_feed("/feed.xml", rss(items))
    first = await poll_seen(Validators())
    assert len(first.items) == 20, "the first poll in a process parses everything (first-poll rules need it)"
    server.set_feed("/feed.xml", rss([{"title": "Story 20", "link": "https://ex.com/20"}, *items]))
    second = await poll_seen(first.validators)
    assert second.ok and not second.not_modified and [i.title for i in second.items] == ["Story 20"]
    assert second.feed_title == "Test feed" and second.validators.body_hash != first.validators.body_hash
    assert len(parses) == 2
    # the caller did not record `second` (say its store commit failed): the same body is parsed whole
    again = await poll_seen(first.validators)
    assert len(again.items) == 21 and len(parses) == 3
    assert len(seen) == 1


# -- parses in worker processes ---------------------------------------------------------------------


async def test_a_tag_bomb_hidden_in_a_comment_costs_only_its_feed_and_nothing_here(server: FeedServer) -> None:
    """Issue 15: `<!-- -- >`, 1.6 million `<a>`, `-->` (4.6 MB) took 27 s of CPU and 700 MB in the daemon."""
    server.set_feed("/bomb.xml", b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><!-- -- >"
                    + b"<a>" * 1_600_000 + b"--></channel></rss>")
    server.set_feed("/good.xml", BODY)
    pool = ParsePool()
    try:
        async with Fetcher(timeout=30.0, max_bytes=8 * 2**20) as fetcher:
            async def poll_pooled(path: str) -> PollOutcome:
                return await poll_feed(fetcher, FeedSpec(server.url(path), "test"), Validators(), now=NOW,
                                       max_bytes=8 * 2**20, runner=pool.run)

            cpu = time.process_time()
            bomb, good = await asyncio.gather(poll_pooled("/bomb.xml"), poll_pooled("/good.xml"))
            here = time.process_time() - cpu
    finally:
        await pool.close()
    assert bomb.error is not None and bomb.error.kind == "parse" and not bomb.items
    assert "more than 100000 tags" in bomb.error.message
    assert good.ok and [i.title for i in good.items] == ["DeepSeek R2 released", "Xiaomi MiMo update"]
    assert here < 3, f"{here:.1f} s of this process's CPU: the parse did not run in a worker"


async def test_a_runaway_parse_is_its_feeds_error_and_the_next_poll_works(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/slow.xml", b"<rss version='2.0'><channel><title>T</title><item><title>x</title>"
                    b"<link>https://ex.com/a</link><description>" + b"<a>" * 49_000 + b"</description></item>"
                    b"</channel></rss>")  # passes the markup guard; ~1 s of feedparser
    server.set_feed("/good.xml", BODY)
    pool = ParsePool(limits=Limits(cpu_seconds=0.2))
    sent = Validators(etag='"old"', body_hash="old")
    try:
        slow = await poll_feed(fetcher, FeedSpec(server.url("/slow.xml"), "test"), sent, now=NOW,
                               max_bytes=MAX_BYTES, runner=pool.run)
        good = await poll_feed(fetcher, FeedSpec(server.url("/good.xml"), "test"), Validators(), now=NOW,
                               max_bytes=MAX_BYTES, runner=pool.run)
    finally:
        await pool.close()
    assert slow.error is not None and slow.error.kind == "parse"
    assert slow.error.message == "the feed's markup took more than 0.2 s of CPU to parse"
    assert slow.validators == sent, "nothing recorded: the next poll fetches and parses again"
    assert good.ok and len(good.items) == 2
