"""Pairwise precision and recall of story clustering on the labelled pairs.

    python tests/cluster_quality.py [--threshold 0.5] [--curve] [--show] [--holdout]

Tune on tests/data/cluster_pairs.jsonl only; tests/data/cluster_holdout.jsonl (30% of the pairs
added with the event-signature similarity, never looked at while tuning) checks for overfitting.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.similarity import Rarity, item_signature, item_similarity
from bot.stories import DEFAULT_THRESHOLD

PAIRS = Path(__file__).resolve().parent / "data" / "cluster_pairs.jsonl"
HOLDOUT = Path(__file__).resolve().parent / "data" / "cluster_holdout.jsonl"
CURVE = (0.3, 0.35, 0.38, 0.4, 0.45, 0.5, 0.6, 0.7)


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def load(path: Path = PAIRS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def window() -> Rarity:
    """Word frequencies as the index would hold them: every headline of both files stands in for
    the stories of a 72 h window (text only, no labels)."""
    rarity = Rarity()
    for pair in load(PAIRS) + load(HOLDOUT):
        for side in (pair["a"], pair["b"]):
            rarity.add(item_signature(side["title"]).title.tokens)
    return rarity


def pair_score(pair: dict, rarity: Rarity | None = None) -> float:
    """Similarity of the two items, headline plus summary where the pair has one."""
    a, b = pair["a"], pair["b"]
    return item_similarity(item_signature(a["title"], a.get("summary", "")),
                           item_signature(b["title"], b.get("summary", "")), rarity)


def score(pairs: list[dict], threshold: float, scores: list[float] | None = None) -> tuple[Score, list[dict]]:
    tp = fp = fn = tn = 0
    wrong = []
    if scores is None:
        rarity = window()
        scores = [pair_score(p, rarity) for p in pairs]
    for pair, value in zip(pairs, scores, strict=True):
        got = value >= threshold
        if got and pair["same"]:
            tp += 1
        elif got:
            fp += 1
            wrong.append(pair)
        elif pair["same"]:
            fn += 1
            wrong.append(pair)
        else:
            tn += 1
    return Score(tp, fp, fn, tn), wrong


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--curve", action="store_true", help="precision/recall over several thresholds")
    parser.add_argument("--holdout", action="store_true", help="score the held-out pairs instead")
    parser.add_argument("--show", action="store_true", help="list the misclassified pairs")
    args = parser.parse_args()
    pairs = [p for p in load(HOLDOUT if args.holdout else PAIRS) if not p.get("xlang")]
    clear = [p for p in pairs if not p.get("ambiguous")]
    thresholds = CURVE if args.curve else [args.threshold or DEFAULT_THRESHOLD]
    rarity = window()
    values = {id(p): pair_score(p, rarity) for p in pairs}
    print(f"{len(pairs)} same-language pairs ({len(clear)} without the ambiguous ones)")
    print("threshold  set            TP   FP   FN   TN  precision  recall")
    for t in thresholds:
        for name, subset in (("all", pairs), ("unambiguous", clear)):
            s, _wrong = score(subset, t, [values[id(p)] for p in subset])
            print(f"{t:9.2f}  {name:12} {s.tp:4} {s.fp:4} {s.fn:4} {s.tn:4}  {s.precision:9.3f}  {s.recall:6.3f}")
        if args.show:
            for p in score(pairs, t, [values[id(p)] for p in pairs])[1]:
                print(f"  {p['id']} same={p['same']} {values[id(p)]:.2f}: {p['a']['title']!r} | {p['b']['title']!r}")


if __name__ == "__main__":
    main()
