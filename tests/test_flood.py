"""A feed that is new on every poll: the pure flood rule, and one feed's refreshes through the pipeline into a
real store with the clock injected (a whole flood, from the first poll to the calm). The daemon end to end:
test_flooding_feed.py."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.chatbook import ChatBook
from bot.config import parse_config
from bot.feedlist import feeds_for
from bot.flood import FloodPolicy, FloodState, FloodVerdict, PollMatches, assess
from bot.matcher import Matcher
from bot.metrics import Metrics
from bot.pipeline import Pipeline
from bot.refresh import Refreshed, Refresher
from bot.store import AsyncSqliteStore
from support.clock import Clock
from support.feed_server import FeedServer, rss
from support.store_probe import outbox_rows

POLICY = FloodPolicy()
MINUTE = 60.0


# -- the rule, pure ---------------------------------------------------------------------------------------------

def run(polls: list[tuple[float, int]], state: FloodState | None = None) -> list[FloodVerdict]:
    """The verdicts for a feed's polls, (time, new matching stories) each."""
    verdicts = []
    state = state or FloodState()
    for at, count in polls:
        verdict = assess(state, PollMatches(at, count, latest=f"story at {at:g}", topics=("deepseek",)), POLICY)
        verdicts.append(verdict)
        state = verdict.state
    return verdicts


def test_a_busy_real_feed_never_floods() -> None:
    # a wire feed in a big event: four new matching stories every five minutes, for a day
    verdicts = run([(n * 5 * MINUTE, 4) for n in range(288)])
    assert not any(v.hold or v.started for v in verdicts)
    assert max(v.recent for v in verdicts) < POLICY.flood_at


def test_one_big_poll_is_a_burst_for_the_per_poll_cap_not_a_flood() -> None:
    # an archive re-published, or a feed back after days offline, then its usual pace
    verdicts = run([(0.0, 500), (5 * MINUTE, 1), (10 * MINUTE, 2)])
    assert not any(v.hold or v.started for v in verdicts)


def test_a_feed_new_on_every_poll_floods_at_its_third_poll_and_is_summarised_every_ten_minutes() -> None:
    verdicts = run([(n * MINUTE, 30) for n in range(25)])
    assert [v.hold for v in verdicts[:3]] == [False, False, True]
    assert [n for n, v in enumerate(verdicts) if v.started] == [2]  # the admins are told once
    summaries = [(n, v.summary) for n, v in enumerate(verdicts) if v.summary]
    assert [n for n, _ in summaries] == [12, 22]  # one per ten minutes
    first = summaries[0][1]
    assert first is not None and (first.count, first.minutes, first.latest) == (330, 10, "story at 720")
    assert not first.final and first.topics == ("deepseek",)
    assert all(v.hold for v in verdicts[2:]) and not any(v.ended for v in verdicts)


def test_it_calms_down_once_the_window_holds_no_more_than_a_busy_feed() -> None:
    flood = run([(n * MINUTE, 30) for n in range(5)])  # flooding since the third poll
    later = run([(5 * MINUTE + n * MINUTE, 0) for n in range(12)], flood[-1].state)
    ended = [n for n, v in enumerate(later) if v.ended]
    assert len(ended) == 1  # said once
    last = later[ended[0]]
    assert 5 * MINUTE + ended[0] * MINUTE == 14 * MINUTE  # the last flood poll (at 4 min) has left the window
    (summary,) = [v.summary for v in later if v.summary and not v.summary.final]
    assert (summary.count, summary.minutes, summary.latest) == (90, 10, "story at 240")  # at 12 min
    assert last.summary is not None and last.summary.final and last.summary.count == 0  # nothing held since
    assert not last.hold and last.state.since is None
    after = run([(16 * MINUTE, 2)], last.state)
    assert not after[0].hold  # alerts flow again


def test_a_burst_of_thirty_stories_told_by_one_feed_over_three_polls_is_no_flood() -> None:
    verdicts = run([(0.0, 10), (10.0, 10), (20.0, 10), (5 * MINUTE, 1)])
    assert not any(v.hold or v.started for v in verdicts)


def test_a_feed_hovering_near_the_threshold_does_not_flip_at_every_poll() -> None:
    # 3 polls of 15 start a flood; then 2 a minute keeps the window between calm_at and flood_at
    verdicts = run([(0.0, 15), (MINUTE, 15), (2 * MINUTE, 15)] + [(n * MINUTE, 2) for n in range(3, 30)])
    assert sum(v.started for v in verdicts) == 1 and not any(v.ended for v in verdicts)
    assert all(POLICY.calm_at < v.recent < POLICY.flood_at for v in verdicts[13:])


