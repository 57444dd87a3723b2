#!/usr/bin/env python3
"""Soak: the real daemon against a local news network with faults switched on, for a few minutes.

    python bench/soak.py --feeds 200 --minutes 2 --seed 1234

Everything runs on 127.0.0.1: a network of feeds (tests/support/feed_server.py, ~50 items each, new
items arriving at random, a share of them matching headlines in English, Chinese and Hindi, some
syndicated to several feeds), a fake Telegram Bot API (tests/support/fake_bot_api.py), and a real
`python -m bot run` process. A share of the feeds goes through fault episodes (503 + Retry-After,
answers slower than the timeout, dripped bodies, connection resets, HTML, oversized bodies, gzip bombs,
404) and the Bot API answers some sends with 429 retry_after, 5xx, held answers and resets.

After --minutes the network stops publishing and the script waits (at most --drain seconds) until every
healthy feed has been read again and the outbox is empty, then stops the daemon with SIGTERM and prints
alerts expected / delivered / duplicated / lost, peak RSS (VmHWM) and error counts per kind (from the
daemon's /metrics). Exit status 0 when nothing was lost, no duplicate is unexplained, no unexpected alert
arrived and the daemon stopped cleanly; 1 otherwise.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import math
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot.matcher import Matcher  # noqa: E402 - after the path set-up
from bot.watchlist import load_watchlist  # noqa: E402
from support.fake_bot_api import FakeBotApi  # noqa: E402
from support.feed_server import FeedServer, rss  # noqa: E402

TOKEN = "135790:SOAK-token-not-a-secret"
CHATS = (1001, 1002)  # private chats: about one message per second each
ITEMS_PER_FEED = 50
FEED_FAULTS = ("503", "timeout", "drip", "reset", "html", "oversized", "bomb", "404")
LANGS = (("en", 0.6), ("zh", 0.25), ("hi", 0.15))
MAX_BYTES = 2_000_000
POLL_TIMEOUT = 8.0
REQUEST_TIMEOUT = 5.0  # Bot API; a held answer longer than this is a client-side timeout
LINK = re.compile(r'<a href="[^"]*">(.*?)</a>', re.DOTALL)

# Headline parts per language: (matching templates, other templates). Which items match is decided by
# the daemon's own matcher (this is a delivery soak, not a matching-quality test).
HEADLINES = {
    "en": ((
        "DeepSeek open-sources a new {thing} model",
        "DeepSeek cuts API prices for its {thing} model",
        "Xiaomi's AI large-model team hires {people} in {city}",
        "Luo Fuli outlines Xiaomi's {thing} model roadmap",
        "Former DeepSeek researcher joins a {thing} startup",
    ), (
        "{city} council approves {thing} budget",
        "Markets close mixed as {people} weigh {thing} data",
        "Xiaomi 15 Ultra camera review: {thing} edition",
        "Lei Jun shows new electric car to {people} in {city}",
        "{city} braces for storms as {people} stock up",
        "Football: {city} wins derby after {thing} drama",
    )),
    "zh": ((
        "罗福莉谈小米大模型的{zthing}",
        "小米大模型团队在{zcity}扩招研究员",
        "DeepSeek发布新一代{zthing}模型",
        "深度求索开源{zthing}模型",
    ), (
        "{zcity}地铁新线路今日开通",
        "小米新款手机在{zcity}开售",
        "{zcity}发布{zthing}新规",
        "央行宣布{zthing}政策调整",
    )),
    "hi": ((
        "शाओमी ने {hcity} में एआई मॉडल टीम का विस्तार किया",
        "डीपसीक ने नया रीजनिंग मॉडल जारी किया",
        "लुओ फुली शाओमी की एआई टीम का नेतृत्व करेंगी",
    ), (
        "{hcity} में मेट्रो की नई लाइन खुली",
        "शाओमी का नया स्मार्टफोन {hcity} में लॉन्च",
        "{hcity} में बारिश से यातायात प्रभावित",
        "शेयर बाजार में तेजी, {hcity} के निवेशक खुश",
    )),
}
WORDS = {
    "thing": ("reasoning", "coding", "vision", "speech", "math", "robotics", "translation", "search"),
    "people": ("researchers", "engineers", "investors", "analysts", "students", "residents"),
    "city": ("Beijing", "Shanghai", "Hangzhou", "Shenzhen", "Mumbai", "Delhi", "Berlin", "Lagos"),
    "zthing": ("推理", "编程", "视觉", "语音", "数学", "翻译", "多模态"),
    "zcity": ("北京", "上海", "杭州", "深圳", "成都", "武汉"),
    "hcity": ("दिल्ली", "मुंबई", "बेंगलुरु", "पुणे", "जयपुर", "कोलकाता"),
}
TAIL = {"en": " (update {n})", "zh": "（第{n}报）", "hi": " (अपडेट {n})"}


# -- the news ----------------------------------------------------------------------------------------

@dataclass
class Story:
    id: int
    title: str
    lang: str
    matching: bool
    summary: str
    published: float  # unix time, the items' pubDate
    initial: bool  # on the feeds before the daemon started
    old: bool  # initial and older than the backfill window: never alerted
    published_loop: float | None = None  # event-loop time it appeared (new stories)
    served: bool = False  # some 200 document containing it went out to the daemon


@dataclass
class Feed:
    path: str
    lang: str
    fault: str | None  # the kind of trouble this feed has in its bad episodes, or None
    retry_after: int = 30  # of its 503 answers
    items: list[tuple[Story, dict[str, str]]] = field(default_factory=list)  # newest first
    broken: bool = False  # in a bad episode right now
    version: int = 0


class NewsNetwork(FeedServer):
    """The feed server plus what a soak needs to know: which stories each answered document carried,
    and how many answers of each kind (ok or fault) went out. Hooks FeedServer's `_answer` and
    `_document`, the two steps every request passes."""

    def __init__(self) -> None:
        super().__init__()
        self.feeds: dict[str, Feed] = {}
        self.answers: Counter[str] = Counter()
        self._docs: dict[tuple[str, str], list[Story]] = {}  # (path, etag) -> stories in that document
        self._served: dict[str, set[str]] = {}  # path -> etags answered with 200

    def add(self, feed: Feed) -> None:
        self.feeds[feed.path] = feed
        self._apply(feed)

    def publish(self, path: str, story: Story, item: dict[str, str]) -> None:
        feed = self.feeds[path]
        feed.items.insert(0, (story, item))
        del feed.items[ITEMS_PER_FEED:]
        self._apply(feed)

    def set_broken(self, path: str, broken: bool) -> None:
        feed = self.feeds[path]
        feed.broken = broken
        self._apply(feed)

    def current_version_served(self, feed: Feed) -> bool:
        return f'"v{feed.version}"' in self._served.get(feed.path, ())

    def _apply(self, feed: Feed) -> None:
        feed.version += 1
        etag = f'"v{feed.version}"'
        body = rss([item for _, item in feed.items], title=f"News {feed.path}", link=self.url(feed.path),
                   language=feed.lang)
        self._docs[(feed.path, etag)] = [story for story, _ in feed.items]
        if not feed.broken:
            self.set_feed(feed.path, body, etag=etag)
            return
        kind, path = feed.fault, feed.path
        if kind == "503":
            self.set_status(path, 503, retry_after=feed.retry_after)
        elif kind == "timeout":
            self.set_feed(path, body, etag=etag, delay=POLL_TIMEOUT + 4)
        elif kind == "drip":
            self.set_drip(path, body, interval=0.25, chunk=32)
        elif kind == "reset":
            self.set_reset(path)
        elif kind == "html":
            self.set_feed(path, "<!doctype html><html><body><h1>Sorry, we moved</h1></body></html>",
                          content_type="text/html; charset=utf-8")
        elif kind == "oversized":
            self.set_oversized(path, MAX_BYTES * 2, declare_length=feed.version % 2 == 0)
        elif kind == "bomb":
            self.set_gzip_bomb(path, size=64 * 1024 * 1024)
        elif kind == "404":
            self.set_status(path, 404)

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        feed = self.feeds.get(request.path)
        self.answers[(feed.fault if feed and feed.broken else "ok") or "ok"] += 1
        return await super()._answer(request)

    def _document(self, request: web.Request, route: object) -> web.Response:
        response = super()._document(request, route)  # type: ignore[arg-type]
        etag = response.headers.get("ETag")
        if response.status == 200 and etag and (request.path, etag) in self._docs:
            self._served.setdefault(request.path, set()).add(etag)
            for story in self._docs[(request.path, etag)]:
                story.served = True
        return response


class Newsroom:
    """Makes unique headlines, labelled by the daemon's matcher."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.matcher = Matcher(load_watchlist(None))
        self.stories: list[Story] = []
        self.by_title: dict[str, Story] = {}

    def story(self, lang: str, *, matching_share: float, published: float, initial: bool, old: bool) -> Story:
        rng = self.rng
        matching, other = HEADLINES[lang]
        template = rng.choice(matching if rng.random() < matching_share else other)
        text = template.format(**{k: rng.choice(v) for k, v in WORDS.items()})
        title = text + TAIL[lang].format(n=len(self.stories) + 1)
        summary = f"{title}. More on this story as it develops."
        hit = bool(self.matcher.match(title, summary, lang).topics)
        story = Story(len(self.stories) + 1, title, lang, hit, summary, published, initial, old)
        self.stories.append(story)
        self.by_title[title] = story
        return story


