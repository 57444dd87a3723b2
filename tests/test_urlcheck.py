import pytest
from yarl import URL

from bot.urlcheck import check_public_url


@pytest.mark.parametrize(("url", "why"), [
    ("http://127.0.0.1:8080/feed", "loopback"),
    ("http://localhost/feed", "loopback"),
    ("http://[::1]/feed", "loopback"),
    ("http://10.1.2.3/feed", "private"),
    ("http://192.168.0.10/feed", "private"),
    ("http://169.254.169.254/latest/meta-data", "link-local"),
    ("http://[::ffff:127.0.0.1]/feed", "loopback"),
    ("ftp://example.org/feed", "http(s)"),
    ("file:///etc/passwd", "http(s)"),
    ("http://no-such-host.invalid/feed", "cannot resolve"),
])
async def test_unsafe_urls_are_refused_with_a_reason(url: str, why: str) -> None:
    reason = await check_public_url(url)
    assert reason is not None and why in reason


async def test_a_public_address_passes() -> None:
    assert await check_public_url("http://93.184.216.34/feed.xml") is None


class Recorder:
    """A resolver that answers from a table and notes each name it was asked (no DNS)."""

    def __init__(self, answer: str = "93.184.216.34"):
        self.answer = answer
        self.asked: list[tuple[str, int]] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append((host, port))
        return [self.answer]


async def test_a_unicode_name_is_checked_in_the_idna_2008_form_the_fetcher_connects_to() -> None:
    resolver = Recorder()
    assert await check_public_url("http://faß.test/feed", resolve=resolver) is None
    assert resolver.asked == [("xn--fa-hia.test", 80)]  # IDNA 2003 would have asked for fass.test
    assert URL("http://faß.test/feed").raw_host == "xn--fa-hia.test"  # where aiohttp connects
    inside = Recorder("127.0.0.1")
    reason = await check_public_url("https://FAß.test/feed", resolve=inside)
    assert reason is not None and "xn--fa-hia.test" in reason and "loopback" in reason
    assert inside.asked == [("xn--fa-hia.test", 443)]


async def test_a_name_without_an_idna_2008_form_is_refused_before_any_lookup() -> None:
    resolver = Recorder()
    reason = await check_public_url("http://☃.net/feed", resolve=resolver)
    assert reason is not None and "IDNA 2008" in reason and "☃.net" in reason
    assert resolver.asked == []


async def test_the_check_and_the_fetcher_share_one_address_rule() -> None:
    """CGNAT (Alibaba's metadata service) is refused here too, as the connect-time guard refuses it."""
    reason = await check_public_url("http://meta.example/", resolve=Recorder("100.100.100.200"))
    assert reason is not None and "CGNAT" in reason
