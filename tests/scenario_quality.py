"""Burst scenarios: one event from nine outlets in three languages and seven other stories that share its
names, all breaking at once. How many alerts each would send (eight when every item matches a topic),
scored blind.

    python tests/scenario_quality.py [--file scenarios_blind.jsonl] [--seeds N] [--show] [--no-merge]

Each scenario streams into a fresh index (the daemon's window is empty when a story breaks, so every
word counts as rare), its sixteen items a second apart in a random order, with the watchlist topics the
pipeline would give them; an item that matches no topic is left out, as the pipeline sends it nowhere.
Two stories that a later item is the same event as are merged, as the pipeline does while neither alert
has gone out (here: always, an upper bound; bench/scenariobench.py runs the real daemon).
Printed per scenario: the alerts against the stories that match a topic, the stories the event was split
into, the other stories' items folded into another story; then how many runs came out right.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

from bot.matcher import Matcher
from bot.stories import StoryIndex, watchlist_mentions
from bot.watchlist import load_watchlist

DATA = Path(__file__).resolve().parent / "data" / "events"
SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "entities.toml"


@dataclass(frozen=True)
class Outcome:
    alerts: int
    target: int  # one for the event, one for each other story (8 when every item matches a topic)
    event_stories: int  # stories the event's reports landed in (1 is right)
    folded: int  # other stories' items that joined a story holding another event's item

    @property
    def right(self) -> bool:
        return self.alerts == self.target and self.event_stories <= 1 and not self.folded


def run(scenario: dict, matcher: Matcher, seed: int, *,
        merge: bool = True) -> tuple[Outcome, list[tuple[int, str, str]]]:
    items = [("event", r) for r in scenario["reports"]] + [(f"d{i}", r) for i, r in enumerate(scenario["distinct"])]
    random.Random(seed).shuffle(items)
    index = StoryIndex(mentioned=watchlist_mentions(matcher))
    story: list[int] = []
    topics_of = [tuple(sorted(matcher.match(item["title"], item["summary"]).topics)) for _, item in items]
    kept = [(labelled, topics) for labelled, topics in zip(items, topics_of, strict=True)
            if topics]  # an item that matches no topic alerts nowhere
    items = [labelled for labelled, _ in kept]
    for n, ((_, item), topics) in enumerate(kept):
        now = 1_700_000_000.0 + n
        found = index.lookup(item["title"], now, summary=item["summary"], topics=topics)
        if found.story is None:
            index.add(n, item["title"], now, summary=item["summary"], topics=topics)
            story.append(n)
            continue
        index.add_member(found.story, item["title"], summary=item["summary"])
        story.append(found.story)
        for other in found.also if merge else ():  # merged while its alert waits (here: always)
            index.merge(found.story, other)
            story[:] = [found.story if sid == other else sid for sid in story]
    owners: dict[int, set[str]] = {}
    for (label, _), sid in zip(items, story, strict=True):
        owners.setdefault(sid, set()).add(label)
    event_stories = len({sid for (label, _), sid in zip(items, story, strict=True) if label == "event"})
    folded = sum(1 for (label, _), sid in zip(items, story, strict=True) if label != "event" and len(owners[sid]) > 1)
    shown = sorted((sid, label, item["title"]) for (label, item), sid in zip(items, story, strict=True))
    target = len({label for label, _ in items})
    return Outcome(len(owners), target, event_stories, folded), shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", default="scenarios_blind.jsonl")
    parser.add_argument("--seeds", type=int, default=5, help="orders each scenario is streamed in")
    parser.add_argument("--show", action="store_true", help="print the stories of every scenario not at eight")
    parser.add_argument("--no-merge", action="store_true",
                        help="never merge two stories that a later report is the same event as (as before stop 29)")
    args = parser.parse_args()
    scenarios = [json.loads(line) for line in (DATA / args.file).read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    matcher = Matcher(load_watchlist(SEEDS))
    total = right = 0
    alerts = targets = split = folded = 0
    for sc in scenarios:
        outcomes = []
        for seed in range(1, args.seeds + 1):
            outcome, shown = run(sc, matcher, seed, merge=not args.no_merge)
            outcomes.append(outcome)
            if args.show and not outcome.right and seed == 1:
                for sid, label, title in shown:
                    print(f"      [{sid:2}] {label:5} {title[:100]}")
        total += len(outcomes)
        right += sum(o.right for o in outcomes)
        alerts += sum(o.alerts for o in outcomes)
        targets += sum(o.target for o in outcomes)
        split += sum(o.event_stories for o in outcomes)
        folded += sum(o.folded for o in outcomes)
        print(f"{sc['id']}: alerts {' '.join(str(o.alerts) for o in outcomes)} of {outcomes[0].target}; the event in "
              f"{' '.join(str(o.event_stories) for o in outcomes)} stories; distinct folded "
              f"{' '.join(str(o.folded) for o in outcomes)}  ({sc['event']['summary'][:60]})")
    print(f"as many alerts as stories (the event as one, no other story folded): {right} of {total} runs; "
          f"mean alerts {alerts / total:.2f} for {targets / total:.2f} stories, the event in {split / total:.2f}, "
          f"distinct stories folded {folded / total:.2f} per run")


if __name__ == "__main__":
    main()