def item_for(story: Story, outlet: str, *, variant: str = "") -> dict[str, str]:
    """The feed item of a story at an outlet; syndicated copies vary the URL the ways the news does."""
    slug = f"{outlet}/news/{story.id}"
    link = {"tracking": slug + "?utm_source=rss&utm_medium=feed&fbclid=x1", "other_outlet":
            f"https://wire.example/{story.id}"}.get(variant, slug)
    published = format_datetime(datetime.fromtimestamp(story.published, UTC))
    return {"title": story.title, "link": link, "guid": f"{outlet}#{story.id}", "pubDate": published,
            "description": story.summary}


# -- the plan: every action of the run, decided up front from the seed ------------------------------

@dataclass(frozen=True)
class Action:
    at: float  # seconds after the start
    run: Callable[[], None]


def plan(args: argparse.Namespace, rng: random.Random, net: NewsNetwork, room: Newsroom, api: FakeBotApi,
         loop: asyncio.AbstractEventLoop) -> list[Action]:
    seconds = args.minutes * 60
    actions: list[Action] = []
    paths = list(net.feeds)
    by_lang: dict[str, list[str]] = {}
    for path, feed in net.feeds.items():
        by_lang.setdefault(feed.lang, []).append(path)

    # new items: a Poisson stream over the whole network
    rate = len(paths) / args.item_period
    at = rng.expovariate(rate)
    while at < seconds:
        path = rng.choice(paths)
        feed = net.feeds[path]

        def publish(path: str = path, lang: str = feed.lang, copies: int = 0) -> None:
            story = room.story(lang, matching_share=args.matching_share, published=time.time(), initial=False,
                               old=False)
            story.published_loop = loop.time()
            net.publish(path, story, item_for(story, f"https://outlet{path.split('/')[-1][:3]}.example"))
            others = [p for p in by_lang[lang] if p != path]
            for other in rng.sample(others, min(copies, len(others))):
                variant = rng.choice(("tracking", "other_outlet", "same"))

                def syndicate(o: str = other, v: str = variant) -> None:
                    net.publish(o, story,
                                item_for(story, f"https://outlet{path.split('/')[-1][:3]}.example", variant=v))

                loop.call_later(rng.uniform(0, 20), syndicate)

        copies = rng.choice((1, 2)) if rng.random() < args.syndication else 0
        actions.append(Action(at, lambda f=publish, c=copies: f(copies=c)))
        at += rng.expovariate(rate)

    # fault episodes of the troubled feeds: bad and good spells of 15-90 s; 404/html may stay broken
    for feed in net.feeds.values():
        if feed.fault is None:
            continue
        broken = rng.random() < 0.5
        permanent = feed.fault in ("404", "html") and rng.random() < 0.5
        at = 0.0
        while at < seconds:
            actions.append(Action(at, lambda p=feed.path, b=broken: net.set_broken(p, b)))
            if permanent:
                break
            at += rng.uniform(15, 90)
            broken = not broken

    # the Bot API's bad moments
    at = rng.expovariate(1 / args.api_fault_every)
    while at < seconds:
        roll = rng.random()
        if roll < 0.3:
            fault = ("retry_after", {"retry_after": rng.randint(1, 5)})
        elif roll < 0.6:
            fault = ("server_error", {"status": rng.choice((500, 502, 503, 504))})
        elif roll < 0.85:
            hold = rng.uniform(2, 8)  # past REQUEST_TIMEOUT the client gives up; Telegram may have delivered
            fault = ("timeout", {"hold": hold, "deliver": hold > REQUEST_TIMEOUT + 0.5 and rng.random() < 0.5})
        else:
            fault = ("reset", {"deliver": rng.random() < 0.3})
        actions.append(Action(at, lambda f=fault: api.fail_next("sendMessage", f[0], **f[1])))
        at += rng.expovariate(1 / args.api_fault_every)
    actions.sort(key=lambda a: a.at)
    return actions


