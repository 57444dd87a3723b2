"""Clustering cost per new item with a full window: the story index as the daemon runs it.

    python bench/clusterbench.py [--stories 10000] [--items 900] [--fresh] [--young]

The window is filled with real headlines (the bundled feed corpus and the multilingual event set, each
repeated under another story id with a numbered tail so that every story is distinct), then every report
of the event set is looked up and added as the pipeline does (lookup, then add, or add_member and merge),
timed with the watchlist's entities from the real Matcher. Target: at most 1 ms per new item at 10,000
stories.

By default every report finds copies of its own headline in the window, so most lookups find a close
story among the first candidates. `--fresh` leaves the event set out of the window: each event's first
report starts a story and its later reports join it, as in a live stream; this costs more per item.

The window's stories are spread over its 72 hours, as a daemon's are, and the items arrive at its end: a
story younger than an hour (stories.MERGE_SPAN) is scored in full, since a report may merge it into another.
`--young` puts every story in the last hour instead (all scored in full: the worst case, a burst).
"""

from __future__ import annotations

import argparse
import gc
import glob
import json
import statistics
import sys
import time
from pathlib import Path

import feedparser

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.matcher import Matcher  # noqa: E402
from bot.stories import MERGE_SPAN, StoryIndex, watchlist_mentions  # noqa: E402
from bot.watchlist import load_watchlist  # noqa: E402

EVENTS = ROOT / "tests" / "data" / "events"


def event_reports() -> list[tuple[str, str]]:
    out = []
    for name in ("events.jsonl", "events_holdout.jsonl"):
        for line in (EVENTS / name).read_text(encoding="utf-8").splitlines():
            out.extend((r["title"], r["summary"]) for r in json.loads(line)["reports"])
    return out


def corpus_titles() -> list[str]:
    titles: dict[str, None] = {}
    for path in sorted(glob.glob(str(ROOT / "tests" / "data" / "corpus" / "*.xml"))):
        for entry in feedparser.parse(Path(path).read_bytes()).entries:
            if entry.get("title"):
                titles[str(entry["title"])] = None
    return list(titles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=10_000, help="stories in the window before timing")
    parser.add_argument("--items", type=int, default=900, help="new items timed")
    parser.add_argument("--fresh", action="store_true",
                        help="fill the window with the feed corpus only: the timed reports' events are new to it, "
                             "as in a live stream (by default each report's own headline is in the window already)")
    parser.add_argument("--young", action="store_true", help="every story of the window less than an hour old")
    args = parser.parse_args()
    matcher = Matcher(load_watchlist(ROOT / "seeds" / "entities.toml"))
    pool = corpus_titles() + ([] if args.fresh else [title for title, _ in event_reports()])
    index = StoryIndex(mentioned=watchlist_mentions(matcher))
    now = index.window_s
    started = time.perf_counter()
    for n in range(args.stories):
        title = pool[n % len(pool)]
        if n >= len(pool):
            title = f"{title} (update {n // len(pool)})"
        seen_at = now - MERGE_SPAN * (1 - n / args.stories) if args.young else now * n / args.stories
        index.add(n, title, seen_at, topics=("deepseek",))
    fill = time.perf_counter() - started
    gc.collect()  # as the daemon settles its heap once the index is loaded (service.py: _settle_heap)
    gc.freeze()
    items = (event_reports() * (args.items // 900 + 1))[: args.items]
    timings = []
    next_id = args.stories
    for title, summary in items:
        t0 = time.perf_counter()
        found = index.lookup(title, now, summary=summary, topics=("deepseek",))
        if found.story is None:
            index.add(next_id, title, now, summary=summary, topics=("deepseek",))
            next_id += 1
        else:
            index.add_member(found.story, title, summary=summary)
            for other in found.also:
                index.merge(found.story, other)
        timings.append(time.perf_counter() - t0)
    timings.sort()
    print(f"window: {args.stories} stories (filled in {fill:.1f} s, {fill / max(1, args.stories) * 1e6:.0f} µs each)")
    print(f"new items: {len(timings)}; per item mean {statistics.mean(timings) * 1e6:.0f} µs, "
          f"median {timings[len(timings) // 2] * 1e6:.0f} µs, p95 {timings[int(len(timings) * 0.95)] * 1e6:.0f} µs, "
          f"max {timings[-1] * 1e6:.0f} µs (target: mean at most 1000 µs)")


if __name__ == "__main__":
    main()
