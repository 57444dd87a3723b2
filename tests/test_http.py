"""The fetcher against a real local server: conditional GET, caps, redirects, timeouts, errors."""

from __future__ import annotations

import asyncio
import gzip
import itertools
import socket
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from support.feed_server import FeedServer, rss
from support.wait import wait_until
from watchers.http import DEFAULT_USER_AGENT, Fetcher, FetchResponse
from watchers.items import FetchError, Validators

BODY = rss([{"title": "DeepSeek R2", "link": "https://ex.com/r2"}])
CAP = 256 * 1024


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as running:
        yield running


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(timeout=2.0, max_bytes=CAP) as opened:
        yield opened


def ok(result: FetchResponse | FetchError) -> FetchResponse:
    assert isinstance(result, FetchResponse), result
    return result


def failed(result: FetchResponse | FetchError, kind: str) -> FetchError:
    assert isinstance(result, FetchError), result
    assert result.kind == kind, result
    return result


# -- conditional GET ----------------------------------------------------------------------------------


async def test_a_feed_is_fetched_with_its_validators(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/feed.xml", BODY, etag=True, last_modified=True)
    response = ok(await fetcher.fetch(server.url("/feed.xml"), Validators()))
    assert response.status == 200 and response.body == BODY and response.bytes_read == len(BODY)
    assert response.etag == server.etag("/feed.xml")
    assert response.last_modified == server.last_modified("/feed.xml")
    assert response.content_type == "application/rss+xml; charset=utf-8"
    assert response.final_url == server.url("/feed.xml") and response.permanent_redirect is None
    headers = server.last_headers("/feed.xml")
    assert headers["User-Agent"] == DEFAULT_USER_AGENT
    assert "If-None-Match" not in headers and "If-Modified-Since" not in headers


async def test_an_unchanged_feed_answers_304_to_its_etag(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/feed.xml", BODY, etag=True)
    first = ok(await fetcher.fetch(server.url("/feed.xml"), Validators()))
    second = ok(await fetcher.fetch(server.url("/feed.xml"), Validators(etag=first.etag)))
    assert second.status == 304 and second.body is None and second.bytes_read == 0
    assert server.last_headers("/feed.xml")["If-None-Match"] == first.etag


async def test_an_unchanged_feed_answers_304_to_its_last_modified(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/feed.xml", BODY, last_modified=True)
    first = ok(await fetcher.fetch(server.url("/feed.xml"), Validators()))
    assert first.last_modified and first.etag is None
    second = ok(await fetcher.fetch(server.url("/feed.xml"), Validators(last_modified=first.last_modified)))
    assert second.status == 304
    assert server.last_headers("/feed.xml")["If-Modified-Since"] == first.last_modified


async def test_a_changed_feed_is_sent_again_despite_old_validators(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/feed.xml", BODY, etag=True)
    old = ok(await fetcher.fetch(server.url("/feed.xml"), Validators()))
    server.set_feed("/feed.xml", BODY + b"<!-- new -->", etag=True)
    new = ok(await fetcher.fetch(server.url("/feed.xml"), Validators(etag=old.etag)))
    assert new.status == 200 and new.etag != old.etag


async def test_cache_lifetime_headers_are_reported(server: FeedServer, fetcher: Fetcher) -> None:
    date = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
    server.set_feed("/feed.xml", BODY, headers={
        "Cache-Control": "public, max-age=600",
        "Date": format_datetime(date, usegmt=True),
        "Expires": format_datetime(date + timedelta(seconds=900), usegmt=True),
    })
    response = ok(await fetcher.fetch(server.url("/feed.xml"), Validators()))
    assert response.cache_max_age == 600
    assert response.expires_in == pytest.approx(900, abs=1)
    server.set_feed("/nocache.xml", BODY, headers={"Cache-Control": "no-cache, max-age=600"})
    assert ok(await fetcher.fetch(server.url("/nocache.xml"), Validators())).cache_max_age is None


# -- size caps -----------------------------------------------------------------------------------------


async def test_a_declared_content_length_over_the_cap_is_refused(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_oversized("/big.xml", CAP * 4, declare_length=True)
    error = failed(await fetcher.fetch(server.url("/big.xml"), Validators()), "too_large")
    assert str(CAP) in error.message


async def test_a_chunked_body_without_length_is_cut_at_the_cap(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_oversized("/big.xml", CAP * 4, declare_length=False)
    failed(await fetcher.fetch(server.url("/big.xml"), Validators()), "too_large")
    server.set_oversized("/fits.xml", CAP - 1, declare_length=False)
    assert ok(await fetcher.fetch(server.url("/fits.xml"), Validators())).bytes_read == CAP - 1


async def test_an_endless_body_is_cut_at_the_cap(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_endless("/endless.xml")
    failed(await fetcher.fetch(server.url("/endless.xml"), Validators()), "too_large")


async def test_the_cap_counts_decompressed_bytes_of_a_gzip_bomb(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_gzip_bomb("/bomb.xml", size=16 * 1024 * 1024)
    error = failed(await fetcher.fetch(server.url("/bomb.xml"), Validators()), "too_large")
    assert "exceeds" in error.message


async def test_a_gzip_encoded_feed_arrives_decompressed(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_feed("/gz.xml", gzip.compress(BODY), headers={"Content-Encoding": "gzip"})
    response = ok(await fetcher.fetch(server.url("/gz.xml"), Validators()))
    assert response.body == BODY and response.bytes_read == len(BODY)
    assert "gzip" in server.last_headers("/gz.xml")["Accept-Encoding"]


# -- redirects -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("statuses", "moved"), [((301,), True), ((308,), True), ((302,), False),
                                                  ((307,), False), ((301, 302), False), ((301, 308), True)])
async def test_a_redirect_is_followed_and_reported_as_a_move_only_if_every_hop_is_permanent(
    server: FeedServer, fetcher: Fetcher, statuses: tuple[int, ...], moved: bool
) -> None:
    server.set_feed("/final.xml", BODY)
    paths = [f"/hop{n}.xml" for n in range(len(statuses))] + ["/final.xml"]
    for path, target, status in zip(paths, paths[1:], statuses, strict=False):  # paths has the final one more
        server.set_redirect(path, target, status=status)
    response = ok(await fetcher.fetch(server.url(paths[0]), Validators()))
    assert response.body == BODY and response.final_url == server.url("/final.xml")
    assert response.permanent_redirect == (server.url("/final.xml") if moved else None)


async def test_a_redirect_loop_is_an_error(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_redirect_loop("/a.xml", "/b.xml")
    failed(await fetcher.fetch(server.url("/a.xml"), Validators()), "redirects")
    assert server.count("/a.xml") == 1 and server.count("/b.xml") == 1


async def test_too_many_redirects_is_an_error(server: FeedServer) -> None:
    for n in range(4):
        server.set_redirect(f"/r{n}", f"/r{n + 1}")
    server.set_feed("/r4", BODY)
    async with Fetcher(max_redirects=3) as strict, Fetcher(max_redirects=4) as lenient:
        failed(await strict.fetch(server.url("/r0"), Validators()), "redirects")
        assert ok(await lenient.fetch(server.url("/r0"), Validators())).body == BODY


async def test_a_redirect_away_from_http_is_refused(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_redirect("/ftp.xml", "ftp://files.example.com/feed.xml")
    failed(await fetcher.fetch(server.url("/ftp.xml"), Validators()), "invalid")


# -- timeouts ----------------------------------------------------------------------------------------------


async def test_a_dripping_server_times_out_within_the_timeout(server: FeedServer) -> None:
    server.set_drip("/drip.xml", interval=0.02)
    started = time.monotonic()
    async with Fetcher(timeout=0.5) as fetcher:
        error = failed(await fetcher.fetch(server.url("/drip.xml"), Validators()), "timeout")
    assert 0.4 < time.monotonic() - started < 2.0
    assert "0.5s" in error.message and not error.permanent


async def test_a_server_that_never_answers_times_out(server: FeedServer) -> None:
    server.set_feed("/slow.xml", BODY, delay=5)
    async with Fetcher(timeout=0.3) as fetcher:
        failed(await fetcher.fetch(server.url("/slow.xml"), Validators()), "timeout")


async def test_waiting_for_a_politeness_slot_does_not_count_against_the_timeout(server: FeedServer) -> None:
    server.set_feed("/slow.xml", BODY, delay=0.2)
    async with Fetcher(timeout=0.35, per_host=1) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(server.url("/slow.xml"), Validators()) for _ in range(3)))
    assert all(isinstance(r, FetchResponse) for r in results), results
    assert server.peak_in_flight == 1


async def test_requests_to_one_host_are_capped(server: FeedServer) -> None:
    server.set_feed("/feed.xml", BODY, delay=0.05)
    async with Fetcher(per_host=2, max_concurrency=10) as fetcher:
        await asyncio.gather(*(fetcher.fetch(server.url("/feed.xml"), Validators()) for _ in range(6)))
    assert server.count("/feed.xml") == 6 and server.peak_in_flight == 2


async def test_cancellation_propagates(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_drip("/drip.xml")
    task = asyncio.create_task(fetcher.fetch(server.url("/drip.xml"), Validators()))
    await wait_until(lambda: server.count("/drip.xml"), timeout=2, message="the fetch never reached the server")
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


# -- HTTP status and network errors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "permanent"),
    [(404, False), (410, True), (403, False), (401, False), (500, False), (502, False)],
)
async def test_http_errors_are_classified(server: FeedServer, fetcher: Fetcher, status: int, permanent: bool) -> None:
    server.set_status("/feed.xml", status)
    error = failed(await fetcher.fetch(server.url("/feed.xml"), Validators()), "http")
    assert error.status == status and error.permanent is permanent and error.retry_after is None


@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_in_seconds_is_reported(server: FeedServer, fetcher: Fetcher, status: int) -> None:
    server.set_status("/feed.xml", status, retry_after=120)
    error = failed(await fetcher.fetch(server.url("/feed.xml"), Validators()), "http")
    assert error.status == status and error.retry_after == 120 and not error.permanent


async def test_retry_after_as_an_http_date_is_measured_against_the_servers_date(
    server: FeedServer, fetcher: Fetcher
) -> None:
    date = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)  # far from our clock on purpose
    server.set_status("/feed.xml", 503, retry_after=format_datetime(date + timedelta(minutes=30), usegmt=True),
                      headers={"Date": format_datetime(date, usegmt=True)})
    error = failed(await fetcher.fetch(server.url("/feed.xml"), Validators()), "http")
    assert error.retry_after == pytest.approx(1800, abs=1)


async def test_an_unknown_host_is_a_dns_error(fetcher: Fetcher) -> None:
    failed(await fetcher.fetch("http://no-such-feed.invalid/rss.xml", Validators()), "dns")


async def test_a_closed_port_is_a_connect_error(fetcher: Fetcher) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    failed(await fetcher.fetch(f"http://127.0.0.1:{port}/feed.xml", Validators()), "connect")


async def test_a_connection_reset_is_a_connect_error(server: FeedServer, fetcher: Fetcher) -> None:
    server.set_reset("/reset.xml")
    failed(await fetcher.fetch(server.url("/reset.xml"), Validators()), "connect")
    server.set_feed("/feed.xml", BODY)  # and the session still works afterwards
    assert ok(await fetcher.fetch(server.url("/feed.xml"), Validators())).body == BODY


@pytest.mark.parametrize("url", ["ftp://example.com/feed.xml", "file:///etc/passwd", "not a url", "http://", ""])
async def test_only_http_urls_are_fetched(fetcher: Fetcher, url: str) -> None:
    error = failed(await fetcher.fetch(url, Validators()), "invalid")
    assert error.permanent


async def test_a_fetcher_that_is_not_open_returns_an_error() -> None:
    failed(await Fetcher().fetch("http://127.0.0.1:9/feed.xml", Validators()), "invalid")


async def test_requests_to_one_host_start_at_least_host_gap_apart(server: FeedServer) -> None:
    for i in range(5):
        server.set_feed(f"/f{i}", rss([]))
    async with Fetcher(timeout=5, per_host=4, host_gap=0.1) as polite:
        results = await asyncio.gather(*(polite.fetch(server.url(f"/f{i}")) for i in range(5)))
    assert all(isinstance(r, FetchResponse) for r in results)
    starts = sorted(r.time for r in server.requests)
    assert len(starts) == 5
    # arrivals as the in-process server's handler notes them: a loaded machine delays one by a few ms
    assert min(b - a for a, b in itertools.pairwise(starts)) >= 0.08
