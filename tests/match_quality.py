"""Precision and recall of the matcher on the labelled cases, per topic.

    python tests/match_quality.py [cases.jsonl] [--entities FILE]

Prints TP/FP/FN, precision and recall per topic, lists every misclassified case, and times the matcher
(items/s) on the cases. tests/test_match_quality.py reuses these functions and asserts the thresholds.
Case format, one JSON object per line: {"id", "title", "summary", "lang", "topics": [sorted topic ids],
"hard_negative": bool, "note"}.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.matcher import Matcher  # noqa: E402
from bot.watchlist import load_watchlist  # noqa: E402

DEFAULT_CASES = ROOT / "tests" / "data" / "match_cases.jsonl"
DEFAULT_FEEDS = ROOT / "tests" / "data" / "corpus"


@dataclass
class TopicScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Miss:
    case: dict
    predicted: list[str]
    terms: list[str]


@dataclass
class Report:
    scores: dict[str, TopicScore] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    cases: int = 0


def load_cases(path: Path = DEFAULT_CASES) -> list[dict]:
    cases = []
    with open(path, encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if line.strip():
                try:
                    cases.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{lineno}: invalid JSON: {exc}") from exc
    return cases


def evaluate(matcher: Matcher, cases: list[dict], topics: tuple[str, ...] | None = None) -> Report:
    """Score every topic of the watchlist (or `topics`) over `cases`."""
    topics = topics or matcher.watchlist.topic_ids
    report = Report(scores={t: TopicScore() for t in topics}, cases=len(cases))
    for case in cases:
        match = matcher.match(case.get("title") or "", case.get("summary") or "", case.get("lang"))
        predicted = set(match.topics)
        expected = set(case.get("topics") or ())
        for topic in topics:
            score = report.scores[topic]
            if topic in predicted and topic in expected:
                score.tp += 1
            elif topic in predicted:
                score.fp += 1
            elif topic in expected:
                score.fn += 1
        if predicted & set(topics) != expected & set(topics):
            report.misses.append(Miss(case, sorted(predicted), list(match.terms)))
    return report


def format_report(report: Report) -> str:
    lines = [f"{report.cases} cases", f"{'topic':<12} {'TP':>5} {'FP':>5} {'FN':>5} {'precision':>10} {'recall':>8}"]
    for topic, s in report.scores.items():
        lines.append(f"{topic:<12} {s.tp:>5} {s.fp:>5} {s.fn:>5} {s.precision:>10.3f} {s.recall:>8.3f}")
    if report.misses:
        lines.append(f"\n{len(report.misses)} misclassified:")
        for miss in report.misses:
            case = miss.case
            lines.append(f"  {case.get('id')}: expected {case.get('topics')} got {miss.predicted} "
                         f"terms={miss.terms}")
            lines.append(f"      title={case.get('title')!r}")
            if case.get("summary"):
                lines.append(f"      summary={case['summary'][:160]!r}")
            if case.get("note"):
                lines.append(f"      note={case['note']!r}")
    return "\n".join(lines)


def padded(cases: list[dict], size: int = 300) -> list[tuple[str, str, str | None]]:
    """The cases as feed items with a ~`size`-character summary (the summary repeated)."""
    items = []
    for case in cases:
        summary = case.get("summary") or case.get("title") or ""
        while summary and len(summary) < size:
            summary = f"{summary} {summary}"
        items.append((case.get("title") or "", summary[:size], case.get("lang")))
    return items


def feed_items(folder: Path, size: int = 300) -> list[tuple[str, str, str | None]]:
    """Title and plain-text summary (at most `size` characters) of every entry of the feeds in `folder`:
    ordinary news traffic, where most items mention nothing on the watchlist."""
    import feedparser  # only for this benchmark

    items = []
    for path in sorted(folder.iterdir()):
        if path.suffix in (".md", ".tsv", ".txt"):
            continue
        parsed = feedparser.parse(path.read_bytes())
        lang = parsed.feed.get("language")
        for entry in parsed.entries:
            summary = html.unescape(re.sub(r"<[^>]+>", " ", entry.get("summary", "") or ""))
            items.append((entry.get("title", "") or "", " ".join(summary.split())[:size], lang))
    return items


def throughput(matcher: Matcher, items: list[tuple[str, str, str | None]], rounds: int = 5) -> float:
    """Items per second of CPU time over `items` (title, summary, lang): the best of a few rounds, so that
    other processes on the machine disturb the figure less."""
    best = 0.0
    for _ in range(rounds):
        start = time.process_time()
        for title, summary, lang in items:
            matcher.match(title, summary, lang)
        elapsed = time.process_time() - start
        best = max(best, len(items) / elapsed) if elapsed > 0 else best
    return best


def loop_ms() -> float:
    """CPU milliseconds for a million-step Python loop: how fast this machine is right now (shared and
    virtual machines vary a lot); the items/s figures scale inversely with it."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        total = 0
        for i in range(1_000_000):
            total += i
        best = min(best, time.process_time() - start)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--entities", type=Path, default=None, help="watchlist file (default: bundled)")
    parser.add_argument("--feeds", type=Path, default=DEFAULT_FEEDS, help="feed folder for the timing")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args(argv)
    matcher = Matcher(load_watchlist(args.entities))
    cases = load_cases(args.cases)
    report = evaluate(matcher, cases)
    print(format_report(report))
    if not args.no_timing:
        as_is = [(c.get("title") or "", c.get("summary") or "", c.get("lang")) for c in cases]
        quiet = padded([c for c in cases if not c.get("topics")])
        print(f"\nthroughput (one core; a 1M-step Python loop takes {loop_ms():.0f} ms here):")
        print(f"  {throughput(matcher, as_is):>9,.0f} items/s  the cases as they are (short, most mention something)")
        print(f"  {throughput(matcher, padded(cases)):>9,.0f} items/s  title + ~300-char summary, all cases")
        print(f"  {throughput(matcher, quiet):>9,.0f} items/s  title + ~300-char summary, cases with no topic")
        if args.feeds and args.feeds.is_dir():
            feeds = feed_items(args.feeds)
            firing = sum(1 for item in feeds if matcher.match(*item).topics)
            print(f"  {throughput(matcher, feeds):>9,.0f} items/s  {len(feeds)} entries of the feeds in "
                  f"{args.feeds.name}/ ({firing} fire a topic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
