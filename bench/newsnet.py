#!/usr/bin/env python3
"""The benchmark's news network: N feeds and the fake Telegram Bot API, in one process on 127.0.0.1.

    python bench/newsnet.py --feeds 1000 --seed 1234

bench/bench.py starts it as a child process, so the CPU spent serving does not count against the
client being measured. It prints one JSON line (its addresses and the feed list), then serves until
`POST /_ctl/stop` or until stdin closes (the parent died).

Every feed is RSS 2.0 with 50 items of about 1.2 KB (about 60 KB a document) in English, Chinese or
Hindi; a share of the headlines mentions DeepSeek, Xiaomi AI or 罗福莉 (some are near misses: Xiaomi
phones, "deep seek", 福利). Each answer waits about 100 ms (asyncio.sleep: the simulated network).
Feeds differ like real ones: most send ETag and Last-Modified and answer 304, some only one of them,
some neither (the same body every time); a few are slow (1-3 s) and a few fail (503 + Retry-After, 500,
404, connection reset). Every random choice comes from `--seed`.

Control (JSON over HTTP, same port):
  POST /_ctl/publish {"paths": [...], "items": 1, "tag": "mix"}       one new item on each path now
  POST /_ctl/stream  {"seconds", "interval", "change_share", "alert_rate", "tag"}
        new items at random for `seconds`: each healthy feed changes with probability `change_share`
        per `interval` (1 item, sometimes 2), plus `alert_rate` matching items per second
  GET  /_ctl/stats                       requests, statuses and body bytes per client (by User-Agent)
  GET  /_ctl/latency?tag=T               per client: published -> first served -> accepted by the API
  GET  /_ctl/progress?client=C           feeds answered to C so far, its requests, messages the API accepted
  POST /_ctl/fresh {"client", "start", "end", "windows": [...]}
        from the arrival time of every request: polls in [start, end] and, per window W, the share of the
        feeds that answer (healthy and slow ones) polled at least once in every W-long stretch of it
  POST /_ctl/stop

With `--hosts H` (H > 1) the feeds are spread over H distinct loopback addresses (127.1.x.y, one
listening socket each; Linux routes all of 127/8 to the loopback interface without setup): to the
polling client, H distinct hosts, as real feeds are. `--items` sets the items per feed (50).
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import math
import os
import random
import re
import socket
import struct
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from aiohttp import web

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot.matcher import Matcher  # noqa: E402 - after the path set-up
from bot.watchlist import load_watchlist  # noqa: E402
from support.fake_bot_api import FakeBotApi  # noqa: E402

TOKEN = "246810:BENCH-token-not-a-secret-0123456789"
NEWSBOT_CHATS = {1001: "deepseek", 1002: "luo_fuli", 1003: "xiaomi_ai"}  # one chat per topic
NAIVE_CHAT = 2001
NAIVE_AGENT = "naive-feedparser-loop/1.0"
ITEMS_PER_FEED = 50  # the default of --items
MAX_FEEDS = 60_000
LATENCY = (0.08, 0.12)  # seconds per answer: about 100 ms
SLOW_LATENCY = (1.0, 3.0)
LANGS = (("en", 0.60), ("zh", 0.25), ("hi", 0.15))
VALIDATORS = (("both", 0.70), ("lm", 0.10), ("etag", 0.10), ("none", 0.10))
SLOW_SHARE = 0.03
FAILING_SHARE = 0.03
FAILURES = ("503", "500", "404", "reset")
BACKGROUND_MATCH = 0.03  # share of ordinary new items that mention the watchlist
NEAR_MISS = 0.06  # share that name Xiaomi/福利/"deep seek" without being news about the topics
ITEM_ID = re.compile(r"/news/(\d+)")

# Headlines: (matching, near misses, ordinary). {n} is the item's number: every headline carries a
# different figure, so newsbot never merges two of them into one story.
HEADLINES = {
    "en": ((
        "DeepSeek releases a new reasoning model trained on {n} GPUs",
        "DeepSeek cuts API prices again as {n} developers sign up",
        "Xiaomi's AI large-model team led by Luo Fuli publishes {n} benchmark results",
        "Luo Fuli says Xiaomi's MiMo model now serves {n} users",
        "Xiaomi bets on AI: HyperOS assistant reaches {n} devices",
        "Former DeepSeek researcher Luo Fuli joins Xiaomi to lead AI model team, report {n}",
    ), (
        "Xiaomi 15 Ultra sells {n} units in its first week",
        "Divers deep seek the wreck of a galleon at {n} metres",
        "Xiaomi SU7 deliveries pass {n} cars",
    ), (
        "{city} council approves a budget of {n} million",
        "Markets close higher as {n} stocks rally on rate hopes",
        "Storm leaves {n} homes without power in {city}",
        "Central bank holds rates steady; {n} economists had expected a cut",
        "Football: {city} wins the derby in front of {n} fans",
        "Startup raises {n} million for battery recycling in {city}",
        "Study of {n} patients links sleep to heart health",
        "{city} airport expects {n} travellers over the holiday",
        "Chipmaker plans {n} new jobs at its {city} plant",
        "Police in {city} seize {n} kilograms of counterfeit goods",
    )),
    "zh": ((
        "DeepSeek发布新一代推理模型，训练用卡{n}张",
        "深度求索开源新模型，下载量突破{n}万",
        "罗福莉加盟小米后首次亮相，大模型团队扩至{n}人",
        "小米大模型MiMo更新，{n}项评测领先",
        "前DeepSeek研究员罗福莉已加入小米，第{n}号报道",
    ), (
        "小米SU7交付量突破{n}辆",
        "员工福利再升级，{n}家企业参与",
        "小米粥价格上涨，每斤{n}元",
    ), (
        "{zcity}地铁新线路开通，日客流{n}万",
        "央行发布{n}项新规",
        "{zcity}迎来降雨，{n}个航班延误",
        "A股收涨，成交额{n}亿元",
        "{zcity}新建{n}所学校",
        "国产新能源车出口{n}辆",
        "{zcity}举办马拉松，{n}名选手参赛",
    )),
    "hi": ((
        "डीपसीक ने नया मॉडल जारी किया, {n} अरब पैरामीटर",
        "शाओमी की एआई मॉडल टीम का नेतृत्व करेंगी लुओ फुली, {n} शोधकर्ता शामिल",
        "शाओमी ने एआई बड़े मॉडल में {n} करोड़ का निवेश किया",
    ), (
        "शाओमी का नया स्मार्टफोन {n} रुपये में लॉन्च",
    ), (
        "{hcity} में मेट्रो की नई लाइन, रोज़ {n} यात्री",
        "शेयर बाजार {n} अंक चढ़ा",
        "{hcity} में बारिश से {n} उड़ानें रद्द",
        "{hcity} में {n} नए स्कूल खुलेंगे",
        "क्रिकेट: {hcity} ने {n} रन से मैच जीता",
    )),
}
CITIES = {
    "city": ("Berlin", "Lagos", "Mumbai", "Denver", "Lyon", "Osaka", "Porto", "Quito", "Hanoi", "Leeds"),
    "zcity": ("北京", "上海", "杭州", "深圳", "成都", "武汉", "西安", "南京"),
    "hcity": ("दिल्ली", "मुंबई", "बेंगलुरु", "पुणे", "जयपुर", "कोलकाता"),
}
WORDS = {
    "en": ("the", "city", "officials", "said", "on", "Tuesday", "that", "new", "plans", "would", "be",
           "announced", "after", "a", "review", "of", "costs", "and", "local", "residents", "market",
           "analysts", "expect", "growth", "to", "slow", "in", "coming", "months", "while", "company",
           "reported", "higher", "revenue", "for", "quarter", "government", "minister", "data", "shows",
           "energy", "prices", "rose", "sharply", "schools", "hospital", "transport", "network"),
    "zh": ("记者", "今天", "获悉", "相关", "部门", "表示", "将", "进一步", "推进", "项目", "建设", "市场",
           "分析", "人士", "认为", "经济", "增长", "保持", "稳定", "企业", "发布", "公告", "数据", "显示",
           "同比", "增长", "居民", "出行", "服务", "政策", "落实", "城市", "发展"),
    "hi": ("सरकार", "ने", "मंगलवार", "को", "कहा", "कि", "नई", "योजना", "जल्द", "शुरू", "होगी", "बाजार",
           "में", "तेजी", "रही", "कंपनी", "के", "अनुसार", "शहर", "लोगों", "को", "राहत", "मिलेगी", "आंकड़ों",
           "से", "पता", "चलता", "है", "विकास", "दर", "बढ़ी"),
}
AUTHORS = ("Jane Doe", "Li Wei", "Priya Sharma", "Tom Berg", "Ana Costa", "Wang Fang", "Rahul Verma")
CATEGORIES = ("World", "Business", "Technology", "Sport", "Science", "Local", "Markets")


def _rfc822(t: float) -> str:
    return format_datetime(datetime.fromtimestamp(t, UTC), usegmt=True)


class Newsroom:
    """Writes items: headlines from the templates, descriptions from a seeded pool of paragraphs."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.serial = 100_000
        self.matcher = Matcher(load_watchlist(None))
        self.paragraphs = {lang: [self._paragraph(lang) for _ in range(300)] for lang in WORDS}

    def _paragraph(self, lang: str) -> bytes:
        rng, words = self.rng, WORDS[lang]
        sep, stop, budget = (" ", ". ", 640) if lang != "zh" else ("", "。", 220)
        if lang == "hi":
            budget, stop = 220, "। "
        text, sentences = "", []
        while len(text) < budget:
            sentence = sep.join(rng.choice(words) for _ in range(rng.randint(8, 16)))
            sentences.append(sentence[0].upper() + sentence[1:] if lang == "en" else sentence)
            text = stop.join(sentences)
        html = f"<p>{text}{stop.strip()}</p>"
        return escape(html).encode("utf-8")

    def item(self, lang: str, host: str, permalink_guid: bool, published: float, *,
             kind: str | None = None, match: bool = True) -> tuple[int, tuple[bytes, ...], frozenset[str]]:
        """(item id, the pieces of its <item> element, topics the watchlist finds in it; empty without
        `match`, for the back catalogue nobody asks about). The pieces share the description paragraph
        with other items, which keeps 10,000 feeds in memory."""
        rng = self.rng
        self.serial += 1
        n = self.serial
        matching, near, ordinary = HEADLINES[lang]
        if kind is None:
            roll = rng.random()
            kind = "match" if roll < BACKGROUND_MATCH else "near" if roll < BACKGROUND_MATCH + NEAR_MISS else "other"
        templates = matching if kind == "match" else near if kind == "near" else ordinary
        title = rng.choice(templates).format(n=n, **{k: rng.choice(v) for k, v in CITIES.items()})
        link = f"https://{host}/news/{n}"
        guid = link if permalink_guid else f"{host}:{n}"
        summary = self.paragraphs[lang][rng.randrange(300)]
        lead = escape(escape(title)).encode("utf-8")  # the title, as HTML text, inside the escaped HTML
        head = b"".join((
            b"<item><title>", escape(title).encode("utf-8"), b"</title><link>", link.encode(),
            b"</link><guid isPermaLink=\"", b"true" if permalink_guid else b"false", b"\">", guid.encode(),
            b"</guid><pubDate>", _rfc822(published).encode(), b"</pubDate><dc:creator>",
            rng.choice(AUTHORS).encode(), b"</dc:creator><category>", rng.choice(CATEGORIES).encode(),
            b"</category><description>&lt;p&gt;&lt;b&gt;", lead, b"&lt;/b&gt;&lt;/p&gt;"))
        tail = b"".join((b"&lt;p&gt;&lt;a href=&quot;", link.encode(),
                         b"&quot;&gt;Read more&lt;/a&gt;&lt;/p&gt;</description></item>\n"))
        xml = (head, summary, tail)
        topics = self.matcher.match(title, "", lang).topics if match else ()
        return n, xml, frozenset(topics)


