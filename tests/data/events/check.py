#!/usr/bin/env python3
"""Validate the story-clustering test set in this directory and print its counts (stdlib only).

    python3 check.py            # validate and print counts
Exit status 0 when every check passes, 1 otherwise.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"en", "zh", "zh-Hant", "hi"}
TYPES = {"hire", "departure", "release", "open_source", "price_cut", "ban", "investigation", "funding", "benchmark",
         "talk", "interview", "award", "lawsuit", "earnings", "product_launch", "partnership", "outage",
         "security_incident", "market_move", "statement", "ranking", "other"}
TOPICS = {"deepseek", "xiaomi_ai", "luo_fuli", "xiaomi", "lei_jun"}
KINDS = {"same_names", "same_type_other_actor", "version", "place", "period", "boilerplate"}
EV_KEYS = {"id", "date", "type", "topics", "summary", "reports"}
REP_KEYS = {"title", "summary", "source", "lang", "provenance"}
LA_KEYS = {"id", "a", "b", "same", "kind", "note"}
LA_OPT = {"a_event", "b_event"}
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
HAN = re.compile(r"[\u4e00-\u9fff]")

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows


def prov_class(p):
    if p.startswith("http"):
        return "real (URL)"
    if p.startswith("corpus:"):
        return "real (corpus)"
    if p.startswith("cf."):
        return "modelled (cf.)"
    if p.startswith("synthetic"):
        return "synthetic"
    return "?"


def check_report(r, where):
    if not isinstance(r, dict) or set(r) != REP_KEYS:
        err(f"{where}: report keys {sorted(r) if isinstance(r, dict) else r!r} != {sorted(REP_KEYS)}")
        return
    for k in REP_KEYS:
        if not isinstance(r[k], str):
            err(f"{where}: {k} is not a string")
    if not r["title"].strip():
        err(f"{where}: empty title")
    if r["lang"] not in LANGS:
        err(f"{where}: lang {r['lang']!r} not in {sorted(LANGS)}")
    if r["lang"] == "hi" and not DEVANAGARI.search(r["title"]):
        err(f"{where}: Hindi title without Devanagari")
    if r["lang"] in ("zh", "zh-Hant") and not HAN.search(r["title"]):
        err(f"{where}: Chinese title without Han characters")
    if prov_class(r["provenance"]) == "?":
        err(f"{where}: provenance {r['provenance']!r} is not URL / corpus: / cf. / synthetic")


def check_events(events, prefix):
    """Schema checks of every event (ids `<prefix>-NNN`); returns the ids."""
    ids = [e.get("id") for e in events]
    if len(set(ids)) != len(ids):
        err("duplicate event ids: " + str([i for i, c in collections.Counter(ids).items() if c > 1]))
    for e in events:
        w = e.get("id", "?")
        if set(e) != EV_KEYS:
            err(f"{w}: keys {sorted(e)} != {sorted(EV_KEYS)}")
            continue
        if not re.fullmatch(rf"{prefix}-\d{{3}}", e["id"]):
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
        titles = [r.get("title") for r in e["reports"]]
        if len(set(titles)) != len(titles):
            err(f"{w}: duplicate report titles inside one event")
    return ids


def check_pairs(pairs, events, prefix):
    """Schema checks of every look-alike pair (ids `<prefix>-NNN`; a side named by `*_event` is verbatim
    one of that event's reports in `events`); returns the ids."""
    evids = {e.get("id") for e in events}
    pids = [p.get("id") for p in pairs]
    if len(set(pids)) != len(pids):
        err("duplicate look-alike ids")
    for p in pairs:
        w = p.get("id", "?")
        ks = set(p)
        if not (LA_KEYS <= ks <= LA_KEYS | LA_OPT):
            err(f"{w}: keys {sorted(ks)}")
            continue
        if not re.fullmatch(rf"{prefix}-\d{{3}}", p["id"]):
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
                    err(f"{w}: {k} {p[k]} not an event id")
                else:
                    ev = next(e for e in events if e["id"] == p[k])
                    if p[side] not in ev["reports"]:
                        err(f"{w}: side {side} is not verbatim a report of {p[k]}")
        if p.get("a_event") and p.get("a_event") == p.get("b_event"):
            err(f"{w}: both sides from the same event")
        if p["a"]["title"] == p["b"]["title"]:
            err(f"{w}: identical titles")
    return pids


def main():
    ev_t, ev_h = load("events.jsonl"), load("events_holdout.jsonl")
    la_t, la_h = load("lookalikes.jsonl"), load("lookalikes_holdout.jsonl")
    events = ev_t + ev_h
    pairs = la_t + la_h

    ids = check_events(events, "ev")
    evids = set(ids)
    pids = check_pairs(pairs, events, "la")

    # ---- totals and shares
    n_ev, n_la = len(events), len(pairs)
    if n_ev < 200:
        err(f"only {n_ev} events (need >= 200)")
    if n_la < 300:
        err(f"only {n_la} look-alike pairs (need >= 300)")
    for name, h, t in (("events", ev_h, events), ("lookalikes", la_h, pairs)):
        share = len(h) / len(t) if t else 0
        if not 0.20 <= share <= 0.30:
            err(f"{name} holdout share {share:.3f} outside 0.20-0.30")
    split_path = os.path.join(HERE, "split.json")
    if os.path.exists(split_path):
        split = json.load(open(split_path, encoding="utf-8"))
        want_e, want_l = set(split["events_holdout"]), set(split["lookalikes_holdout"])
        if {e["id"] for e in ev_h} != want_e & evids or any(e["id"] in want_e for e in ev_t):
            err("events holdout does not match split.json")
        if {p["id"] for p in la_h} != want_l & set(pids) or any(p["id"] in want_l for p in la_t):
            err("lookalikes holdout does not match split.json")

    langsets, multi, has_hi, has_zh, _ = language_shares(events)
    reps, bp_keys, n_bp = stock_summaries(events)

    print(f"events: {n_ev} ({len(ev_t)} tuning + {len(ev_h)} holdout = {len(ev_h)/n_ev:.1%} holdout)")
    print(f"reports: {len(reps)} (mean {len(reps)/n_ev:.2f} per event, min {min(len(e['reports']) for e in events)}, max {max(len(e['reports']) for e in events)})")
    print("reports per language:", dict(sorted(collections.Counter(r["lang"] for r in reps).items())))
    print(f"events with 2+ languages: {multi:.1%}; with Hindi: {has_hi:.1%}; with Chinese (zh or zh-Hant): {has_zh:.1%}")
    print("events per type:", dict(collections.Counter(e["type"] for e in events).most_common()))
    print("events per topic:", dict(collections.Counter(t for e in events for t in e["topics"]).most_common()))
    print(f"reports whose summary is a stock boilerplate sentence shared across events: {n_bp} ({n_bp/len(reps):.1%}); sources: "
          + ", ".join(sorted({k[0] for k in bp_keys})))
    pc = collections.Counter(prov_class(r["provenance"]) for r in reps)
    print("report provenance:", {k: f"{v} ({v/len(reps):.1%})" for k, v in sorted(pc.items())})
    print(f"look-alike pairs: {n_la} ({len(la_t)} tuning + {len(la_h)} holdout = {len(la_h)/n_la:.1%} holdout)")
    print("pairs per kind:", dict(collections.Counter(p["kind"] for p in pairs).most_common()))
    xl = sum(p["a"]["lang"] != p["b"]["lang"] for p in pairs)
    print(f"cross-language pairs: {xl}; pairs with both sides from events: {sum('a_event' in p and 'b_event' in p for p in pairs)}")
    side_prov = collections.Counter(prov_class(p[s]["provenance"]) for p in pairs for s in "ab")
    print("look-alike side provenance:", dict(sorted(side_prov.items())))
    hold_ev = {e["id"] for e in ev_h}
    leak_t = sum(1 for p in la_t if p.get("a_event") in hold_ev or p.get("b_event") in hold_ev)
    print(f"tuning look-alike pairs that quote a held-out event: {leak_t}")

    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for m in errors[:50]:
            print("  -", m)
        return 1
    print("\nOK: all checks passed")
    return 0


def check_held_out_against(events, pairs, old_titles):
    """What a later held-out set must not share with the earlier ones: no report title from them, no
    two reports of one event from one source, no inline look-alike side copied from them, and a
    boilerplate pair only with one source and one summary."""
    for e in events:
        reports = e.get("reports") or []
        for i, r in enumerate(reports):
            if isinstance(r, dict) and r.get("title") in old_titles:
                err(f"{e.get('id', '?')} report {i}: title also appears in an earlier events file")
        sources = [r.get("source") for r in reports if isinstance(r, dict)]
        if len(set(sources)) != len(sources):
            err(f"{e.get('id', '?')}: two reports from the same source")
    for p in pairs:
        w = p.get("id", "?")
        if not isinstance(p.get("a"), dict) or not isinstance(p.get("b"), dict):
            continue  # check_pairs said so
        for side in ("a", "b"):
            if side + "_event" not in p and p[side].get("title") in old_titles:
                err(f"{w}: inline side {side} is a report of the earlier events files")
        if p.get("kind") == "boilerplate" and (p["a"].get("source") != p["b"].get("source")
                                               or p["a"].get("summary") != p["b"].get("summary")):
            err(f"{w}: boilerplate pair without a shared source and summary")


def language_shares(events):
    """Each event's languages, and the shares of events in several, in Hindi, in Chinese and in English;
    too few multi-language, Hindi or Chinese events is an error."""
    n_ev = len(events)
    langsets = [{r["lang"] for r in e["reports"]} for e in events if set(e) == EV_KEYS]
    multi = sum(len(s) > 1 for s in langsets) / n_ev
    has_hi = sum("hi" in s for s in langsets) / n_ev
    has_zh = sum(bool(s & {"zh", "zh-Hant"}) for s in langsets) / n_ev
    has_en = sum("en" in s for s in langsets) / n_ev
    if multi < 0.60: err(f"multi-language events {multi:.2f} < 0.60")
    if has_hi < 0.40: err(f"events with Hindi {has_hi:.2f} < 0.40")
    if has_zh < 0.60: err(f"events with Chinese {has_zh:.2f} < 0.60")
    return langsets, multi, has_hi, has_zh, has_en


def stock_summaries(events):
    """The reports, the (source, summary) keys of boilerplate (a summary shared verbatim by reports of two or
    more events from one source), and how many reports carry one."""
    reps = [r for e in events if set(e) == EV_KEYS for r in e["reports"]]
    by = collections.defaultdict(set)
    for e in events:
        for r in e["reports"]:
            if r["summary"]:
                by[(r["source"], r["summary"])].add(e["id"])
    bp_keys = {k for k, v in by.items() if len(v) >= 2}
    return reps, bp_keys, sum(1 for r in reps if (r["source"], r["summary"]) in bp_keys)


def held_out_report(events, pairs):
    """The language shares, counts and provenance of a held-out set (check2.py, check3.py), then the
    verdict: exit status 0 when every check passed, 1 otherwise."""
    n_ev, n_la = len(events), len(pairs)
    langsets, multi, has_hi, has_zh, has_en = language_shares(events)
    reps, bp_keys, n_bp = stock_summaries(events)

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
