"""Matching alone: items per second of newsbot's matcher, for the seeded watchlist and a synthetic one
with 2,000 aliases. Used by bench/bench.py; `python bench/matchbench.py` runs it on its own.

The items are what the pipeline hands the matcher: feed items from the benchmark's news network
(English, Chinese, Hindi; a share mentioning the watchlist) parsed by newsbot's own `parse_feed`, so
each is a title plus a summary of up to 1,000 characters of plain text. The labelled cases of
tests/data (short titles and summaries) are timed too.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]

from bot.matcher import Matcher  # noqa: E402 - after the path set-up
from bot.watchlist import load_watchlist  # noqa: E402
from watchers.items import Item  # noqa: E402
from watchers.parse import parse_feed  # noqa: E402

SYNTHETIC_ALIASES = 2000
_SYLLABLES = ("ka", "lo", "ven", "tri", "mar", "sol", "dex", "ri", "on", "quel", "bra", "zin", "tor", "ema",
              "vo", "ly", "sen", "gar", "phi", "nu", "cor", "dal", "mi", "rho", "tes", "ux", "jan", "pe")
_HAN = ("安白北晨春达东方飞丰光海航和弘华辉佳嘉金锦景俊凯康兰蓝乐磊力立林灵龙路茂明鸣宁鹏平"
        "启强晴瑞睿森山尚盛石思松泰天通伟文翔欣新星兴旭轩雅阳一逸英永宇远云泽哲振正志智中舟")
_DEVA_C = "कखगघचजटडतदनपबमयरलवशसह"
_DEVA_V = ("", "ा", "ि", "ी", "ु", "ू", "े", "ो")


def feed_items(count: int, seed: int) -> list[Item]:
    """`count` items as newsbot's parser returns them, from documents of the benchmark's network."""
    from newsnet import Network  # the generator of the benchmark's feeds

    net = Network(max(1, count // 50), seed)
    items: list[Item] = []
    for feed in net.feeds.values():
        items.extend(parse_feed(net.body(feed), f"http://127.0.0.1{feed.path}").items)
    return items[:count]


def labelled_cases() -> list[tuple[str, str, str | None]]:
    out = []
    for name in ("match_cases.jsonl", "match_holdout.jsonl"):
        path = ROOT / "tests" / "data" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    case = json.loads(line)
                    out.append((case.get("title") or "", case.get("summary") or "", case.get("lang")))
    return out


def synthetic_watchlist(folder: Path, aliases: int = SYNTHETIC_ALIASES, seed: int = 7) -> tuple[Path, list[str]]:
    """An entities TOML (schema of seeds/entities.toml) with `aliases` aliases in Latin, Han and
    Devanagari script, and topics over them. Returns the file and a few aliases to plant in items."""
    rng = random.Random(seed)
    used: set[str] = set()

    def unique(make: Any) -> str:
        while True:
            text = make()
            if text.casefold() not in used:
                used.add(text.casefold())
                return text

    def latin() -> str:
        return " ".join("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                        for _ in range(rng.randint(1, 2)))

    def han() -> str:
        return "".join(rng.choice(_HAN) for _ in range(rng.randint(3, 4)))

    def deva() -> str:
        return "".join(rng.choice(_DEVA_C) + rng.choice(_DEVA_V) for _ in range(rng.randint(3, 4)))

    lines = ["# synthetic watchlist written by bench/matchbench.py", "version = 1", "",
             "[[entities]]", 'id = "ctx_ai"', 'name = "AI"', 'kind = "context"',
             ('aliases = [{ text = "AI", case_sensitive = true }, "artificial intelligence", "人工智能", "एआई", '
              '"large model"]'), ""]
    count, n, planted = 5, 0, []
    while count < aliases:
        n += 1
        names = [unique(latin) for _ in range(3)] + [unique(han), unique(deva)]
        names = names[: aliases - count]
        count += len(names)
        planted.append(names[0])
        quoted = ", ".join(json.dumps(a, ensure_ascii=False) for a in names)
        lines += ["[[entities]]", f'id = "e{n:04d}"', f'name = "{names[0]}"',
                  f'kind = "{rng.choice(("company", "person", "product"))}"', f"aliases = [{quoted}]", ""]
    ids = [f"e{i:04d}" for i in range(1, n + 1)]
    for t in range(0, len(ids), 10):
        group = ids[t:t + 10]
        lines += ["[[topics]]", f'id = "t{t // 10:03d}"', f'name = "Topic {t // 10}"', "",
                  "[[topics.rules]]", f"any_of = {json.dumps(group)}", ""]
        if t % 40 == 0:
            lines += ["[[topics.rules]]", f'all_of = ["{group[0]}"]', 'any_of = ["ctx_ai"]', ""]
    path = folder / "entities_2000.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path, planted


def rate(matcher: Matcher, items: list[tuple[str, str, str | None]], min_seconds: float = 1.5) -> float:
    """Items per CPU-second of `matcher.match`, best of three runs of at least `min_seconds` each."""
    best = 0.0
    for _ in range(3):
        done, started = 0, time.process_time()  # CPU time: what a slice of a shared machine does not distort
        while time.process_time() - started < min_seconds:
            for title, summary, lang in items:
                matcher.match(title, summary, lang)
            done += len(items)
        best = max(best, done / (time.process_time() - started))
    return best


def run(seed: int = 1234, quick: bool = False) -> dict[str, Any]:
    items = feed_items(2000, seed)
    feed = [(it.title, it.summary, it.lang) for it in items]
    seeded = Matcher(load_watchlist(None))
    out: dict[str, Any] = {
        "items": len(feed), "mean_chars": sum(len(t) + len(s) for t, s, _ in feed) / len(feed),
        "matching_share": sum(1 for t, s, lang in feed if seeded.match(t, s, lang).topics) / len(feed),
        "seeded_feed": rate(seeded, feed, 1.0),
    }
    cases = labelled_cases()
    if cases:
        out["seeded_cases"] = rate(seeded, cases, 1.0)
        out["cases"] = len(cases)
    with tempfile.TemporaryDirectory(prefix="newsbot-match-") as tmp:
        path, planted = synthetic_watchlist(Path(tmp))
        started = time.perf_counter()
        watchlist = load_watchlist(path)
        big = Matcher(watchlist)
        out["synthetic_build_s"] = time.perf_counter() - started
        out["synthetic_aliases"] = sum(len(e.aliases) for e in watchlist.entities)
        rng = random.Random(seed)
        planted_feed = [(f"{t} {rng.choice(planted)}" if rng.random() < 0.05 else t, s, lang) for t, s, lang in feed]
        out["synthetic_matching_share"] = (sum(1 for t, s, lang in planted_feed if big.match(t, s, lang).topics)
                                           / len(feed))
        out["synthetic_feed"] = rate(big, planted_feed, 1.0)
    return out


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