@dataclass
class Feed:
    index: int
    path: str
    lang: str
    validators: str  # both | lm | etag | none
    kind: str  # ok | slow | failing
    failure: str = ""
    permalink_guid: bool = True
    items: list[tuple[int, tuple[bytes, ...]]] = field(default_factory=list)  # newest first
    version: int = 0
    modified: float = 0.0  # Last-Modified, whole seconds, strictly increasing
    tracked: list[int] = field(default_factory=list)  # ids of published (tagged) items still in the doc

    @property
    def healthy(self) -> bool:
        return self.kind == "ok"

    @property
    def etag(self) -> str | None:
        return f'"{self.index}-{self.version}"' if self.validators in ("both", "etag") else None

    @property
    def last_modified(self) -> str | None:
        return _rfc822(self.modified) if self.validators in ("both", "lm") else None


@dataclass
class Published:
    tag: str
    at: float
    topics: frozenset[str]
    path: str
    served: dict[str, float] = field(default_factory=dict)  # client -> first 200 answer carrying it


def host_address(index: int, hosts: int) -> str:
    """The loopback address of host `index` of `hosts`: 127.0.0.1 alone, else 127.1.x.y (y from 1)."""
    if hosts <= 1:
        return "127.0.0.1"
    return f"127.1.{index // 250}.{index % 250 + 1}"


