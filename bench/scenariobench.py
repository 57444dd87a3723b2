"""The burst scenarios through the real daemon, at its default settings, against a fake Telegram that enforces
Telegram's limits: how many alerts each chat gets for one event and the other stories that share its names.

    python bench/scenariobench.py                          # this tree, both blind scenario sets
    python bench/scenariobench.py --baseline /path/tree    # and another checkout after it, in the same run
    python bench/scenariobench.py --only sc-07 --show      # one scenario, with each chat's messages
    python bench/scenariobench.py --runs 3                 # each scenario three times
    python bench/scenariobench.py --one-feed               # every item in one aggregator feed
    python bench/scenariobench.py --file scenarios_blind3.jsonl   # another scenario file

Each scenario of tests/data/events/scenarios_blind*.jsonl (one real event told by nine outlets in English,
Chinese and Hindi, and seven other stories that share its names) is served by nine local feeds, one per
outlet, the other stories spread over them, all dated now: a fresh `python -m bot run` process (defaults;
a feed's first poll alerts what was published in the last day) sees the whole burst at once and delivers it
to a group and a private chat. Target: one alert per story whose items match a watchlist topic (items
matching none alert nowhere). Printed per scenario: messages per chat, alerts (a story's own title and link,
alone or in a combined message), how many were the event's, and how many other stories were never alerted
(folded into another story); then the means over both chats. Everything runs on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from bot.matcher import Matcher  # noqa: E402
from bot.watchlist import load_watchlist  # noqa: E402
from support.fake_bot_api import FakeBotApi  # noqa: E402
from support.feed_server import FeedServer, rss  # noqa: E402
from support.telegram_limits import RateLimits  # noqa: E402
from support.wait import WaitTimeout, wait_until  # noqa: E402

TOKEN = "123456:BENCH-TOKEN-abcdefghijklmnopqrstuvwxyz"
GROUP, PRIVATE = -1001234567, 4242
DATA = ROOT / "tests" / "data" / "events"
SETS = ("scenarios_blind.jsonl", "scenarios_blind2.jsonl")
LANGS = {"en": "en", "zh": "zh-cn", "zh-Hant": "zh-tw", "hi": "hi"}


def write_config(folder: Path, feeds: FeedServer, api: FakeBotApi, paths: list[str]) -> Path:
    cfg = folder / "config.toml"
    cfg.write_text(f"""
[telegram]
chat_ids = [{GROUP}, {PRIVATE}]
api_base_url = "{api.base_url}"
allow_private_feed_urls = true

[storage]
path = "{folder / 'state.sqlite3'}"

