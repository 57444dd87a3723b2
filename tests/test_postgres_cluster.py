"""Three real `newsbot run` processes on one PostgreSQL database, one SIGKILLed mid-run.

Four local feeds get new items (matching and not) over a few seconds while three daemons share one
database. Mid-run the fake Bot API holds the answer to a send it has delivered, and the daemon that
claimed that alert is killed with SIGKILL right then, so the kill lands between "Telegram showed it"
and "the outbox acknowledged it". Then:

- every matching story reaches each chat, nothing else does, and only what the dead instance held
  claimed for sending at its death may arrive twice (its claim expires, another instance re-sends:
  at-least-once, as Telegram offers no idempotent send); that alert does arrive twice here;
- no feed is fetched twice within its interval (the feed server logs each request's time);
- messages to one chat are at least the per-chat gap apart, across all instances;
- the work was shared: the killed instance and at least one other sent alerts, and one instance alone
  answered commands.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import re
import signal
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import asyncpg
import pytest

from support.fake_bot_api import FakeBotApi
from support.feed_server import FeedServer, rss
from support.process import DaemonProcess
from support.wait import wait_until

TOKEN = "97531:MULTI-instance-token-abcdef"
CHATS = (101, 202)
FEEDS = ("/a.xml", "/b.xml", "/c.xml", "/d.xml")
INTERVAL = 2.0  # seconds between polls of one feed
GAP = 1.0  # Telegram's per-private-chat gap, as the sender keeps it
SLACK = 0.05  # clock granularity between the daemons' wall clock and the test's loop clock
INSTANCES = 3
LINK = re.compile(r'<a href="[^"]*">(.*?)</a>', re.DOTALL)


def item(title: str, guid: str, published: datetime) -> dict[str, str]:
    return {"title": title, "link": f"https://outlet.example/{abs(hash(guid))}", "guid": guid,
            "pubDate": format_datetime(published)}


def titles_in(api: FakeBotApi, chat: int) -> list[tuple[str, float]]:
    out = []
    for msg in api.sent_to(chat):
        found = LINK.findall(msg.text) or [msg.text]  # a combined message (a backlog at once) carries several
        out.extend((html.unescape(title), msg.time) for title in found)
    return out


async def claimer_of(url: str, chat: int) -> int:
    """The pid of the instance holding `chat`'s head claimed for sending."""
    con = await asyncpg.connect(url)
    try:
        owner = await con.fetchval("SELECT claimed_by FROM outbox WHERE state='sending' AND chat_id=$1", chat)
    finally:
        await con.close()
    assert owner, f"nobody holds chat {chat}'s alert in flight"
    return int(owner.split(":")[1])  # hostname:pid:random


async def claimed_by(url: str, pid: int) -> set[tuple[int, str]]:
    """(chat, title) the process `pid` had claimed and not acknowledged: only these may arrive twice."""
    con = await asyncpg.connect(url)
    try:
        rows = await con.fetch("SELECT o.chat_id, s.title FROM outbox o JOIN stories s ON s.id=o.story_id"
                               " WHERE o.state='sending' AND o.claimed_by LIKE $1", f"%:{pid}:%")
    finally:
        await con.close()
    return {(r[0], r[1]) for r in rows}


def write_config(path: Path, url: str, feeds: FeedServer, api: FakeBotApi) -> Path:
    path.write_text(f"""
[telegram]
chat_ids = [{", ".join(map(str, CHATS))}]
api_base_url = "{api.base_url}"
request_timeout = 2
[storage]
url = "{url}"
[polling]
interval = {INTERVAL}
min_interval = 1
adaptive = false          # the interval under test is the configured one, not a learnt pace
timeout = 2
jitter = 0
backfill_hours = 24
[http]
listen = ""
""" + "".join(f'[[feeds]]\nurl = "{feeds.url(p)}"\nname = "feed {p}"\n' for p in FEEDS))
    return path


