import json, sys, os, importlib
sys.path.insert(0, os.path.dirname(__file__))
import lib
BATCHES = ["batch01","batch02","batch03","batch04","batch05","batch06","batch07","batch08"]
for b in BATCHES:
    importlib.import_module(b)
events = []
for i, e in enumerate(lib.EVENTS, 1):
    o = {"id": f"ev-{i:03d}", "date": e["date"], "type": e["type"], "topics": e["topics"], "summary": e["summary"], "reports": e["reports"]}
    events.append(o)
import batch09_bp
byid = {e["id"]: e for e in events}
for k, reps in batch09_bp.ADD.items():
    byid[k]["reports"].extend(reps)

def stats(evs):
    n=len(evs)
    langs=[set(r['lang'] for r in e['reports']) for e in evs]
    multi=sum(len(l)>1 for l in langs); hi=sum('hi' in l for l in langs); zh=sum(bool(l & {'zh','zh-Hant'}) for l in langs)
    reps=sum(len(e['reports']) for e in evs)
    return dict(n=n, reports=reps, multi=round(multi/n,3), hi=round(hi/n,3), zh=round(zh/n,3))
def write():
    split = json.load(open(os.path.join(os.path.dirname(__file__), "..", "split.json")))
    hold = set(split["events_holdout"])
    base = os.path.join(os.path.dirname(__file__), "..")
    with open(os.path.join(base, "events.jsonl"), "w", encoding="utf-8") as f1, open(os.path.join(base, "events_holdout.jsonl"), "w", encoding="utf-8") as f2:
        for e in events:
            (f2 if e["id"] in hold else f1).write(json.dumps(e, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    import collections
    for e in events:
        c = collections.Counter(r["source"] for r in e["reports"])
        d = [s for s, n in c.items() if n > 1 and s not in ("微博热搜",)]
        if d: print("dup source", e["id"], d)
        assert 2 <= len(e["reports"]) <= 10, e["id"]
    print(stats(events))
    write()