def build_network(args: argparse.Namespace, rng: random.Random, net: NewsNetwork, room: Newsroom) -> None:
    now = time.time()
    langs, weights = zip(*LANGS, strict=True)
    for i in range(args.feeds):
        lang = rng.choices(langs, weights)[0]
        fault = rng.choice(FEED_FAULTS) if rng.random() < args.fault_share else None
        feed = Feed(f"/f/{i:04d}.xml", lang, fault, retry_after=rng.choice((5, 20, 60)))
        for _ in range(ITEMS_PER_FEED):  # the back catalogue: up to three days old, a third within a day
            age = rng.choice((rng.uniform(60, 20 * 3600), rng.uniform(30 * 3600, 72 * 3600),
                              rng.uniform(30 * 3600, 72 * 3600)))
            story = room.story(lang, matching_share=args.initial_matching_share, published=now - age,
                               initial=True, old=age > 24 * 3600)
            feed.items.append((story, item_for(story, f"https://outlet{i:04d}.example")))
        feed.items.sort(key=lambda si: -si[0].published)
        net.add(feed)


# -- the daemon --------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_config(workdir: Path, args: argparse.Namespace, net: NewsNetwork, api: FakeBotApi, port: int) -> Path:
    cfg = workdir / "soak.toml"
    feeds = "".join(f'[[feeds]]\nurl = "{net.url(p)}"\n' for p in net.feeds)
    cfg.write_text(f"""# written by bench/soak.py
[telegram]
chat_ids = [{", ".join(map(str, CHATS))}]
api_base_url = "{api.base_url}"
request_timeout = {REQUEST_TIMEOUT}
[storage]
path = "soak.sqlite3"
[polling]
interval = {args.interval}
min_interval = {min(10, args.interval)}
timeout = {POLL_TIMEOUT}
max_concurrency = 20
per_host = 20          # the whole network is one host here; real feeds are spread over many
host_gap = 0
max_bytes = {MAX_BYTES}
backfill_hours = 24
retry_base = 10
retry_max = 60
[http]
listen = "127.0.0.1:{port}"
{feeds}""")
    return cfg