[http]
listen = ""
""" + "".join(f'\n[[feeds]]\nurl = "{feeds.url(p)}"\nname = "{p[1:-4]}"\n' for p in paths), encoding="utf-8")
    return cfg


def settled(db: Path) -> bool:
    """Every alert sent and every edit made (read beside the daemon, which keeps writing)."""
    if not db.exists():
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as con:
            rows = con.execute("SELECT state, edit_pending FROM outbox").fetchall()
    except sqlite3.Error:
        return False
    return bool(rows) and all(state in ("sent", "failed") and not edit for state, edit in rows)


async def run_one(tree: Path, scenario: dict, one_feed: bool) -> dict[int, dict[str, object]]:
    """One scenario in a fresh daemon: per chat, the messages sent and which labels each carried."""
    reports = scenario["reports"]
    outlets = [f"/outlet{n}.xml" for n in range(len(reports))]
    paths = ["/wire.xml"] if one_feed else outlets
    feed_of = {o: paths[0] if one_feed else o for o in outlets}
    now = format_datetime(datetime.now(UTC))
    feed_items: dict[str, list[dict[str, str]]] = {p: [] for p in paths}
    feed_lang = {feed_of[o]: LANGS.get(r.get("lang", "en"), "en") for o, r in zip(outlets, reports, strict=True)}
    labels: dict[str, str] = {}  # link -> label
    for n, r in enumerate(reports):
        link = f"https://outlet{n}.example/event"
        feed_items[feed_of[outlets[n]]].append({"title": r["title"], "link": link,
                                                "description": r.get("summary", ""), "pubDate": now})
        labels[link] = "event"
    for n, r in enumerate(scenario["distinct"]):
        path = feed_of[outlets[n % len(outlets)]]
        link = f"https://outlet{n % len(outlets)}.example/other-{n}"
        feed_items[path].append({"title": r["title"], "link": link, "description": r.get("summary", ""),
                                 "pubDate": now})
        labels[link] = f"d{n}"
    with tempfile.TemporaryDirectory(prefix="scenariobench-") as tmp:
        folder = Path(tmp)
        async with FeedServer() as feeds, FakeBotApi(token=TOKEN, rate_limits=RateLimits(enforce=True)) as api:
            for path in paths:
                feeds.set_feed(path, rss(feed_items[path], language=feed_lang[path], title=path[1:-4]))
            env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "PYTHONPATH": str(tree)}
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", "--config", str(write_config(folder, feeds, api, paths)),
                cwd=tree, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL, env=env)
            try:
                await wait_until(lambda: all(feeds.count(p) >= 1 for p in paths), timeout=30,
                                 message="the daemon's first polls")
                with contextlib.suppress(WaitTimeout):
                    await wait_until(lambda: settled(folder / "state.sqlite3"), timeout=120, interval=0.2)
            finally:
                proc.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(proc.wait(), 15)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()
            out: dict[int, dict[str, object]] = {}
            for chat in (GROUP, PRIVATE):
                carried = [[label for link, label in labels.items() if f'href="{link}"' in m.text]
                           for m in api.sent_to(chat)]  # a combined message carries several stories' links
                out[chat] = {"messages": len(carried), "carried": carried,
                             "heads": [" | ".join(m.rendered.splitlines()[:2])[:110] for m in api.sent_to(chat)],
                             "refused": sum(1 for r in api.method_calls("sendMessage") if r.status == 429)}
            return out


def score(result: dict[int, dict[str, object]], targets: dict[str, bool]) -> dict[str, float]:
    """Per chat: messages, alerts (a story's own title and link, alone or in a combined message), alerts of the
    event, and target stories never alerted (folded into another story: only its outlet's name shows)."""
    want = sum(targets.values())
    rows = []
    for chat_result in result.values():
        carried: list[list[str]] = chat_result["carried"]  # type: ignore[assignment]
        alerts = sum(len(c) for c in carried)
        event = sum(c.count("event") for c in carried)
        shown = {label for c in carried for label in c}
        missing = sum(1 for label, alerted in targets.items() if alerted and label != "event" and label not in shown)
        rows.append({"messages": len(carried), "alerts": alerts, "target": want, "event": event, "missing": missing,
                     "right": float(alerts == want and event == int(targets["event"]) and not missing)})
    return {k: sum(r[k] for r in rows) / len(rows) for k in rows[0]}


async def run(tree: Path, label: str, scenarios: list[dict], matcher: Matcher, show: bool, runs: int,
              one_feed: bool) -> None:
    totals: list[dict[str, float]] = []
    started = time.monotonic()
    for sc in scenarios * runs:
        items = [("event", r) for r in sc["reports"]] + [(f"d{i}", r) for i, r in enumerate(sc["distinct"])]
        targets: dict[str, bool] = {}
        for lab, r in items:
            targets[lab] = targets.get(lab, False) or bool(matcher.match(r["title"], r.get("summary", "")).topics)
        result = await run_one(tree, sc, one_feed)
        s = score(result, targets)
        totals.append(s)
        print(f"{label:9} {sc['id']:7} messages {result[GROUP]['messages']}/{result[PRIVATE]['messages']}, alerts "
              f"{s['alerts']:.1f} for {int(s['target'])}; the event in {s['event']:.1f}; other stories never alerted "
              f"{s['missing']:.1f}; 429 {result[GROUP]['refused']}", flush=True)
        if show:
            for head, carried in zip(result[PRIVATE]["heads"], result[PRIVATE]["carried"], strict=True):  # type: ignore[call-overload]
                print(f"            {','.join(carried):10} {head}")
    n = len(totals)
    mean = {k: sum(t[k] for t in totals) / n for k in totals[0]}
    print(f"{label:9} {n} runs x 2 chats: right {mean['right'] * n:.1f} of {n}; alerts {mean['alerts']:.2f} for "
          f"{mean['target']:.2f} stories in {mean['messages']:.2f} messages; the event in {mean['event']:.2f} alerts; "
          f"other stories never alerted {mean['missing']:.2f}; {time.monotonic() - started:.0f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", type=Path, help="another newsbot checkout to run the same scenarios against")
    parser.add_argument("--only", help="one scenario id")
    parser.add_argument("--file", action="append", metavar="NAME",
                        help=f"a scenario file of tests/data/events (repeatable; default: {', '.join(SETS)})")
    parser.add_argument("--show", action="store_true", help="each message of the private chat")
    parser.add_argument("--one-feed", action="store_true", help="every item in one feed (a wire or aggregator "
                        "carrying all the outlets), polled once: the burst arrives in a single poll")
    parser.add_argument("--runs", type=int, default=1, help="times each scenario is run (the daemon polls its feeds "
                        "concurrently, so the order its items are clustered in differs from run to run)")
    args = parser.parse_args()
    scenarios = [json.loads(line) for name in args.file or SETS
                 for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.only:
        scenarios = [sc for sc in scenarios if sc["id"] == args.only]
    matcher = Matcher(load_watchlist(ROOT / "seeds" / "entities.toml"))
    asyncio.run(run(ROOT, "this tree", scenarios, matcher, args.show, args.runs, args.one_feed))
    if args.baseline:
        asyncio.run(run(args.baseline.resolve(), "baseline", scenarios, matcher, args.show, args.runs, args.one_feed))


if __name__ == "__main__":
    main()
