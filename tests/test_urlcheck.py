import pytest

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
