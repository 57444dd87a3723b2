#!/usr/bin/env python3
"""Validate the second held-out story-clustering set (events_holdout2.jsonl, lookalikes_holdout2.jsonl).

Derived from tests/data/events/check.py with the same schema rules; ids are ev2-NNN / la2-NNN and
*_event references must point into events_holdout2.jsonl. Stdlib only.

    python3 check2.py [DIR]     # DIR defaults to this file's folder
Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import re
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check  # noqa: E402  the first set's schema, constants and helpers: one rule in one place
from check import (  # noqa: E402
    EV_KEYS, KINDS, LA_KEYS, LA_OPT, TOPICS, TYPES, check_report, err, errors, load, prov_class,
)

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

    # ---- events
    ids = [e.get("id") for e in events]
    if len(set(ids)) != len(ids):
        err("duplicate event ids: " + str([i for i, c in collections.Counter(ids).items() if c > 1]))
    for e in events:
        w = e.get("id", "?")
        if set(e) != EV_KEYS:
            err(f"{w}: keys {sorted(e)} != {sorted(EV_KEYS)}")
            continue
        if not re.fullmatch(r"ev2-\d{3}", e["id"]):
            err(f"{w}: bad id")
        if not re.fullmatch(r"20(24|25|26)-\d\d-\d\d", e["date"]):
            err(f"{w}: date {e['date']!r} not in 2024-2026")
        if e["type"] not in TYPES:
            err(f"{w}: type {e['type']!r}")
        if not e["topics"] or not set(e["topics"]) <= TOPICS:
            err(f"{w}: topics {e['topics']!r}")
        if not e["summary"].strip():
            err(f"{w}: empty summary")
        if not 2 <= len(e["reports"]) <= 10:
            err(f"{w}: {len(e['reports'])} reports (need 2-10)")
        for i, r in enumerate(e["reports"]):
            check_report(r, f"{w} report {i}")
            if isinstance(r, dict) and r.get("title") in old_titles:
                err(f"{w} report {i}: title also appears in events.jsonl/events_holdout.jsonl")
        titles = [r.get("title") for r in e["reports"]]
        if len(set(titles)) != len(titles):
            err(f"{w}: duplicate report titles inside one event")
        srcs = [r.get("source") for r in e["reports"]]
        if len(set(srcs)) != len(srcs):
            err(f"{w}: two reports from the same source")
    if [e.get("id") for e in events] != [f"ev2-{i:03d}" for i in range(1, len(events) + 1)]:
        err("event ids are not consecutive ev2-001, ev2-002, ...")

    # ---- look-alike pairs
    evids = set(ids)
    pids = [p.get("id") for p in pairs]
    if len(set(pids)) != len(pids):
        err("duplicate look-alike ids")
    for p in pairs:
        w = p.get("id", "?")
        ks = set(p)
        if not (LA_KEYS <= ks <= LA_KEYS | LA_OPT):
            err(f"{w}: keys {sorted(ks)}")
            continue
        if not re.fullmatch(r"la2-\d{3}", p["id"]):
            err(f"{w}: bad id")
        if p["same"] is not False:
            err(f"{w}: same must be false")
        if p["kind"] not in KINDS:
            err(f"{w}: kind {p['kind']!r}")
        if not p["note"].strip():
            err(f"{w}: empty note")
        check_report(p["a"], f"{w}.a")
        check_report(p["b"], f"{w}.b")
        for side in ("a", "b"):
            k = side + "_event"
            if k in p:
                if p[k] not in evids:
                    err(f"{w}: {k} {p[k]} not an event id of events_holdout2.jsonl")
                else:
                    ev = next(e for e in events if e["id"] == p[k])
                    if p[side] not in ev["reports"]:
                        err(f"{w}: side {side} is not verbatim a report of {p[k]}")
            elif p[side].get("title") in old_titles:
                err(f"{w}: inline side {side} is a report of the earlier events files")
        if p.get("a_event") and p.get("a_event") == p.get("b_event"):
            err(f"{w}: both sides from the same event")
        if p["a"]["title"] == p["b"]["title"]:
            err(f"{w}: identical titles")
        if p["kind"] == "boilerplate" and (p["a"]["source"] != p["b"]["source"] or p["a"]["summary"] != p["b"]["summary"]):
            err(f"{w}: boilerplate pair without a shared source and summary")

    # ---- totals and shares
    n_ev, n_la = len(events), len(pairs)
    if n_ev < 40:
        err(f"only {n_ev} events (need >= 40)")
    if n_la < 60:
        err(f"only {n_la} look-alike pairs (need >= 60)")
    langsets = [{r["lang"] for r in e["reports"]} for e in events if set(e) == EV_KEYS]
    multi = sum(len(s) > 1 for s in langsets) / n_ev
    has_hi = sum("hi" in s for s in langsets) / n_ev
    has_zh = sum(bool(s & {"zh", "zh-Hant"}) for s in langsets) / n_ev
    has_en = sum("en" in s for s in langsets) / n_ev
    if multi < 0.60: err(f"multi-language events {multi:.2f} < 0.60")
    if has_hi < 0.40: err(f"events with Hindi {has_hi:.2f} < 0.40")
    if has_zh < 0.60: err(f"events with Chinese {has_zh:.2f} < 0.60")

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
