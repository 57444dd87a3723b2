"""Crash safety through a real daemon: SIGKILL it at random moments, restart it, and nothing is lost.

A seeded timeline publishes matching and non-matching items on four local feeds (some stories on two
feeds at once) while a real `python -m bot run` process is killed with SIGKILL again and again —
during start-up, polls, store transactions and sends (the fake Bot API holds some answers after
delivering, so kills land between "Telegram showed it" and "the outbox acknowledged it") — and
restarted at once. Finally it is stopped with SIGTERM and the chats are checked against the timeline:

- every matching story reached every chat, no old (pre-backfill) or non-matching item did;
- each extra copy of a story in a chat is explained by its own kill that struck while that very
  message was claimed for sending and unacknowledged (read from the store after each kill), so a
  chat gets at most one duplicate per kill and a story at most two copies unless two kills hit it.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import random
import re
import signal
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from support.fake_bot_api import FakeBotApi
from support.feed_server import FeedServer, rss
from support.process import DaemonProcess
from support.wait import WaitTimeout, wait_until

TOKEN = "246810:CRASH-test-token-abcdef"
CHATS = (101, 202)
SEED = 1234
FEEDS = ("/a.xml", "/b.xml", "/c.xml", "/d.xml")
KILLS = 12
TIMELINE_SPAN = 16.0  # seconds over which new items appear
MATCHING = ("DeepSeek releases open model checkpoint no. {n}", "罗福莉谈大模型研发进展第{n}期",
            "Xiaomi AI team opens new research lab, report {n}")
NOT_MATCHING = ("Harbour bridge repairs finish early, bulletin {n}", "Regional rainfall above average, bulletin {n}",
                "Museum opens ceramics exhibition, bulletin {n}")
LINK = re.compile(r'<a href="[^"]*">(.*?)</a>', re.DOTALL)


@dataclass(frozen=True)
class Publication:
    at: float  # seconds after the start of the timeline
    path: str
    item: dict[str, str]


@dataclass
class Timeline:
    initial: dict[str, list[dict[str, str]]]
    events: list[Publication]
    expected: set[str] = field(default_factory=set)  # titles that must reach every chat
    forbidden: set[str] = field(default_factory=set)  # titles that must reach no chat


def _item(title: str, link: str, guid: str, published: datetime) -> dict[str, str]:
    return {"title": title, "link": link, "guid": guid, "pubDate": format_datetime(published)}


def make_timeline(rng: random.Random, now: datetime) -> Timeline:
    counter = iter(range(1, 10_000))

    def title(templates: tuple[str, ...]) -> str:
        return rng.choice(templates).format(n=f"{next(counter):03d}")

    tl = Timeline(initial={p: [] for p in FEEDS}, events=[])
    for i, path in enumerate(FEEDS):
        outlet = f"https://outlet-{i}.example"
        for _ in range(2):
            t = title(NOT_MATCHING)
            tl.initial[path].append(_item(t, f"{outlet}/n/{len(tl.forbidden)}", f"{path}-old-{t}", now))
            tl.forbidden.add(t)
        recent, old = title(MATCHING), title(MATCHING)  # first poll: backfill alerts only the recent one
        tl.initial[path].append(_item(recent, f"{outlet}/recent/{i}", f"{path}-recent", now - timedelta(hours=2)))
        tl.initial[path].append(_item(old, f"{outlet}/old/{i}", f"{path}-old", now - timedelta(days=3)))
        tl.expected.add(recent)
        tl.forbidden.add(old)

    at = 0.3
    while at < TIMELINE_SPAN:
        path = rng.choice(FEEDS)
        outlet = f"https://outlet-{FEEDS.index(path)}.example"
        roll = rng.random()
        if roll < 0.3:
            t = title(NOT_MATCHING)
            tl.forbidden.add(t)
            tl.events.append(Publication(at, path, {"title": t, "link": f"{outlet}/x/{at:.2f}", "guid": t}))
        else:
            t = title(MATCHING)
            tl.expected.add(t)
            link = f"{outlet}/story/{len(tl.expected)}"
            tl.events.append(Publication(at, path, {"title": t, "link": link, "guid": f"{path}:{t}"}))
            if roll > 0.7:  # the same story on a second feed, at once or a little later
                other = rng.choice([p for p in FEEDS if p != path])
                variant = rng.choice(("tracking", "other_outlet", "same_guid"))
                if variant == "tracking":
                    item = {"title": t, "link": link + "?utm_source=rss&fbclid=abc", "guid": f"{other}:{t}"}
                elif variant == "other_outlet":
                    item = {"title": t, "link": f"https://syndicator.example/{len(tl.expected)}",
                            "guid": f"{other}:{t}"}
                else:
                    item = {"title": t, "link": link, "guid": f"{path}:{t}"}
                tl.events.append(Publication(at + rng.choice((0.0, rng.uniform(0.1, 1.5))), other, item))
        at += rng.uniform(0.4, 1.2)
    tl.events.sort(key=lambda p: p.at)
    return tl


class Network:
    """The feeds as they stand: publishing an item puts it on top of its feed."""

    def __init__(self, server: FeedServer, timeline: Timeline):
        self.server = server
        self.items = {p: list(reversed(items)) for p, items in timeline.initial.items()}
        for path in FEEDS:
            self._serve(path)

    def publish(self, pub: Publication) -> None:
        item = {**pub.item, "pubDate": format_datetime(datetime.now(UTC))}
        self.items[pub.path].insert(0, item)
        self._serve(pub.path)

    def _serve(self, path: str) -> None:
        slow = 0.3 if path in FEEDS[2:] else 0.0  # slow answers: more kills land mid-poll
        self.server.set_feed(path, rss(self.items[path], title=f"Feed {path}"), etag=True, delay=slow)


class Daemon(DaemonProcess):
    """One `python -m bot run` process with the test's token."""

    def __init__(self, cfg: Path, log: Path, *, token: str | None = TOKEN):
        super().__init__(cfg, log, token=token)


