"""Poll outcome -> stories -> outbox, on a real store with the bundled watchlist."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.matcher import Matcher
from bot.pipeline import Pipeline
from bot.routing import ChatRoute, Routing
from bot.store import AsyncSqliteStore, StoreAPI
from bot.watchlist import load_watchlist
from support.store_probe import outbox_rows, query
from watchers.items import FeedSpec, Item, PollOutcome

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
SPEC = FeedSpec("https://ex.org/feed", name="Ex")


def item(n: int, title: str, age_hours: float | None = 1.0) -> Item:
    published = NOW - timedelta(hours=age_hours) if age_hours is not None else None
    return Item(id=f"u:{n}", keys=(f"u:{n}",), url=f"https://ex.org/{n}", title=title, summary="", published=published,
                source="Ex", lang="en", feed_url=SPEC.url)


@pytest.fixture
async def store(tmp_path: Path):
    s = AsyncSqliteStore(tmp_path / "p.sqlite3")
    await s.open()
    yield s
    await s.close()


def pipeline(store: StoreAPI, **routing) -> Pipeline:
    matcher = Matcher(load_watchlist(None))
    r = Routing(**{"chats": (ChatRoute(1), ChatRoute(2)), "backfill_hours": 24, "max_age_hours": 720, **routing})
    return Pipeline(store, matcher=matcher, routing=lambda: r)


async def process(p: Pipeline, store: StoreAPI, items: list[Item]):
    state = await store.feed_state(SPEC.url)
    return await p.process(SPEC, PollOutcome(SPEC.url, NOW, items=tuple(items)), state=state,
                           now=NOW.timestamp(), next_poll_at=NOW.timestamp() + 60)


async def test_first_poll_alerts_only_recent_dated_items(store: StoreAPI) -> None:
    p = pipeline(store)
    result = await process(p, store, [item(1, "DeepSeek ships R2", 2), item(2, "DeepSeek ships V4", 48),
                                      item(3, "DeepSeek undated", None), item(4, "Weather today", 1)])
    assert result.first_poll and len(result.stories) == 1
    rows = await outbox_rows(store)
    assert {r["title"] for r in rows} == {"DeepSeek ships R2"}
    # later polls alert new items, dated or not; known ones never again
    result = await process(p, store, [item(1, "DeepSeek ships R2", 2), item(5, "DeepSeek later, undated", None)])
    assert not result.first_poll and len(result.stories) == 1


async def test_backfill_zero_alerts_nothing_present_at_the_first_poll(store: StoreAPI) -> None:
    p = pipeline(store, backfill_hours=0)
    assert (await process(p, store, [item(1, "DeepSeek ships R2", 0.01)])).stories == ()
    assert len((await process(p, store, [item(1, "DeepSeek ships R2"), item(2, "DeepSeek V4 is out")])).stories) == 1


async def test_a_burst_sends_the_newest_few_and_one_summary(store: StoreAPI) -> None:
    p = pipeline(store, max_alerts_per_poll=5)
    await process(p, store, [])  # the first poll of the feed
    burst = [item(n, f"DeepSeek archive story number {n}", age_hours=n) for n in range(1, 201)]
    await process(p, store, burst)
    rows = await outbox_rows(store)
    per_chat = [r["title"] for r in rows if r["chat_id"] == 1]
    assert len(per_chat) == 6
    assert per_chat[:5] == [f"DeepSeek archive story number {n}" for n in range(1, 6)]
    assert per_chat[5] == "195 more matching stories from Ex"
    assert (await process(p, store, burst)).stories == ()  # all of them are known now


async def test_a_burst_of_breaking_news_in_one_feed_is_alerted_in_full(store: StoreAPI) -> None:
    """A wire carrying thirty stories as they break is no archive re-published: every one is alerted (the sender
    folds a backlog into combined messages); older items beside them are still capped."""
    p = pipeline(store, max_alerts_per_poll=5)
    await process(p, store, [])
    places = ["Lisbon", "Nairobi", "Osaka", "Lima", "Oslo", "Hanoi", "Tbilisi", "Quito", "Accra", "Perth"]
    deals = ["opens a research lab in", "signs a cloud deal in", "hosts a developer day in"]
    breaking = [item(n, f"DeepSeek {deals[n % 3]} {places[n % 10]} (item {n})", age_hours=0.1) for n in range(30)]
    archive = [item(100 + n, f"DeepSeek archive story number {n}", age_hours=5 + n) for n in range(8)]
    result = await process(p, store, breaking + archive)
    assert len(result.stories) == 30 + 8 + 1  # the archive's three beyond the cap are stored quietly
    titles = [r["title"] for r in await outbox_rows(store) if r["chat_id"] == 1]
    assert len(titles) == 30 + 5 + 1 and titles[-1] == "3 more matching stories from Ex"
    assert {b.title for b in breaking} <= set(titles)


async def test_feed_topic_restriction_and_same_story_in_one_document(store: StoreAPI) -> None:
    p = pipeline(store)
    await process(p, store, [])
    restricted = FeedSpec(SPEC.url, name="Ex", topics=("luo_fuli",))
    state = await store.feed_state(SPEC.url)
    out = PollOutcome(SPEC.url, NOW, items=(item(1, "DeepSeek ships R2"), item(2, "罗福莉加入小米大模型团队"),
                                            item(3, "罗福莉加入小米大模型团队")))
    result = await p.process(restricted, out, state=state, now=NOW.timestamp(), next_poll_at=0)
    assert len(result.stories) == 1
    rows = await outbox_rows(store)
    assert {r["title"] for r in rows} == {"罗福莉加入小米大模型团队"}


async def test_one_event_polled_from_two_feeds_at_once_is_one_story(store: StoreAPI) -> None:
    """Two feeds processed concurrently: the second report must find the first one's story, though it is
    looked up while the first poll's transaction is still being written."""
    p = pipeline(store)
    specs = [FeedSpec(f"https://{name}.example/feed", name=name) for name in ("zh", "hi")]
    for spec in specs:  # their first polls
        await p.process(spec, PollOutcome(spec.url, NOW, items=()), state=await store.feed_state(spec.url),
                        now=NOW.timestamp(), next_poll_at=NOW.timestamp() + 60)
    reports = [("前DeepSeek研究员罗福莉已加入小米", "zh"), ("शाओमी ने एआई बड़े मॉडल टीम के लिए लुओ फुली को नियुक्त किया", "hi")]

    async def poll(spec: FeedSpec, title: str, lang: str):
        it = Item(id=f"{lang}:1", keys=(f"{lang}:1",), url=f"https://{lang}.example/1", title=title, summary="",
                  published=NOW, source=spec.name, lang=lang, feed_url=spec.url)
        return await p.process(spec, PollOutcome(spec.url, NOW, items=(it,)), state=await store.feed_state(spec.url),
                               now=NOW.timestamp(), next_poll_at=NOW.timestamp() + 60)

    polls = [poll(spec, title, lang) for spec, (title, lang) in zip(specs, reports, strict=True)]
    results = await asyncio.gather(*polls)
    assert sorted(len(r.stories) for r in results) == [0, 1]  # one new story; the other report joined it
    assert len({r["story_id"] for r in await outbox_rows(store)}) == 1


