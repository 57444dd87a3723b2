"""Which feeds a config watches: the configured ones plus, when enabled, news-search feeds per topic."""

from __future__ import annotations

from watchers.items import FeedSpec
from watchers.search import news_search_feeds

from .config import Config


def feeds_for(config: Config) -> dict[str, FeedSpec]:
    """Feed URL -> spec; a configured feed wins over a generated search feed with the same URL."""
    feeds = {f.url: f for f in config.feeds}
    if config.search.enabled:
        interval = max(config.search.interval, config.polling.min_interval)
        for topic in config.watchlist.topics:
            queries = {lang: terms for lang, terms in topic.search_terms.items() if lang in config.search.languages}
            for spec in news_search_feeds(topic.id, queries, interval=interval):
                feeds.setdefault(spec.url, spec)
    return feeds
