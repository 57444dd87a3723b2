"""News-search feeds: RSS URLs that ask search engines for a topic's aliases, per language.

Publishers' own feeds cover only the outlets someone configured; a news-search feed covers every
outlet the engine indexes, which is how a mention in an unknown outlet is caught. Two engines are
used on purpose:

- Google News RSS (news.google.com/rss/search) has the widest coverage, including Chinese and Hindi
  outlets, but its links are opaque news.google.com redirects and it throttles automated clients
  (429/503 with captchas) without warning.
- Bing News RSS (bing.com/news/search?format=rss) indexes a different set of outlets and its links
  carry the publisher's URL (unwrapped by `urls.canonical_url`), so it fills Google's gaps and keeps
  the watch alive while Google blocks us. The same story seen through both engines is merged
  downstream by URL key and title.

Long alias lists are split over several URLs: engines truncate or reject long queries, and a short
OR-query returns the freshest results for each alias. Pure: builds URLs, fetches nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote_plus

from .items import FeedSpec

__all__ = ["LOCALES", "MAX_QUERY_CHARS", "news_search_feeds", "split_query"]

MAX_QUERY_CHARS = 200  # of the unencoded query; Google News starts dropping terms beyond this


@dataclass(frozen=True)
class Locale:
    """Where an engine should look for one language."""

    google_hl: str
    google_gl: str
    google_ceid: str
    bing_setlang: str
    bing_cc: str


LOCALES: Mapping[str, Locale] = {
    "en": Locale("en-US", "US", "US:en", "en-US", "US"),
    "zh": Locale("zh-CN", "CN", "CN:zh-Hans", "zh-Hans", "CN"),
    "hi": Locale("hi", "IN", "IN:hi", "hi", "IN"),
    "ja": Locale("ja", "JP", "JP:ja", "ja", "JP"),
    "ko": Locale("ko", "KR", "KR:ko", "ko", "KR"),
    "de": Locale("de", "DE", "DE:de", "de", "DE"),
    "fr": Locale("fr", "FR", "FR:fr", "fr", "FR"),
    "es": Locale("es-419", "US", "US:es-419", "es", "US"),
    "ru": Locale("ru", "RU", "RU:ru", "ru", "RU"),
}


def news_search_feeds(
    topic_id: str, queries: Mapping[str, Sequence[str]], *, interval: float
) -> list[FeedSpec]:
    """One Google News and one Bing News feed per (language, query chunk) of a topic.

    `queries` maps a language ("en", "zh", "hi", ... see `LOCALES`; unknown languages are skipped)
    to the aliases to search for. The feeds carry `topics=(topic_id,)` so a result only alerts for
    the topic that asked for it.
    """
    specs: list[FeedSpec] = []
    for lang in sorted(queries):
        locale = LOCALES.get(lang)
        if locale is None:
            continue
        chunks = split_query(queries[lang])
        for number, query in enumerate(chunks, start=1):
            suffix = f" ({number}/{len(chunks)})" if len(chunks) > 1 else ""
            q = quote_plus(query)
            google = (f"https://news.google.com/rss/search?q={q}&hl={locale.google_hl}"
                      f"&gl={locale.google_gl}&ceid={quote_plus(locale.google_ceid, safe=':')}")
            bing = f"https://www.bing.com/news/search?q={q}&format=rss&setlang={locale.bing_setlang}&cc={locale.bing_cc}"
            specs.append(FeedSpec(google, f"Google News ({lang}): {topic_id}{suffix}", interval, (topic_id,)))
            specs.append(FeedSpec(bing, f"Bing News ({lang}): {topic_id}{suffix}", interval, (topic_id,)))
    return specs


def split_query(aliases: Sequence[str], *, limit: int = MAX_QUERY_CHARS) -> list[str]:
    """Quoted aliases OR-joined, packed greedily into queries of at most `limit` characters.

    Aliases are deduplicated case-insensitively; quotes inside an alias are dropped (they would end
    the phrase). An alias longer than `limit` on its own still gets a query of its own.
    """
    seen: set[str] = set()
    terms: list[str] = []
    for alias in aliases:
        cleaned = " ".join(str(alias).replace('"', " ").split())
        if cleaned and cleaned.casefold() not in seen:
            seen.add(cleaned.casefold())
            terms.append(f'"{cleaned}"')
    queries: list[str] = []
    current = ""
    for term in terms:
        candidate = f"{current} OR {term}" if current else term
        if current and len(candidate) > limit:
            queries.append(current)
            candidate = term
        current = candidate
    if current:
        queries.append(current)
    return queries