async def test_reports_of_one_event_in_one_poll_are_one_story(store: StoreAPI) -> None:
    """An aggregator's feed carries several outlets' reports of one event: the later items find the story the
    first one starts in the same poll, before any of it is stored."""
    p = pipeline(store)
    await process(p, store, [])
    result = await process(p, store, [item(1, "Luo Fuli joins Xiaomi to lead its MiMo large-model team"),
                                      item(2, "Xiaomi hires former DeepSeek researcher Luo Fuli to head its MiMo team"),
                                      item(3, "罗福莉加盟小米 出任MiMo大模型团队负责人"),
                                      item(4, "DeepSeek cuts API prices by 50%")])
    assert len(result.stories) == 2
    rows = await outbox_rows(store)
    assert len(rows) == 4 and len({r["story_id"] for r in rows}) == 2
    assert {r["title"] for r in rows} == {"Luo Fuli joins Xiaomi to lead its MiMo large-model team",
                                          "DeepSeek cuts API prices by 50%"}
    assert -1 not in p.index and result.stories[0] in p.index  # provisional ids gave way to the store's


async def test_a_poll_that_fails_to_commit_leaves_no_story_in_the_index(store: StoreAPI,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The poll's new stories wait in the index under provisional ids; if the store refuses the poll, they go,
    and the next poll of the same items makes them stories as if nothing happened."""
    p = pipeline(store)
    await process(p, store, [])
    items = [item(1, "Luo Fuli joins Xiaomi to lead its MiMo large-model team"), item(2, "DeepSeek cuts API prices")]

    async def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(store, "commit_poll", refuse)
        with pytest.raises(RuntimeError):
            await process(p, store, items)
    assert len(p.index) == 0
    assert len((await process(p, store, items)).stories) == 2 and len(p.index) == 2


async def test_a_report_that_links_two_waiting_stories_makes_them_one_alert(store: StoreAPI) -> None:
    """Two reports of one event worded too differently to meet become two stories; a third report (in Hindi)
    that is the same event as both merges them while their alerts wait: one alert per chat, naming all three
    outlets."""
    p = pipeline(store)
    reports = [("Reuters", "en", "Anthropic Accuses DeepSeek, Moonshot, and MiniMax of Stealing Claude's Capabilities"),
               ("The Verge", "en", "Anthropic says DeepSeek ran 150,000 Claude exchanges to harvest reasoning traces"),
               ("NDTV", "hi", "एंथ्रोपिक का आरोप: डीपसीक समेत तीन चीनी कंपनियों ने Claude की 'नकल' की")]
    created = []
    for n, (source, lang, title) in enumerate(reports):
        spec = FeedSpec(f"https://{n}.example/feed", name=source)
        await p.process(spec, PollOutcome(spec.url, NOW, items=()), state=await store.feed_state(spec.url),
                        now=NOW.timestamp(), next_poll_at=0)
        it = Item(id=f"r:{n}", keys=(f"r:{n}",), url=f"https://{n}.example/1", title=title, summary="",
                  published=NOW, source=source, lang=lang, feed_url=spec.url)
        result = await p.process(spec, PollOutcome(spec.url, NOW, items=(it,)), state=await store.feed_state(spec.url),
                                 now=NOW.timestamp() + n, next_poll_at=0)
        created.extend(result.stories)
    assert len(created) == 2 and result.merged == 1  # the first two did not meet; the third merged them
    rows = await outbox_rows(store)
    assert sorted((r["chat_id"], r["state"]) for r in rows) == [(1, "pending"), (2, "pending")]
    assert len({r["story_id"] for r in rows}) == 1
    (story,) = await query(store, "SELECT source, sources FROM stories WHERE merged_into IS NULL")
    assert story["source"] == "Reuters" and json.loads(story["sources"]) == ["The Verge", "NDTV (हिन्दी)"]
    assert len(p.index) == 1


async def test_a_new_watchlist_is_compiled_off_the_event_loop(store: StoreAPI, monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    import threading
    from dataclasses import replace as dc_replace

    import bot.pipeline as pipeline_module
    from bot.config import parse_config

    p = pipeline(store)
    built_in: list[str] = []

    class Recording(Matcher):
        def __init__(self, watchlist):
            built_in.append(threading.current_thread().name)
            super().__init__(watchlist)

    monkeypatch.setattr(pipeline_module, "Matcher", Recording)
    config = parse_config("", path=tmp_path / "c.toml", env={})
    fresh = dc_replace(config, watchlist=load_watchlist(None))  # another object: the watchlist "changed"
    await p.apply(fresh)
    assert built_in and built_in[0] != threading.main_thread().name
    assert p.matcher.watchlist is fresh.watchlist
