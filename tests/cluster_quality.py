"""Pairwise precision and recall of headline clustering on tests/data/cluster_pairs.jsonl.

    python tests/cluster_quality.py [--threshold 0.5]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.stories import similar  # noqa: E402

PAIRS = Path(__file__).resolve().parent / "data" / "cluster_pairs.jsonl"


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


def score(pairs: list[dict], threshold: float) -> tuple[Score, list[dict]]:
    tp = fp = fn = tn = 0
    wrong = []
    for pair in pairs:
        got = similar(pair["a"]["title"], pair["b"]["title"], threshold=threshold)
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
    parser.add_argument("--show", action="store_true", help="list the misclassified pairs")
    args = parser.parse_args()
    pairs = [p for p in load() if not p.get("xlang")]
    clear = [p for p in pairs if not p.get("ambiguous")]
    from bot.stories import StoryIndex
    thresholds = [args.threshold] if args.threshold else [StoryIndex().threshold]
    print(f"{len(pairs)} same-language pairs ({len(clear)} without the ambiguous ones)")
    print("threshold  set            TP   FP   FN   TN  precision  recall")
    for t in thresholds:
        for name, subset in (("all", pairs), ("unambiguous", clear)):
            s, wrong = score(subset, t)
            print(f"{t:9.2f}  {name:12} {s.tp:4} {s.fp:4} {s.fn:4} {s.tn:4}  {s.precision:9.3f}  {s.recall:6.3f}")
        if args.show:
            for p in score(pairs, t)[1]:
                print(f"  {p['id']} same={p['same']}: {p['a']['title']!r} | {p['b']['title']!r}")


if __name__ == "__main__":
    main()