@pytest.mark.slow
@pytest.mark.timeout(300)  # ~32 s here; three daemon processes on one PostgreSQL
async def test_three_instances_share_one_database_and_survive_a_sigkill(pg_url: str, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    items: dict[str, list[dict[str, str]]] = {}
    expected: set[str] = set()
    forbidden: set[str] = set()
    for i, path in enumerate(FEEDS):  # first poll: the recent matching item alerts, the rest does not
        recent, other = f"DeepSeek checkpoint {i} taken offline (backfill)", f"Harbour bridge bulletin {i}"
        items[path] = [item(recent, f"{path}-recent", now - timedelta(hours=2)), item(other, f"{path}-old", now)]
        expected.add(recent)
        forbidden.add(other)
    events: list[tuple[float, str, str]] = []  # (seconds after start, feed, title)
    for n in range(16):
        title = (f"DeepSeek open model release no. {n:02d}" if n % 4 else f"Regional rainfall bulletin {n:02d}")
        (expected if n % 4 else forbidden).add(title)
        events.append((0.4 * n, FEEDS[n % len(FEEDS)], title))

    async with FeedServer() as feeds, FakeBotApi(token=TOKEN, max_hold=5) as api:
        def serve(path: str) -> None:
            feeds.set_feed(path, rss(list(reversed(items[path])), title=f"Feed {path}"), etag=True)

        for path in FEEDS:
            serve(path)
        cfg = write_config(tmp_path / "config.toml", pg_url, feeds, api)
        daemons = [DaemonProcess(cfg, tmp_path / f"daemon{i}.log", token=TOKEN) for i in range(INSTANCES)]
        victim = daemons[0]  # replaced by whoever holds the alert the fake Bot API keeps unanswered
        loop = asyncio.get_running_loop()
        try:
            for d in daemons:
                await d.start()
            await wait_until(lambda: all(d.running.is_set() for d in daemons), timeout=30,
                             message="the daemons did not all start")
            await wait_until(lambda: any("listening for commands" in d.log.read_text() for d in daemons),
                             timeout=15, message="no instance answers commands")
            t0 = loop.time()
            killed_holding: set[tuple[int, str]] = set()
            for n, (at, path, title) in enumerate(events):
                delay = t0 + at - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)  # the script's own pacing, not a wait for a condition
                items[path].append(item(title, f"{path}:{title}", datetime.now(UTC)))
                serve(path)
                if n == len(events) // 2:  # mid-run: kill whoever is sending, after delivery, before the ack
                    api.fail_next("sendMessage", "timeout", deliver=True, hold=4)
                    await wait_until(lambda: [r for r in api.method_calls("sendMessage")
                                              if r.fault == "timeout" and r.status is None], timeout=20,
                                     message="no send was held")
                    (held,) = [r for r in api.method_calls("sendMessage") if r.fault == "timeout"]
                    pid = await claimer_of(pg_url, int(held.params["chat_id"]))
                    victim = next(d for d in daemons if d.pid == pid)
                    listening = [d for d in daemons if "listening for commands" in d.log.read_text()]
                    assert len(listening) == 1, f"{len(listening)} instances poll Telegram for commands"
                    assert await victim.stop(signal.SIGKILL, timeout=10) == -signal.SIGKILL
                    killed_holding = await claimed_by(pg_url, victim.pid)
                    assert killed_holding, "the killed instance held nothing"

            def all_arrived() -> bool:
                return all(expected <= {t for t, _ in titles_in(api, chat)} for chat in CHATS)

            await wait_until(all_arrived, timeout=45, interval=0.1, message="not every alert arrived")
            survivors = [d for d in daemons if d is not victim]
            codes = [await d.stop(signal.SIGTERM, timeout=12) for d in survivors]
        finally:
            for d in daemons:
                await d.kill_if_running()
        assert codes == [0] * (INSTANCES - 1), [d.log.read_text(errors="replace")[-2000:] for d in survivors]

        for chat in CHATS:
            arrived = titles_in(api, chat)
            copies = Counter(t for t, _ in arrived)
            assert set(copies) == expected, (
                f"chat {chat}: missing {expected - set(copies)}, extra {set(copies) - expected}")
            doubled = {t for t, c in copies.items() if c > 1}
            assert all(copies[t] == 2 and (chat, t) in killed_holding for t in doubled), (
                f"chat {chat}: sent twice though not in flight at the kill: {doubled}; in flight: {killed_holding}")
            if chat == int(held.params["chat_id"]):  # delivered, never acknowledged: re-sent once, after expiry
                assert len(doubled) == 1, f"chat {chat}: the held alert came {copies} times"
            times = sorted({at for _, at in arrived})  # one time per message, combined ones included
            gaps = [b - a for a, b in itertools.pairwise(times)]
            assert min(gaps) >= GAP - SLACK, f"chat {chat}: two messages {min(gaps):.3f}s apart"

        for path in FEEDS:
            times = sorted(r.time for r in feeds.requests if r.path == path)
            assert len(times) >= 3, f"{path} polled only {len(times)} times"
            gaps = [b - a for a, b in itertools.pairwise(times)]
            assert min(gaps) >= INTERVAL - SLACK, f"{path} fetched twice within {min(gaps):.3f}s"

    # the victim sent the held alert (Telegram showed it; it died before it could log it), so the work was
    # shared when a survivor sent too; which survivor sends what is a race, so one may do all the rest
    senders = {d.pid for d in survivors if "alert sent" in d.log.read_text(errors="replace")} | {victim.pid}
    assert len(senders) >= 2, f"no instance beside the killed one sent anything: {senders}"
    assert any("re-queued alerts claimed by an instance" in d.log.read_text() for d in survivors)
    for d in survivors:
        text = d.log.read_text(errors="replace")
        assert " ERROR " not in text and "Traceback" not in text, text[-3000:]