def in_flight_rows(db: Path) -> list[tuple[int, str]]:
    """(chat, title) of every alert claimed for sending and not acknowledged: only these may go out twice."""
    if not db.exists():
        return []
    con = sqlite3.connect(db, timeout=5)
    try:
        return con.execute("SELECT o.chat_id, s.title FROM outbox o JOIN stories s ON s.id=o.story_id"
                           " WHERE o.state='sending'").fetchall()
    except sqlite3.OperationalError:  # killed before the schema existed
        return []
    finally:
        con.close()


def outbox_states(db: Path) -> Counter[str]:
    con = sqlite3.connect(db, timeout=5)
    try:
        return Counter(dict(con.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall()))
    finally:
        con.close()


def arrived(api: FakeBotApi, chat: int) -> list[tuple[str, float]]:
    """(title, time) of each alert shown in `chat`, in order."""
    out = []
    for msg in api.sent_to(chat):
        found = LINK.findall(msg.text) or [msg.text]  # a combined message (a backlog at once) carries several
        out.extend((html.unescape(title), msg.time) for title in found)
    return out


def write_config(tmp_path: Path, feeds: FeedServer, api: FakeBotApi) -> Path:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f"""
[telegram]
chat_ids = [{", ".join(map(str, CHATS))}]
api_base_url = "{api.base_url}"
request_timeout = 8
[storage]
path = "state.sqlite3"
[polling]
interval = 1
min_interval = 1
timeout = 5
backfill_hours = 24
[http]
listen = ""
""" + "".join(f'[[feeds]]\nurl = "{feeds.url(p)}"\nname = "feed {p}"\n' for p in FEEDS))
    return cfg


@dataclass
class Kill:
    at: float  # event-loop time
    anchor: str
    delay: float
    sending: list[tuple[int, str]]  # claimed, unacknowledged alerts at the kill (from the store)
    mid_send: int  # Bot API requests open at the kill
    mid_poll: int  # feed requests open at the kill


