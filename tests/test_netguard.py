"""A feed publisher cannot make the bot request the inside network (watchers/netguard.py)."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from aiohttp.abc import AbstractResolver

from support.feed_server import FeedServer, rss
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
