"""A feed publisher cannot make the bot request the inside network (watchers/netguard.py)."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from aiohttp.abc import AbstractResolver

from support.feed_server import FeedServer, rss
from support.seeming import seem_public
from watchers.http import Fetcher, FetchResponse
from watchers.items import FetchError
from watchers.netguard import PRIVATE_OK, GuardedResolver, is_public, private_host


class Names(AbstractResolver):
    """A DNS that answers from a table (a public-looking name pointed at 127.0.0.1, as rebinding does)."""

    def __init__(self, table: dict[str, str]):
        self.table = table

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET) -> list[Any]:
        ip = self.table[host]
        return [{"hostname": host, "host": ip, "port": port, "family": socket.AF_INET, "proto": 0,
                 "flags": socket.AI_NUMERICHOST}]

    async def close(self) -> None:
        return None


@pytest.mark.parametrize(("address", "public"), [
    ("8.8.8.8", True), ("2606:4700::1111", True),
    ("127.0.0.1", False), ("10.1.2.3", False), ("169.254.169.254", False), ("100.100.100.200", False),
    ("::1", False), ("::ffff:127.0.0.1", False), ("2002:7f00:1::1", False), ("fec0::1", False),
    ("64:ff9b::a00:1", False), ("224.0.0.1", False), ("not an ip", False),
])
def test_only_globally_routable_unicast_addresses_are_public(address: str, public: bool) -> None:
    assert is_public(address) is public


def test_a_url_naming_a_private_place_by_itself() -> None:
    assert private_host("127.0.0.1") and private_host("localhost") and private_host("[::1]")
    assert not private_host("feeds.example") and not private_host("8.8.8.8")


async def test_the_resolver_drops_private_answers_when_the_request_may_not_go_inside() -> None:
    resolver = GuardedResolver(Names({"news.example": "127.0.0.1", "cdn.example": "93.184.216.34"}))
    token = PRIVATE_OK.set(False)
    try:
        with pytest.raises(OSError, match="non-public"):
            await resolver.resolve("news.example", 80)
        assert (await resolver.resolve("cdn.example", 80))[0]["host"] == "93.184.216.34"
    finally:
        PRIVATE_OK.reset(token)
    assert (await resolver.resolve("news.example", 80))[0]["host"] == "127.0.0.1"  # allowed by default


async def test_a_public_name_pointing_inside_is_not_fetched() -> None:
    async with FeedServer() as feeds:
        feeds.set_feed("/f.xml", rss([{"title": "internal", "link": "https://x.example/1"}]))
        port = int(feeds.url("/f.xml").split(":")[2].split("/")[0])
        names = Names({"news.example": "127.0.0.1"})
        async with Fetcher(timeout=5, resolver=names) as fetcher:
            got = await fetcher.fetch(f"http://news.example:{port}/f.xml")
        assert isinstance(got, FetchError), got
        assert feeds.count("/f.xml") == 0  # not even asked
        async with Fetcher(timeout=5, resolver=names, allow_private=True) as fetcher:  # an intranet, on purpose
            assert isinstance(await fetcher.fetch(f"http://news.example:{port}/f.xml"), FetchResponse)
        async with Fetcher(timeout=5) as fetcher:  # the operator's own 127.0.0.1 feed stays reachable
            assert isinstance(await fetcher.fetch(feeds.url("/f.xml")), FetchResponse)


async def test_the_fetcher_resolves_a_unicode_name_in_its_idna_2008_form() -> None:
    async with FeedServer() as feeds:
        feeds.set_feed("/f.xml", rss([{"title": "ok", "link": "https://x.example/1"}]))
        port = int(feeds.url("/f.xml").split(":")[2].split("/")[0])
        names = Names({"xn--fa-hia.test": "127.0.0.1"})  # fass.test would be a KeyError: another host
        async with Fetcher(timeout=5, resolver=names, allow_private=True) as fetcher:
            assert isinstance(await fetcher.fetch(f"http://faß.test:{port}/f.xml"), FetchResponse)


async def test_a_name_without_an_idna_2008_form_is_never_fetched_nor_followed() -> None:
    """yarl would fall back to IDNA 2003 (xn--n3h.net); the fetcher refuses the name instead."""
    async with FeedServer() as feeds:
        port = int(feeds.url("/r.xml").split(":")[2].split("/")[0])
        feeds.set_redirect("/r.xml", f"http://☃.net:{port}/f.xml")
        names = Names({"xn--n3h.net": "127.0.0.1"})
        async with Fetcher(timeout=5, resolver=names, allow_private=True) as fetcher:
            direct = await fetcher.fetch(f"http://☃.net:{port}/f.xml")
            followed = await fetcher.fetch(feeds.url("/r.xml"))
        for got in (direct, followed):
            assert isinstance(got, FetchError) and got.kind == "invalid" and "IDNA 2008" in got.message, got
        assert direct.permanent and not followed.permanent  # a redirect may change back; the URL itself cannot


@pytest.mark.parametrize("status", [301, 302])
@pytest.mark.parametrize("allow_private", [False, True])  # an intranet operator's setting does not open this
@pytest.mark.parametrize("target", ["literal", "name"])
async def test_a_public_feed_redirecting_inside_is_refused_on_that_hop(
        monkeypatch: pytest.MonkeyPatch, status: int, allow_private: bool, target: str) -> None:
    async with FeedServer() as public, FeedServer() as inside:
        inside.set_feed("/f.xml", rss([{"title": "internal", "link": "https://x.example/1"}]))
        port = int(inside.base_url.rsplit(":", 1)[1])
        location = inside.url("/f.xml") if target == "literal" else f"http://inside.example:{port}/f.xml"
        public.set_redirect("/feed.xml", location, status=status)
        seem_public(monkeypatch, public.base_url)
        names = Names({"inside.example": "127.0.0.1"})
        async with Fetcher(timeout=5, resolver=names, allow_private=allow_private) as fetcher:
            got = await fetcher.fetch(public.url("/feed.xml"))
        assert isinstance(got, FetchError) and got.kind == "blocked", got
        assert "non-public" in got.message
        assert public.count("/feed.xml") == 1 and inside.count("/f.xml") == 0  # the inside was never asked