class Network:
    def __init__(self, feeds: int, seed: int, *, items: int = ITEMS_PER_FEED):
        self.rng = random.Random(seed)
        self.room = Newsroom(random.Random(seed + 1))
        self.host = ""
        self.items = items
        self.feeds: dict[str, Feed] = {}
        self.published: dict[int, Published] = {}
        self.counters: dict[str, Counter[str]] = {"newsbot": Counter(), "naive": Counter()}
        self.arrivals: dict[str, dict[str, list[float]]] = {"newsbot": {}, "naive": {}}  # client -> path -> times
        self.answered: dict[str, dict[str, list[float]]] = {"newsbot": {}, "naive": {}}  # ... when answered
        self.stream_task: asyncio.Task[None] | None = None
        self.stopping = asyncio.Event()
        self.api: AcceptingBotApi | None = None
        self._latency_rng = random.Random(seed + 2)
        now = time.time()
        langs, lang_w = zip(*LANGS, strict=True)
        vals, val_w = zip(*VALIDATORS, strict=True)
        for i in range(feeds):
            rng = self.rng
            roll = rng.random()
            kind = "slow" if roll < SLOW_SHARE else "failing" if roll < SLOW_SHARE + FAILING_SHARE else "ok"
            feed = Feed(i, f"/f/{i:05d}.xml", rng.choices(langs, lang_w)[0], rng.choices(vals, val_w)[0], kind,
                        failure=rng.choice(FAILURES) if kind == "failing" else "",
                        permalink_guid=rng.random() < 0.5, modified=float(int(now) - 86400))
            host = self._host(feed)
            ages = sorted(rng.uniform(600, 72 * 3600) for _ in range(items))
            for age in ages:
                n, xml, _ = self.room.item(feed.lang, host, feed.permalink_guid, now - age, match=False)
                feed.items.append((n, xml))
            self.feeds[feed.path] = feed

    @staticmethod
    def _host(feed: Feed) -> str:
        return f"outlet{feed.index:05d}.example"

    def _head(self, feed: Feed) -> bytes:
        title = f"Outlet {feed.index:05d} — {CATEGORIES[feed.index % len(CATEGORIES)]}"
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                f'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
                f"<channel><title>{escape(title)}</title><link>https://{self._host(feed)}/</link>"
                f"<description>Latest news from outlet {feed.index}</description>"
                f"<language>{ {'en': 'en-us', 'zh': 'zh-cn', 'hi': 'hi-in'}[feed.lang]}</language>"
                f"<lastBuildDate>{_rfc822(feed.modified)}</lastBuildDate>"
                f'<atom:link href="{self.host}{feed.path}" rel="self" type="application/rss+xml"/>'
                f"<generator>bench newsnet</generator>\n").encode()

    def body(self, feed: Feed) -> bytes:
        return b"".join([self._head(feed), *(piece for _, xml in feed.items for piece in xml),
                         b"</channel></rss>\n"])

    # -- new items ----------------------------------------------------------------------------------

    def publish(self, path: str, tag: str, *, kind: str | None = None) -> int:
        feed = self.feeds[path]
        now = time.time()
        n, xml, topics = self.room.item(feed.lang, self._host(feed), feed.permalink_guid, now, kind=kind)
        feed.items.insert(0, (n, xml))
        dropped = feed.items[self.items:]
        del feed.items[self.items:]
        for old, _ in dropped:
            if old in self.published:
                feed.tracked.remove(old)
        feed.version += 1
        feed.modified = max(float(int(now)), feed.modified + 1)
        self.published[n] = Published(tag, now, topics, path)
        feed.tracked.append(n)
        return n

    async def stream(self, *, seconds: float, interval: float, change_share: float, alert_rate: float,
                     tag: str) -> None:
        """Poisson arrivals until `seconds` have passed: ordinary changes and matching items."""
        rng = random.Random(f"{tag}-{len(self.published)}")
        healthy = [p for p, f in self.feeds.items() if f.healthy]
        change_rate = -math.log(1 - change_share) / interval * len(healthy)
        loop = asyncio.get_running_loop()
        start = loop.time()
        events: list[tuple[float, str]] = []
        at = rng.expovariate(change_rate)
        while at < seconds:
            events.append((at, "change"))
            at += rng.expovariate(change_rate)
        at = rng.expovariate(alert_rate) if alert_rate > 0 else seconds
        while at < seconds:
            events.append((at, "alert"))
            at += rng.expovariate(alert_rate)
        events.sort()
        for at, what in events:
            delay = start + at - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)  # the arrival schedule of the simulated news
            path = rng.choice(healthy)
            if what == "alert":
                self.publish(path, tag, kind="match")
            else:
                for _ in range(2 if rng.random() < 0.2 else 1):
                    self.publish(path, tag)

    # -- serving ------------------------------------------------------------------------------------

    async def handle_feed(self, request: web.Request) -> web.StreamResponse:
        client = "newsbot" if "newsbot" in request.headers.get("User-Agent", "") else "naive"
        self.arrivals[client].setdefault(request.path, []).append(time.time())
        try:
            return await self._handle_feed(request, client)
        finally:
            self.answered[client].setdefault(request.path, []).append(time.time())

    async def _handle_feed(self, request: web.Request, client: str) -> web.StreamResponse:
        counts = self.counters[client]
        counts["requests"] += 1
        feed = self.feeds.get(request.path)
        if feed is None:
            counts["404"] += 1
            return web.Response(status=404, text="no such feed")
        rng = self._latency_rng
        await asyncio.sleep(rng.uniform(*(SLOW_LATENCY if feed.kind == "slow" else LATENCY)))  # the network
        if feed.kind == "failing":
            counts["error"] += 1
            if feed.failure == "reset":
                _reset(request)
            if feed.failure == "503":
                return web.Response(status=503, text="busy", headers={"Retry-After": "120"})
            return web.Response(status=int(feed.failure), text="error")
        headers = {}
        if feed.etag:
            headers["ETag"] = feed.etag
        if feed.last_modified:
            headers["Last-Modified"] = feed.last_modified
        if _not_modified(request, feed):
            counts["304"] += 1
            return web.Response(status=304, headers=headers)
        body = self.body(feed)
        counts["200"] += 1
        counts["bytes"] += len(body)
        now = time.time()
        for n in feed.tracked:
            self.published[n].served.setdefault(client, now)
        headers["Content-Type"] = "application/rss+xml; charset=utf-8"
        return web.Response(body=body, headers=headers)

    # -- control ------------------------------------------------------------------------------------

    async def ctl_publish(self, request: web.Request) -> web.Response:
        doc = await request.json()
        ids = [self.publish(p, doc.get("tag", "ctl"), kind=doc.get("kind"))
               for p in doc["paths"] for _ in range(int(doc.get("items", 1)))]
        return web.json_response({"published": len(ids)})

    async def ctl_stream(self, request: web.Request) -> web.Response:
        doc = await request.json()
        if self.stream_task and not self.stream_task.done():
            self.stream_task.cancel()
        self.stream_task = asyncio.create_task(self.stream(
            seconds=float(doc["seconds"]), interval=float(doc["interval"]), change_share=float(doc["change_share"]),
            alert_rate=float(doc["alert_rate"]), tag=doc["tag"]))
        return web.json_response({"ok": True})

    async def ctl_stats(self, request: web.Request) -> web.Response:
        return web.json_response({c: dict(v) for c, v in self.counters.items()})

    async def ctl_latency(self, request: web.Request) -> web.Response:
        tag = request.query["tag"]
        assert self.api is not None
        accepted: dict[str, dict[int, float]] = {"newsbot": {}, "naive": {}}
        paced: dict[str, int] = {"newsbot": 0, "naive": 0}
        last: dict[int, float] = {}
        for at, chat_id, text in self.api.accepted:
            client = "naive" if chat_id == NAIVE_CHAT else "newsbot"
            if at - last.get(chat_id, -1e9) < 1.2:  # right behind another message to the same chat
                paced[client] += 1
            last[chat_id] = at
            for m in ITEM_ID.finditer(text):  # a combined message carries several stories, each with its link
                accepted[client].setdefault(int(m.group(1)), at)
        out = {}
        items = {n: p for n, p in self.published.items() if p.tag == tag}
        for client, got in accepted.items():
            e2e, after = [], []
            for n, p in items.items():
                if n in got:
                    e2e.append(got[n] - p.at)
                    if client in p.served:
                        after.append(got[n] - p.served[client])
            out[client] = {
                "published": len(items),
                "matching": sum(1 for p in items.values() if p.topics),
                "matching_served": sum(1 for p in items.values() if p.topics and client in p.served),
                "delivered": len(e2e),
                "unexpected": sum(1 for n in got if n in items and not items[n].topics),
                "paced": paced[client],  # messages (any item) accepted < 1.2 s after the chat's previous one
                "rate_violations": sum(1 for v in self.api.rate_violations
                                       if (v.chat_id == NAIVE_CHAT) == (client == "naive")),
                "e2e": sorted(e2e), "after_fetch": sorted(after)}
        return web.json_response(out)

    async def ctl_progress(self, request: web.Request) -> web.Response:
        client = request.query.get("client", "newsbot")
        assert self.api is not None
        accepted = [at for at, chat_id, _ in self.api.accepted if (chat_id == NAIVE_CHAT) == (client == "naive")]
        return web.json_response({"feeds": len(self.arrivals[client]), **self.counters[client],
                                  "accepted": len(accepted), "last_accepted": max(accepted, default=None),
                                  "now": time.time()})

    async def ctl_fresh(self, request: web.Request) -> web.Response:
        doc = await request.json()
        return web.json_response(self.fresh(doc.get("client", "newsbot"), float(doc["start"]), float(doc["end"]),
                                            [float(w) for w in doc.get("windows", [])]))

    def fresh(self, client: str, start: float, end: float, windows: list[float]) -> dict[str, object]:
        """Polls in [start, end], and per window W the share of the answering feeds whose every W-long
        stretch of [start, end] holds a poll: the largest gap between consecutive request arrivals,
        counting from the last one at or before `start` and up to `end`, is at most W. `after_answer`:
        the same with each gap counted from the end of the previous answer instead of its arrival (a
        client that counts its interval from the end of a poll keeps W there)."""
        arrivals, answered = self.arrivals[client], self.answered[client]
        gaps: list[float] = []
        after_answer: list[float] = []
        polls = 0
        for path, feed in self.feeds.items():
            times = arrivals.get(path, [])
            polls += sum(1 for t in times if start < t <= end)
            if feed.kind == "failing":  # backs off by design (Retry-After, errors): not a freshness question
                continue
            before = [t for t in times if t <= start]
            if not before:
                gaps.append(math.inf)
                after_answer.append(math.inf)
                continue
            prev, worst = before[-1], 0.0
            done = sorted(answered.get(path, []))
            worst_done = 0.0
            for t in times:
                if start < t <= end:
                    worst, prev = max(worst, t - prev), t
                    i = bisect.bisect_left(done, t)  # the answers finished before this request arrived
                    worst_done = max(worst_done, t - done[i - 1] if i else math.inf)
            last_done = [d for d in done if d <= end]
            in_flight = bool(last_done) and prev > last_done[-1]
            gaps.append(max(worst, end - prev))
            after_answer.append(max(worst_done, 0.0 if in_flight or not last_done else end - last_done[-1]))
        gaps.sort()
        after_answer.sort()
        n = len(gaps)
        return {"polls": polls, "answering_feeds": n, "seconds": end - start,
                "fresh": {f"{w:g}": sum(1 for g in gaps if g <= w) / n if n else None for w in windows},
                "fresh_after_answer": {f"{w:g}": sum(1 for g in after_answer if g <= w) / n if n else None
                                       for w in windows},
                "gap_p50": gaps[n // 2] if n else None, "gap_p95": gaps[min(n - 1, int(0.95 * n))] if n else None,
                "gap_max": gaps[-1] if n else None}

    async def ctl_stop(self, request: web.Request) -> web.Response:
        self.stopping.set()
        return web.json_response({"ok": True})


class AcceptingBotApi(FakeBotApi):
    """The fake Bot API, noting the wall-clock time at which each message was accepted."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.accepted: list[tuple[float, int, str]] = []

    def _send_message(self, call):  # type: ignore[no-untyped-def]
        message = super()._send_message(call)
        self.accepted.append((time.time(), int(message["chat"]["id"]), str(call.params.get("text") or "")))
        return message


def _not_modified(request: web.Request, feed: Feed) -> bool:
    inm = request.headers.get("If-None-Match")
    if inm is not None and feed.etag:
        return feed.etag in {t.strip() for t in inm.split(",")}
    ims = request.headers.get("If-Modified-Since")
    if ims and feed.last_modified:
        try:  # Last-Modified grows by at least a second with every change
            return parsedate_to_datetime(ims) >= datetime.fromtimestamp(feed.modified, UTC)
        except (TypeError, ValueError):
            return False
    return False


def _reset(request: web.Request) -> None:
    transport = request.transport
    if transport is not None:
        sock = transport.get_extra_info("socket")
        if sock is not None:  # linger 0: close() sends RST
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    raise asyncio.CancelledError


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--feeds", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--hosts", type=int, default=1, help="distinct loopback addresses to spread the feeds over")
    parser.add_argument("--items", type=int, default=ITEMS_PER_FEED, help="items per feed")
    args = parser.parse_args()
    if not 1 <= args.feeds <= MAX_FEEDS:
        parser.error(f"--feeds must be 1..{MAX_FEEDS}")
    if not 1 <= args.hosts <= 250 * 250:
        parser.error("--hosts must be 1..62500")
    if not 1 <= args.items <= 200:
        parser.error("--items must be 1..200")
    started = time.process_time()
    net = Network(args.feeds, args.seed, items=args.items)
    app = web.Application()
    app.router.add_post("/_ctl/publish", net.ctl_publish)
    app.router.add_post("/_ctl/stream", net.ctl_stream)
    app.router.add_get("/_ctl/stats", net.ctl_stats)
    app.router.add_get("/_ctl/latency", net.ctl_latency)
    app.router.add_get("/_ctl/progress", net.ctl_progress)
    app.router.add_post("/_ctl/fresh", net.ctl_fresh)
    app.router.add_post("/_ctl/stop", net.ctl_stop)
    app.router.add_get("/f/{name}", net.handle_feed)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0, handler_cancellation=True)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    host, port = runner.addresses[0][:2]
    net.host = f"http://{host}:{port}"
    bases = [net.host]  # host index -> the base URL its feeds are served at
    for h in range(1, args.hosts if args.hosts > 1 else 0):
        extra = web.TCPSite(runner, host_address(h, args.hosts), 0, backlog=1024)
        await extra.start()
        address, extra_port = runner.addresses[-1][:2]
        bases.append(f"http://{address}:{extra_port}")
    async with AcceptingBotApi(token=TOKEN, long_poll_cap=30.0) as api:
        net.api = api
        sizes = [len(net.body(f)) for f in list(net.feeds.values())[:200]]
        print(json.dumps({
            "base": net.host, "api_base": api.base_url, "token": TOKEN, "setup_cpu": time.process_time() - started,
            "mean_body_bytes": sum(sizes) / len(sizes),
            "hosts": len(bases), "items": net.items,
            "feeds": [{"path": f.path, "url": bases[f.index % len(bases)] + f.path, "lang": f.lang,
                       "validators": f.validators, "kind": f.kind, "failure": f.failure}
                      for f in net.feeds.values()]}), flush=True)
        loop = asyncio.get_running_loop()
        stdin_closed = loop.run_in_executor(None, sys.stdin.read)  # returns when the parent goes away
        stop = asyncio.ensure_future(net.stopping.wait())
        await asyncio.wait([stop, stdin_closed], return_when=asyncio.FIRST_COMPLETED)
        if net.stream_task:
            net.stream_task.cancel()
    await runner.cleanup()
    # the executor thread may still sit in stdin.read(); leave without waiting for it
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    asyncio.run(main())