def proc_status(pid: int) -> dict[str, int]:
    """VmRSS / VmHWM of a process, in KiB."""
    out: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":", 1)
                out[key] = int(value.split()[0])
    except (OSError, ValueError):
        pass
    return out


def parse_metrics(text: str) -> dict[str, dict[str, float]]:
    """{metric: {label value or "": value}} of the counters and gauges (histograms skipped)."""
    out: dict[str, dict[str, float]] = {}
    for line in text.splitlines():
        m = re.match(r'^([a-z_]+)(?:\{[a-z_]+="([^"]*)"\})? ([-0-9.e+]+)$', line)
        if m and not m.group(1).endswith(("_bucket", "_sum", "_count")):
            out.setdefault(m.group(1), {})[m.group(2) or ""] = float(m.group(3))
    return out


async def get(session: aiohttp.ClientSession, url: str) -> tuple[int, str]:
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
            return resp.status, await resp.text()
    except (aiohttp.ClientError, TimeoutError) as exc:
        return 0, str(exc)


# -- what arrived ------------------------------------------------------------------------------------

def arrivals(api: FakeBotApi, chat: int) -> list[tuple[str, float, str | None]]:
    """(title, time, fault of that request) of every alert shown in `chat`."""
    faults = {(r.time, str(r.params.get("chat_id"))): r.fault for r in api.method_calls("sendMessage")}
    out = []
    for msg in api.sent_to(chat):
        found = LINK.search(msg.text)
        lines = msg.rendered.splitlines()
        title = html.unescape(found.group(1)) if found else (lines[1] if len(lines) > 1 else msg.rendered)
        out.append((title, msg.time, faults.get((msg.time, str(chat)))))
    return out


