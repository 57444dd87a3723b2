"""News-search feed URLs built from a topic's aliases."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from watchers.search import MAX_QUERY_CHARS, news_search_feeds, split_query

QUERIES = {"en": ["DeepSeek", "DeepSeek-R1"], "zh": ["深度求索", "DeepSeek"], "hi": ["डीपसीक"]}


def params(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_google_news_feeds_per_language_with_locale_parameters() -> None:
    specs = news_search_feeds("deepseek", QUERIES, interval=900)
    google = {s.name: s for s in specs if s.url.startswith("https://news.google.com/rss/search?")}
    assert set(google) == {"Google News (en): deepseek", "Google News (zh): deepseek", "Google News (hi): deepseek"}
    assert params(google["Google News (en): deepseek"].url) == {
        "q": '"DeepSeek" OR "DeepSeek-R1"', "hl": "en-US", "gl": "US", "ceid": "US:en"}
    assert params(google["Google News (zh): deepseek"].url) == {
        "q": '"深度求索" OR "DeepSeek"', "hl": "zh-CN", "gl": "CN", "ceid": "CN:zh-Hans"}
    assert params(google["Google News (hi): deepseek"].url) == {
        "q": '"डीपसीक"', "hl": "hi", "gl": "IN", "ceid": "IN:hi"}
    assert all(s.topics == ("deepseek",) and s.interval == 900 for s in specs)


def test_bing_news_is_a_second_engine_for_every_query() -> None:
    specs = news_search_feeds("deepseek", QUERIES, interval=900)
    bing = [s for s in specs if s.url.startswith("https://www.bing.com/news/search?")]
    assert len(bing) == 3 and len(specs) == 6
    zh = next(s for s in bing if s.name == "Bing News (zh): deepseek")
    assert params(zh.url) == {"q": '"深度求索" OR "DeepSeek"', "format": "rss", "setlang": "zh-Hans", "cc": "CN"}


def test_urls_are_fully_encoded() -> None:
    for spec in news_search_feeds("deepseek", QUERIES, interval=900):
        assert " " not in spec.url and '"' not in spec.url and spec.url.isascii()


def test_a_long_alias_list_is_split_into_short_queries_that_cover_every_alias() -> None:
    aliases = [f"Alias number {n}" for n in range(40)]
    chunks = split_query(aliases)
    assert len(chunks) > 1 and all(len(c) <= MAX_QUERY_CHARS for c in chunks)
    found = [term.strip('"') for chunk in chunks for term in chunk.split(" OR ")]
    assert found == aliases
    specs = news_search_feeds("big", {"en": aliases}, interval=600)
    assert len(specs) == 2 * len(chunks)
    assert specs[0].name == f"Google News (en): big (1/{len(chunks)})"
    assert len({s.url for s in specs}) == len(specs)


def test_aliases_are_deduplicated_and_cleaned() -> None:
    assert split_query(["DeepSeek", "deepseek", ' Deep  "Seek" ', ""]) == ['"DeepSeek" OR "Deep Seek"']


def test_an_alias_longer_than_the_limit_gets_its_own_query() -> None:
    long = "x" * (MAX_QUERY_CHARS + 10)
    assert split_query(["a", long, "b"]) == ['"a"', f'"{long}"', '"b"']


def test_unknown_languages_and_empty_alias_lists_give_no_feeds() -> None:
    assert news_search_feeds("t", {"xx": ["a"], "en": []}, interval=60) == []


def test_the_result_is_deterministic() -> None:
    shuffled = dict(reversed(list(QUERIES.items())))
    assert news_search_feeds("d", QUERIES, interval=1) == news_search_feeds("d", shuffled, interval=1)
