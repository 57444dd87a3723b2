#!/usr/bin/env python3
"""Validate the third held-out story-clustering set (events_holdout3.jsonl, lookalikes_holdout3.jsonl).

Derived from check2.py with the same schema rules (it imports check.py from its own folder, where the
earlier sets live too); ids are ev3-NNN / la3-NNN, *_event must point into
events_holdout3.jsonl, and no report title may repeat a title of events.jsonl, events_holdout.jsonl or
events_holdout2.jsonl. Stdlib only.

    python3 check3.py [DIR]     # DIR defaults to this file's folder
Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import json
import os
import sys

MAIN = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, MAIN)
import check  # noqa: E402  the first set's schema, constants and helpers (not modified)
from check import EV_KEYS, check_events, check_pairs, err, errors, load, prov_class  # noqa: E402

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
check.HERE = HERE  # `load` reads this set from here


def old_titles():
    titles = set()
    for name in ("events.jsonl", "events_holdout.jsonl", "events_holdout2.jsonl"):
        path = os.path.join(MAIN, name)
        if not os.path.exists(path):
            err(f"earlier set {path} not found")
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    titles.update(r.get("title") for r in json.loads(line).get("reports", []))
    return titles


def main():
    events = load("events_holdout3.jsonl")
    pairs = load("lookalikes_holdout3.jsonl")
    old = old_titles()

    ids = check_events(events, "ev3")
    check_pairs(pairs, events, "la3")
    if ids != [f"ev3-{i:03d}" for i in range(1, len(events) + 1)]:
        err("event ids are not consecutive ev3-001, ev3-002, ...")
    pids = [p.get("id") for p in pairs]
    if pids != [f"la3-{i:03d}" for i in range(1, len(pairs) + 1)]:
        err("pair ids are not consecutive la3-001, la3-002, ...")
    for e in events:
        reports = e.get("reports") or []
        if not 3 <= len(reports) <= 8:
            err(f"{e.get('id', '?')}: {len(reports)} reports (this set needs 3-8)")
        langs = {r.get("lang") for r in reports if isinstance(r, dict)}
        if "en" not in langs or "hi" not in langs or not langs & {"zh", "zh-Hant"}:
            err(f"{e.get('id', '?')}: needs an en, a hi and a zh/zh-Hant report, has {sorted(langs)}")
        for i, r in enumerate(reports):
            if isinstance(r, dict) and r.get("title") in old:
                err(f"{e.get('id', '?')} report {i}: title also appears in an earlier events file")
        sources = [r.get("source") for r in reports if isinstance(r, dict)]
        if len(set(sources)) != len(sources):
            err(f"{e.get('id', '?')}: two reports from the same source")
    for p in pairs:
        w = p.get("id", "?")
        if not isinstance(p.get("a"), dict) or not isinstance(p.get("b"), dict):
            continue
        for side in ("a", "b"):
            if side + "_event" not in p and p[side].get("title") in old:
                err(f"{w}: inline side {side} is a report of the earlier events files")
        if p.get("kind") == "boilerplate" and (p["a"].get("source") != p["b"].get("source")
                                               or p["a"].get("summary") != p["b"].get("summary")):
            err(f"{w}: boilerplate pair without a shared source and summary")

    n_ev, n_la = len(events), len(pairs)
    if n_ev < 30:
        err(f"only {n_ev} events (need >= 30)")
    if n_la < 50:
        err(f"only {n_la} look-alike pairs (need >= 50)")
    langsets = [{r["lang"] for r in e["reports"]} for e in events if set(e) == EV_KEYS]
    multi = sum(len(s) > 1 for s in langsets) / n_ev
    has_hi = sum("hi" in s for s in langsets) / n_ev
    has_zh = sum(bool(s & {"zh", "zh-Hant"}) for s in langsets) / n_ev
    has_en = sum("en" in s for s in langsets) / n_ev

    reps = [r for e in events if set(e) == EV_KEYS for r in e["reports"]]
    by = collections.defaultdict(set)
    for e in events:
        for r in e["reports"]:
            if r["summary"]:
                by[(r["source"], r["summary"])].add(e["id"])
    bp_keys = {k for k, v in by.items() if len(v) >= 2}
    n_bp = sum(1 for r in reps if (r["source"], r["summary"]) in bp_keys)

    print(f"events: {n_ev}")
    print(f"reports: {len(reps)} (mean {len(reps)/n_ev:.2f} per event, min {min(len(e['reports']) for e in events)}, max {max(len(e['reports']) for e in events)})")
    print("reports per language:", dict(sorted(collections.Counter(r["lang"] for r in reps).items())))
    print(f"events with 2+ languages: {multi:.1%}; with English: {has_en:.1%}; with Hindi: {has_hi:.1%}; with Chinese (zh or zh-Hant): {has_zh:.1%}")
    print("languages per event:", dict(sorted(collections.Counter(len(s) for s in langsets).items())))
    print("events per type:", dict(collections.Counter(e["type"] for e in events).most_common()))
    print("events per topic:", dict(collections.Counter(t for e in events for t in e["topics"]).most_common()))
    print(f"reports whose summary is a stock boilerplate sentence shared across events: {n_bp} ({n_bp/len(reps):.1%}); sources: "
          + ", ".join(sorted({k[0] for k in bp_keys})))
    pc = collections.Counter(prov_class(r["provenance"]) for r in reps)
    print("report provenance:", {k: f"{v} ({v/len(reps):.1%})" for k, v in sorted(pc.items())})
    print(f"look-alike pairs: {n_la}")
    print("pairs per kind:", dict(collections.Counter(p["kind"] for p in pairs).most_common()))
    xl = collections.Counter("–".join(sorted({p["a"]["lang"], p["b"]["lang"]})) for p in pairs if p["a"]["lang"] != p["b"]["lang"])
    print(f"cross-language pairs: {sum(xl.values())} {dict(xl.most_common())}; pairs with both sides from events: {sum('a_event' in p and 'b_event' in p for p in pairs)}")
    side_prov = collections.Counter(prov_class(p[s]["provenance"]) for p in pairs for s in "ab")
    print("look-alike side provenance:", dict(sorted(side_prov.items())))

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for m in errors[:50]:
            print("  -", m)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