def expected_stories(room: Newsroom) -> list[Story]:
    return [s for s in room.stories if s.matching and s.served and not s.old]


# -- the run -----------------------------------------------------------------------------------------

def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


async def soak(args: argparse.Namespace, workdir: Path) -> int:
    rng = random.Random(args.seed)
    loop = asyncio.get_running_loop()
    room = Newsroom(rng)
    async with NewsNetwork() as net, FakeBotApi(token=TOKEN, max_hold=10) as api, aiohttp.ClientSession() as http:
        build_network(args, rng, net, room)
        actions = plan(args, rng, net, room, api, loop)
        port = free_port()
        cfg = write_config(workdir, args, net, api, port)
        log_path = workdir / "daemon.log"
        env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"} | {"TELEGRAM_BOT_TOKEN": TOKEN}
        with log_path.open("wb") as log_file:
            # ASYNC220: Popen returns at once; the daemon is then watched with poll() and signals, not awaited
            proc = subprocess.Popen(  # noqa: ASYNC220
                [sys.executable, "-m", "bot", "run", "--config", str(cfg)], cwd=ROOT,
                stdout=subprocess.DEVNULL, stderr=log_file, env=env)
        say(f"daemon pid {proc.pid}: {len(net.feeds)} feeds ({sum(f.fault is not None for f in net.feeds.values())}"
            f" with fault episodes), {len(actions)} scripted events over {args.minutes:g} min; files in {workdir}")
        base = f"http://127.0.0.1:{port}"
        rss_samples: list[tuple[float, int]] = []
        stop_result = "not stopped"
        try:
            ready = loop.time() + 30
            while (await get(http, base + "/healthz"))[0] != 200:
                if proc.poll() is not None or loop.time() > ready:
                    raise SystemExit(f"the daemon did not come up; see {log_path}")
                await asyncio.sleep(0.2)  # start-up poll, bounded by `ready`

            # phase 1: the scripted run
            t0 = loop.time()
            rss_samples.append((0.0, proc_status(proc.pid).get("VmRSS", 0)))
            next_report = 30.0
            for action in actions:
                while (delay := t0 + action.at - loop.time()) > 0:
                    await asyncio.sleep(min(delay, 1.0))
                    elapsed = loop.time() - t0
                    if elapsed >= next_report:
                        rss_samples.append((elapsed, proc_status(proc.pid).get("VmRSS", 0)))
                        say(f"t={elapsed:4.0f}s published {sum(not s.initial for s in room.stories)} items, "
                            f"{len(api.messages)} messages sent, RSS {rss_samples[-1][1] / 1024:.0f} MiB")
                        next_report += 30
                action.run()
                if proc.poll() is not None:
                    raise SystemExit(f"the daemon died (exit {proc.returncode}); see {log_path}")
            await asyncio.sleep(max(0.0, t0 + args.minutes * 60 - loop.time()))  # to the end of the scripted run
            rss_samples.append((loop.time() - t0, proc_status(proc.pid).get("VmRSS", 0)))

            # phase 2: no new items; wait until every healthy feed was read again and all is delivered
            say("publishing stopped; draining")
            drain_end = loop.time() + args.drain
            pending = math.inf
            while loop.time() < drain_end and proc.poll() is None:
                fresh = all(net.current_version_served(f) for f in net.feeds.values() if not f.broken)
                got = {chat: {t for t, _, _ in arrivals(api, chat)} for chat in CHATS}
                done = all(s.title in got[c] for s in expected_stories(room) for c in CHATS)
                if fresh and done:
                    status, text = await get(http, base + "/metrics")
                    pending = parse_metrics(text).get("newsbot_outbox_pending", {}).get("", math.inf)
                    if status == 200 and pending == 0:
                        break
                await asyncio.sleep(1.0)  # drain poll, bounded by drain_end
            drained = loop.time() - t0 - args.minutes * 60

            _, metrics_text = await get(http, base + "/metrics")
            health_status, _ = await get(http, base + "/healthz")
            memory = proc_status(proc.pid)
        finally:
            stop_started = time.monotonic()
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    code = await asyncio.wait_for(loop.run_in_executor(None, proc.wait), 15)
                    stop_result = f"exit {code} in {time.monotonic() - stop_started:.1f}s"
                except TimeoutError:
                    proc.kill()
                    proc.wait()
                    stop_result = "HUNG: killed after 15s"
            else:
                stop_result = f"died early, exit {proc.returncode}"

    return report(args, room, net, api, metrics_text, memory, rss_samples, stop_result, health_status, drained,
                  log_path)


