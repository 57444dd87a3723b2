#!/usr/bin/env python3
"""Validate the second held-out story-clustering set (events_holdout2.jsonl, lookalikes_holdout2.jsonl).

Derived from tests/data/events/check.py with the same schema rules; ids are ev2-NNN / la2-NNN and
*_event references must point into events_holdout2.jsonl. Stdlib only.

    python3 check2.py [DIR]     # DIR defaults to this file's folder
Exit status 0 when every check passes, 1 otherwise.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check  # noqa: E402  the first set's schema, constants and helpers: one rule in one place
from check import check_events, check_pairs, err, load  # noqa: E402

HERE = sys.argv[1] if len(sys.argv) > 1 else check.HERE
check.HERE = HERE  # `load` reads from here


def main():
    events = load("events_holdout2.jsonl")
    pairs = load("lookalikes_holdout2.jsonl")
    # earlier sets: used only to make sure no report is copied from them
    old_titles = set()
    for name in ("events.jsonl", "events_holdout.jsonl"):
        if os.path.exists(os.path.join(HERE, name)):
            for e in load(name):
                old_titles.update(r.get("title") for r in e.get("reports", []))

    # ---- the schema, as check.py; then what is this set's own
    ids = check_events(events, "ev2")
    check_pairs(pairs, events, "la2")
    if ids != [f"ev2-{i:03d}" for i in range(1, len(events) + 1)]:
        err("event ids are not consecutive ev2-001, ev2-002, ...")
    check.check_held_out_against(events, pairs, old_titles)

    # ---- totals and shares
    n_ev, n_la = len(events), len(pairs)
    if n_ev < 40:
        err(f"only {n_ev} events (need >= 40)")
    if n_la < 60:
        err(f"only {n_la} look-alike pairs (need >= 60)")
    return check.held_out_report(events, pairs)


if __name__ == "__main__":
    sys.exit(main())
