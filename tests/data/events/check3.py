#!/usr/bin/env python3
"""Validate the third held-out story-clustering set (events_holdout3.jsonl, lookalikes_holdout3.jsonl).

check.py's schema rules (imported from this file's folder, where the earlier sets live too) and the
held-out sets' own: ids are ev3-NNN / la3-NNN, *_event must point into events_holdout3.jsonl, 3-8 reports
per event with en, hi and zh/zh-Hant, and no report title may repeat a title of events.jsonl,
events_holdout.jsonl or events_holdout2.jsonl. `main(n)` applies them to held-out set n (check2.py,
check4.py). Stdlib only.

    python3 check3.py [DIR]     # DIR defaults to this file's folder
Exit status 0 when every check passes, 1 otherwise.
"""
import json
import os
import sys

MAIN = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, MAIN)
import check  # noqa: E402  the first set's schema, constants and helpers (not modified)
from check import check_events, check_pairs, err, load  # noqa: E402

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
check.HERE = HERE  # `load` reads this set from here


def old_titles(names=("events.jsonl", "events_holdout.jsonl", "events_holdout2.jsonl")):
    titles = set()
    for name in names:
        path = os.path.join(MAIN, name)
        if not os.path.exists(path):
            err(f"earlier set {path} not found")
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    titles.update(r.get("title") for r in json.loads(line).get("reports", []))
    return titles


def main(n=3, min_events=30, min_pairs=50):
    """Validate held-out set number `n` against the sets before it (check2.py and check4.py call this
    for their sets; the second was written to 40 events and 60 pairs at least)."""
    events = load(f"events_holdout{n}.jsonl")
    pairs = load(f"lookalikes_holdout{n}.jsonl")
    old = old_titles(("events.jsonl", "events_holdout.jsonl", *(f"events_holdout{k}.jsonl" for k in range(2, n))))

    ids = check_events(events, f"ev{n}")
    check_pairs(pairs, events, f"la{n}")
    if ids != [f"ev{n}-{i:03d}" for i in range(1, len(events) + 1)]:
        err(f"event ids are not consecutive ev{n}-001, ev{n}-002, ...")
    pids = [p.get("id") for p in pairs]
    if pids != [f"la{n}-{i:03d}" for i in range(1, len(pairs) + 1)]:
        err(f"pair ids are not consecutive la{n}-001, la{n}-002, ...")
    for e in events:
        reports = e.get("reports") or []
        if not 3 <= len(reports) <= 8:
            err(f"{e.get('id', '?')}: {len(reports)} reports (this set needs 3-8)")
        langs = {r.get("lang") for r in reports if isinstance(r, dict)}
        if "en" not in langs or "hi" not in langs or not langs & {"zh", "zh-Hant"}:
            err(f"{e.get('id', '?')}: needs an en, a hi and a zh/zh-Hant report, has {sorted(langs)}")
    check.check_held_out_against(events, pairs, old)

    n_ev, n_la = len(events), len(pairs)
    if n_ev < min_events:
        err(f"only {n_ev} events (need >= {min_events})")
    if n_la < min_pairs:
        err(f"only {n_la} look-alike pairs (need >= {min_pairs})")
    return check.held_out_report(events, pairs)


if __name__ == "__main__":
    sys.exit(main())
