"""What the held-out sets' builders share (build4.py, build5.py): the report and event helpers their
hand-written events files use, the look-alike pairs drawn from those events, and the writing of the two
jsonl files one folder up. Deterministic, stdlib only."""
import json
import os

SRC = os.path.dirname(os.path.abspath(__file__))
HERE = os.path.dirname(SRC)  # the data live one folder up
SYNTHETIC = "synthetic"


def R(title, summary, source, lang, prov=SYNTHETIC):
    """One report."""
    return {"title": title, "summary": summary, "source": source, "lang": lang, "provenance": prov}


def BPR(bp, title, lang):
    """A report whose summary is its outlet's stock sentence: `bp` is (outlet, sentence)."""
    return R(title, bp[1], bp[0], lang)


class HeldOut:
    """Held-out set number `n`: its events (from build{n}_events.py), ids ev{n}-NNN, and its pairs."""

    def __init__(self, n):
        self.n = n
        self.events = []
        names = {"S": SYNTHETIC, "R": R, "BPR": BPR, "E": self.events, "ev": self._event}
        path = os.path.join(SRC, f"build{n}_events.py")
        exec(open(path, encoding="utf-8").read(), names)
        self.source = names  # what the events file defines besides (its outlets' stock sentences, BP_*)
        for i, e in enumerate(self.events, 1):
            e["id"] = f"ev{n}-{i:03d}"
        self.by_number = dict(enumerate(self.events, 1))
        self.pairs = []

    def _event(self, date, typ, topics, summary, *reports):
        self.events.append({"date": date, "type": typ, "topics": topics, "summary": summary, "reports": list(reports)})

    def rep(self, n, source):
        """The report of event n from this source (sources are unique inside an event)."""
        hits = [r for r in self.by_number[n]["reports"] if r["source"] == source]
        if len(hits) != 1:
            raise SystemExit(f"event {n}: no single report from {source!r}")
        return hits[0]

    def pair(self, a, sa, b, sb, kind, note):
        """A look-alike pair of two reports of this set's events a and b."""
        self.pairs.append({"a": self.rep(a, sa), "b": self.rep(b, sb), "same": False, "kind": kind, "note": note,
                           "a_event": self.by_number[a]["id"], "b_event": self.by_number[b]["id"]})

    def pair_inline(self, a, sa, inline, kind, note):
        """A look-alike pair of a report of event a and an item written inline (a real one, not in the set)."""
        self.pairs.append({"a": self.rep(a, sa), "b": inline, "same": False, "kind": kind, "note": note,
                           "a_event": self.by_number[a]["id"]})

    def write(self):
        n = self.n
        pairs = [{"id": f"la{n}-{i:03d}", **{k: p[k] for k in ("a", "b", "same", "kind", "note", "a_event", "b_event")
                                             if k in p}} for i, p in enumerate(self.pairs, 1)]
        with open(os.path.join(HERE, f"events_holdout{n}.jsonl"), "w", encoding="utf-8") as f:
            for e in self.events:
                f.write(json.dumps({k: e[k] for k in ("id", "date", "type", "topics", "summary", "reports")},
                                   ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, f"lookalikes_holdout{n}.jsonl"), "w", encoding="utf-8") as f:
            for p in pairs:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        print(len(self.events), "events;", len(pairs), "pairs")