def test_polls_older_than_the_window_no_longer_count() -> None:
    verdicts = run([(0.0, 20), (MINUTE, 5), (11 * MINUTE, 5), (12 * MINUTE, 5)])
    assert [v.recent for v in verdicts] == [20, 25, 5, 10]  # the poll at 1 min left at 11
    assert not any(v.started for v in verdicts)
    assert run([(0.0, 0)])[0].state.idle  # a feed without matches is not remembered


# -- one feed's refreshes, clock injected ---------------------------------------------------------------------

T0 = 1_760_000_000.0  # 2025-10-09 08:53 UTC
STAMP = "Thu, 09 Oct 2025 07:00:00 GMT"
BOT_TOKEN = "123456:" + "A" * 30  # well formed; no request reaches Telegram here


@dataclass
class Rig:
    server: FeedServer
    store: AsyncSqliteStore
    refresher: Refresher
    clock: Clock

    async def poll(self, path: str) -> Refreshed:
        return await self.refresher.refresh(self.refresher.feeds[self.server.url(path)])

    async def alerts(self, chat: int) -> list[str]:
        return [r["title"] for r in await outbox_rows(self.store) if r["chat_id"] == chat]


@pytest.fixture
async def rig(tmp_path: Path) -> AsyncIterator[Rig]:
    async with FeedServer() as server:
        text = (f'[telegram]\ntoken = "{BOT_TOKEN}"\nchat_ids = [1, 2]\n[storage]\npath = "{tmp_path / "f.sqlite3"}"\n'
                f"[polling]\nhost_gap = 0.0\njitter = 0.0\nadaptive = false\n"
                f'[[feeds]]\nurl = "{server.url("/spam")}"\nname = "Spam"\n'
                f'[[feeds]]\nurl = "{server.url("/news")}"\nname = "News"\n')
        config = parse_config(text, path=tmp_path / "c.toml", env={})
        clock = Clock(T0)
        store = AsyncSqliteStore(tmp_path / "f.sqlite3")
        await store.open()
        chats = ChatBook(config, store, clock=clock)
        await chats.load()
        pipeline = Pipeline(store, matcher=Matcher(config.watchlist), routing=chats.routing)
        refresher = Refresher(config, feeds_for(config), pipeline, clock=clock, rand=lambda: 0.0, metrics=Metrics(),
                              pushed=lambda url, now: False)
        async with refresher:
            yield Rig(server, store, refresher, clock)
        await store.close()


def spam(n: int) -> bytes:
    return rss([{"title": f"DeepSeek archive story number {n * 30 + i}", "guid": f"spam-{n}-{i}",
                 "link": f"https://spam.example/{n}/{i}", "pubDate": STAMP} for i in range(30)], title="Spam")


async def test_a_flood_from_its_first_poll_to_the_calm(rig: Rig) -> None:
    rig.server.set_fresh("/spam", spam)
    told: list[str] = []
    for n in range(13):  # a poll a minute, 30 new matching items each
        rig.clock.now = T0 + n * MINUTE
        told += (await rig.poll("/spam")).notices
        if n == 1:  # two polls: the newest ten of each and a summary of the rest, as ever
            assert len(await rig.alerts(1)) == 22
    assert len(told) == 1 and "Spam is flooding" in told[0] and "/remove_feed" in told[0]
    alerts = await rig.alerts(1)
    assert len(alerts) == 23 and alerts[22] == "Spam: 330 more matching items in the last 10 min"  # at 12 min
    assert await rig.alerts(2) == alerts  # one summary per chat

    # another feed reports what the flood carried (held at its 7th poll): the flood's copy was no story to join
    rig.server.set_feed("/news", rss([{"title": "DeepSeek archive story number 200", "guid": "n1",
                                       "link": "https://news.example/200", "pubDate": STAMP}]))
    assert (await rig.poll("/news")).new_stories
    assert (await rig.alerts(1))[23:] == ["DeepSeek archive story number 200"]

    rig.server.set_feed("/spam", spam(12), etag=True)  # it stops: the same document, then 304 Not Modified
    for n in range(13, 23):
        rig.clock.now = T0 + n * MINUTE
        told += (await rig.poll("/spam")).notices
    assert rig.server.count("/spam") == 23 and len(told) == 2 and "Spam calmed down" in told[1]
    alerts = await rig.alerts(1)
    assert alerts[24:] == ["Spam has calmed down"]  # the window emptied at a 304, at 22 min

    rig.server.set_feed("/spam", rss([{"title": "DeepSeek releases V4", "link": "https://ex.org/v4", "guid": "v4",
                                       "pubDate": STAMP}]))
    rig.clock.now = T0 + 23 * MINUTE
    assert (await rig.poll("/spam")).new_stories
    assert (await rig.alerts(1))[25:] == ["DeepSeek releases V4"]  # alerted one by one again