@pytest.mark.slow
@pytest.mark.timeout(300)  # ~35 s here; many daemon lives, each killed and restarted
async def test_sigkill_at_random_moments_loses_no_story_and_duplicates_only_what_was_in_flight(
        tmp_path: Path) -> None:
    rng = random.Random(SEED)
    timeline = make_timeline(rng, datetime.now(UTC))
    loop = asyncio.get_running_loop()
    log = tmp_path / "daemon.log"
    db = tmp_path / "state.sqlite3"
    kills: list[Kill] = []
    started = time.monotonic()

    async with FeedServer() as feeds, FakeBotApi(token=TOKEN, max_hold=5) as api:
        network = Network(feeds, timeline)
        cfg = write_config(tmp_path, feeds, api)

        async def publish_timeline() -> None:
            t0 = loop.time()
            for pub in timeline.events:  # bounded: the timeline is finite
                delay = t0 + pub.at - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)  # the script's own pacing, not a wait for a condition
                network.publish(pub)

        publisher = asyncio.create_task(publish_timeline())
        daemon = Daemon(cfg, log)
        try:
            previous_hit_held_send = False
            for n in range(KILLS):
                daemon = Daemon(cfg, log)
                await daemon.start()
                # slow answers after delivery, so some kills land between Telegram's "ok" and the ack
                if not api.pending_faults and not previous_hit_held_send and rng.random() < 0.6:
                    api.fail_next("sendMessage", "timeout", deliver=True, hold=rng.uniform(0.8, 2.5))
                elif not api.pending_faults and rng.random() < 0.3:
                    api.fail_next("sendMessage", rng.choice(("retry_after", "server_error")))
                anchor = "spawn" if n % 4 == 3 else "running"  # some kills strike during start-up
                if anchor == "running":
                    await wait_until(daemon.running.is_set, timeout=20, message="the daemon did not start")
                delay = rng.uniform(0.2, 2.0)
                await asyncio.sleep(delay)  # the kill moment itself is what is being randomised
                open_sends = [r for r in api.method_calls("sendMessage") if r.status is None]
                mid_poll = feeds.in_flight
                assert await daemon.stop(signal.SIGKILL, timeout=10) == -signal.SIGKILL
                kills.append(Kill(loop.time(), anchor, delay, in_flight_rows(db), len(open_sends), mid_poll))
                previous_hit_held_send = any(r.fault == "timeout" for r in open_sends)

            # the last life: no more kills; everything published must arrive
            kill_phase = time.monotonic() - started
            daemon = Daemon(cfg, log)
            await daemon.start()
            await asyncio.wait_for(publisher, timeout=TIMELINE_SPAN + 5)

            def all_arrived() -> bool:
                # a copy re-sent after a kill mid-send may still wait in the outbox when every title has shown
                if not all(timeline.expected <= {t for t, _ in arrived(api, chat)} for chat in CHATS):
                    return False
                states = outbox_states(db)
                return states["pending"] == states["sending"] == 0

            with contextlib.suppress(WaitTimeout):  # the checks below name what is missing
                await wait_until(all_arrived, timeout=45, interval=0.1)
            # a stop asked for before its handlers are installed ends it by the signal's default (-15)
            await wait_until(daemon.running.is_set, timeout=20, message="the last daemon did not start")
            code = await daemon.stop(signal.SIGTERM, timeout=12)
        finally:
            publisher.cancel()
            if daemon.proc and daemon.proc.returncode is None:
                daemon.proc.kill()
                await daemon.proc.wait()
        assert code == 0, log.read_text(errors="replace")[-3000:]

    report = [(f"{len(kills)} kills ({sum(k.anchor == 'spawn' for k in kills)} during start-up, "
               f"{sum(bool(k.sending) for k in kills)} with alerts claimed, {sum(k.mid_send > 0 for k in kills)} "
               f"mid-send, {sum(k.mid_poll > 0 for k in kills)} mid-poll); {len(timeline.expected)} stories "
               f"expected per chat; kills took {kill_phase:.1f}s, all {time.monotonic() - started:.1f}s")]
    for chat in CHATS:
        copies: dict[str, list[float]] = {}
        for title, at in arrived(api, chat):
            copies.setdefault(title, []).append(at)
        titles = set(copies)
        assert timeline.expected <= titles, f"lost in chat {chat}: {sorted(timeline.expected - titles)}"
        assert not titles & timeline.forbidden, f"must not alert in chat {chat}: {sorted(titles & timeline.forbidden)}"
        assert titles <= timeline.expected, f"unknown alerts in chat {chat}: {sorted(titles - timeline.expected)}"

        # each kill explains at most one extra copy of each alert it held in flight in this chat (a combined
        # message in flight holds several: it is one message, shown and then re-sent whole)
        used: set[tuple[int, str]] = set()
        for title, times in copies.items():
            for earlier, later in itertools.pairwise(times):
                culprit = next((i for i, k in enumerate(kills) if (i, title) not in used
                                and earlier <= k.at <= later and (chat, title) in k.sending), None)
                assert culprit is not None, (
                    f"chat {chat} got {title!r} {len(times)} times, and no kill struck while it was in flight "
                    f"between copies; kills: {[(round(k.at, 2), k.sending) for k in kills]}")
                used.add((culprit, title))
            hits = sum((chat, title) in k.sending for k in kills)
            assert len(times) <= 2 or hits >= 2, f"chat {chat} got {title!r} {len(times)} times"
        duplicates = sum(len(t) - 1 for t in copies.values())
        assert duplicates <= sum(sum(c == chat for c, _ in k.sending) for k in kills)
        report.append(f"chat {chat}: {len(copies)} stories, {duplicates} duplicate(s)")

    states = outbox_states(db)
    assert states["pending"] == states["sending"] == states["failed"] == 0, states
    text = log.read_text(errors="replace")  # every life, the last stop included
    assert " ERROR " not in text and "Traceback" not in text, text[-3000:]
    print("; ".join(report))


async def test_sigterm_during_a_poll_logs_no_error(tmp_path: Path) -> None:
    """A poll cut short by the stop is a normal end (APScheduler would log its cancellation as ERROR)."""
    async with FeedServer() as feeds:
        feeds.set_feed("/slow.xml", rss([{"title": "Weather is fine", "link": "https://ex.org/w"}]), delay=8)
        cfg = tmp_path / "config.toml"
        cfg.write_text(f'[polling]\ninterval = 1\nmin_interval = 1\n[http]\nlisten = ""\n'
                       f'[storage]\npath = "state.sqlite3"\n[[feeds]]\nurl = "{feeds.url("/slow.xml")}"\n')
        daemon = Daemon(cfg, tmp_path / "daemon.log", token=None)  # alerts to stdout
        await daemon.start()
        try:
            await wait_until(lambda: feeds.in_flight > 0, timeout=20, message="the daemon never polled")
            code = await daemon.stop(signal.SIGTERM, timeout=12)
        finally:
            if daemon.proc and daemon.proc.returncode is None:
                daemon.proc.kill()
                await daemon.proc.wait()
    text = (tmp_path / "daemon.log").read_text(errors="replace")
    assert code == 0, text[-3000:]
    assert " ERROR " not in text and "Traceback" not in text, text[-3000:]