def report(args: argparse.Namespace, room: Newsroom, net: NewsNetwork, api: FakeBotApi, metrics_text: str,
           memory: dict[str, int], rss_samples: list[tuple[float, int]], stop_result: str, health_status: int,
           drained: float, log_path: Path) -> int:
    expected = expected_stories(room)
    expected_titles = {s.title for s in expected}
    delivered = duplicated = explained = lost = unexpected = 0
    unexpected_titles: list[str] = []
    lost_titles: list[str] = []
    latencies: list[float] = []
    for chat in CHATS:
        copies: dict[str, list[tuple[float, str | None]]] = {}
        for title, at, fault in arrivals(api, chat):
            copies.setdefault(title, []).append((at, fault))
        for title, seen in copies.items():
            if title not in expected_titles:
                unexpected += len(seen)
                unexpected_titles.append(title)
                continue
            duplicated += len(seen) - 1
            # a copy after a request that Telegram performed but answered with a fault is explained
            explained += sum(1 for (_, fault) in seen[:-1] if fault in ("timeout", "reset"))
        for story in expected:
            if story.title in copies:
                delivered += 1
                if story.published_loop is not None:
                    latencies.append(copies[story.title][0][0] - story.published_loop)
            else:
                lost += 1
                lost_titles.append(story.title)
    metrics = parse_metrics(metrics_text)
    unreachable = [s for s in room.stories if s.matching and not s.old and not s.served]
    log_text = log_path.read_text(errors="replace")
    errors = Counter(m.group(1) for m in re.finditer(r" ERROR +(\S+):", log_text))
    api_faults = Counter(r.fault for r in api.method_calls("sendMessage") if r.fault)

    def row(label: str, value: object, note: str = "") -> str:
        return f"  {label:<26}{value!s:>10}  {note}".rstrip()

    out = [(f"newsbot soak — {args.feeds} feeds, {args.minutes:g} min + {drained:.0f}s drain, seed {args.seed}, "
            f"{len(CHATS)} chats, interval {args.interval:g}s"),
           "alerts (story × chat)",
           row("expected", len(expected) * len(CHATS),
               f"{len(expected)} matching stories the network served ({sum(s.initial for s in expected)} backfill)"),
           row("delivered", delivered),
           row("duplicated", duplicated, f"{explained} after a send Telegram performed but answered with a fault"
                                         f" (timeout/reset), {duplicated - explained} unexplained"),
           row("lost", lost, f"{int(metrics.get('newsbot_outbox_pending', {}).get('', 0))} still queued at stop"),
           row("unexpected", unexpected, "old, non-matching or never-served items alerted"),
           row("not reachable", len(unreachable) * len(CHATS),
               "matching stories only on feeds that never served them (not counted as lost)")]
    if latencies:
        q = statistics.quantiles(latencies, n=20) if len(latencies) > 1 else latencies * 19
        out.append(row("publish→chat latency", f"{statistics.median(latencies):.1f}s",
                       f"p95 {q[-1]:.1f}s, max {max(latencies):.1f}s (interval {args.interval:g}s)"))
    out += ["daemon",
            row("peak RSS (VmHWM)", f"{memory.get('VmHWM', 0) / 1024:.1f} MiB",
                "RSS " + ", ".join(f"{kib / 1024:.0f} at {t:.0f}s" for t, kib in rss_samples[:1] + rss_samples[-1:])
                + " (MiB)"),
            row("SIGTERM", stop_result),
            row("/healthz at the end", health_status),
            row("log", f"{sum(errors.values())} ERROR",
                f"{log_text.count(' WARNING ')} WARNING, {log_text.count('Traceback')} tracebacks"
                + (f"; ERROR by logger: {dict(errors)}" if errors else "")),
            "polls (daemon /metrics)"]
    out += [row(k, int(v)) for k, v in sorted(metrics.get("newsbot_polls_total", {}).items())]
    out.append("poll errors by kind (daemon /metrics)")
    out += [row(k, int(v)) for k, v in sorted(metrics.get("newsbot_poll_errors_total", {}).items())] or \
        [row("(none)", 0)]
    out.append("alert sends (daemon /metrics)")
    out += [row(k, int(v)) for k, v in sorted(metrics.get("newsbot_alerts_total", {}).items())]
    out.append("faults injected")
    out.append(row("feed answers", sum(net.answers.values()),
                   ", ".join(f"{k} {v}" for k, v in net.answers.most_common())))
    out.append(row("Bot API sendMessage", len(api.method_calls("sendMessage")),
                   ", ".join(f"{k} {v}" for k, v in api_faults.most_common()) +
                   f"; {len(api.rate_violations)} rate-limit violations, {len(api.edits)} edits"))
    if lost_titles:
        out.append("lost: " + "; ".join(lost_titles[:10]))
    if unexpected_titles:
        out.append("unexpected: " + "; ".join(unexpected_titles[:10]))
    print("\n".join(out))
    clean = stop_result.startswith("exit 0")
    return 0 if lost == 0 and unexpected == 0 and duplicated == explained and clean else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--feeds", type=int, default=300, help="number of feeds (1-2000; default 300)")
    p.add_argument("--minutes", type=float, default=3.0, help="length of the faulty run (0-60; default 3)")
    p.add_argument("--seed", type=int, default=1234)
    p.add_argument("--interval", type=float, default=30.0, help="[polling] interval of the daemon (s)")
    p.add_argument("--drain", type=float, default=90.0, help="longest wait for the backlog after the run (s)")
    p.add_argument("--fault-share", type=float, default=0.3, help="share of feeds with fault episodes")
    p.add_argument("--item-period", type=float, default=150.0, help="mean seconds between new items of a feed")
    p.add_argument("--matching-share", type=float, default=0.12, help="share of new headlines that match")
    p.add_argument("--initial-matching-share", type=float, default=0.015,
                   help="share of the back catalogue that matches")
    p.add_argument("--syndication", type=float, default=0.15, help="share of new stories also on other feeds")
    p.add_argument("--api-fault-every", type=float, default=4.0, help="mean seconds between Bot API faults")
    p.add_argument("--workdir", type=Path, help="keep config, database and daemon log here")
    args = p.parse_args(argv)
    if not 1 <= args.feeds <= 2000 or not 0 < args.minutes <= 60 or not 0 <= args.drain <= 600:
        p.error("--feeds must be 1-2000, --minutes in (0, 60], --drain in [0, 600]")
    if args.interval < 1:
        p.error("--interval must be at least 1 second")
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        return asyncio.run(soak(args, args.workdir.resolve()))
    with tempfile.TemporaryDirectory(prefix="newsbot-soak-") as tmp:
        return asyncio.run(soak(args, Path(tmp)))


if __name__ == "__main__":
    sys.exit(main())
