#!/usr/bin/env python3
"""Validator for the real-news topic-matching test set (stdlib only).

Checks match_real.jsonl + match_real_holdout.jsonl in this directory:
  * schema: exactly the keys id,title,summary,lang,topics,hard_negative,source,note with the right types
  * id format real-<code>-NNNN, code consistent with lang; unique ids; unique titles (exact and
    whitespace/case/punctuation-normalised) across both files
  * topics: sorted, unique, subset of {deepseek, luo_fuli, xiaomi_ai}
  * source looks like a URL, github:owner/repo:path or corpus:<file>; note non-empty
  * no title copied from /work/main/tests/data/*.jsonl (read as data only; falls back to the
    snapshot raw/main_titles.json when that directory is absent)
  * totals: >= 600 items; en >= 35 %; zh (zh + zh-Hant) >= 25 %; hi >= 15 %;
    >= 150 hard negatives; positive share 35-45 % (target ~40 %); holdout 18-22 % of all items
  * every topic >= 40 positives -- luo_fuli is reported as a WARNING when short (not enough real
    published items could be found; see MATCH_REAL.md), the other topics are hard errors
Prints the counts. Exit code 0 when there are no errors.
"""
import glob, json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ['match_real.jsonl', 'match_real_holdout.jsonl']
KEYS = ['id', 'title', 'summary', 'lang', 'topics', 'hard_negative', 'source', 'note']
TOPICS = {'deepseek', 'luo_fuli', 'xiaomi_ai'}
CODE = {'en': 'en', 'zh': 'zh', 'zh-Hant': 'zht', 'hi': 'hi', 'ja': 'ja', 'ko': 'ko', 'ru': 'ru', 'de': 'de', 'fr': 'fr'}
errors, warnings = [], []


def err(m): errors.append(m)


def norm(t): return re.sub(r'[\W_]+', '', t.lower())


def main_titles():
    ts = set()
    files = glob.glob('/work/main/tests/data/*.jsonl')
    for fn in files:
        for line in open(fn, encoding='utf-8'):
            line = line.strip()
            if not line:
                continue
            try:
                o = json.loads(line)
            except ValueError:
                continue
            if isinstance(o, dict) and isinstance(o.get('title'), str):
                ts.add(o['title'].strip())
    if not files:
        snap = os.path.join(HERE, 'raw', 'main_titles.json')
        if os.path.exists(snap):
            ts = set(t.strip() for t in json.load(open(snap, encoding='utf-8')))
        else:
            warnings.append('no /work/main/tests/data and no snapshot: copy check skipped')
    return ts


recs = {}
for fn in FILES:
    path = os.path.join(HERE, fn)
    if not os.path.exists(path):
        err(f'missing {fn}')
        continue
    out = []
    for i, line in enumerate(open(path, encoding='utf-8'), 1):
        if not line.strip():
            err(f'{fn}:{i} blank line')
            continue
        try:
            o = json.loads(line)
        except ValueError as e:
            err(f'{fn}:{i} bad JSON: {e}')
            continue
        where = f'{fn}:{i}'
        if list(o.keys()) != KEYS:
            err(f'{where} keys {list(o.keys())} != {KEYS}')
        for k in ('id', 'title', 'summary', 'lang', 'source', 'note'):
            if not isinstance(o.get(k), str):
                err(f'{where} {k} is not a string')
        if not isinstance(o.get('topics'), list) or not all(isinstance(t, str) for t in o.get('topics', [])):
            err(f'{where} topics is not a list of strings')
            o['topics'] = []
        if not isinstance(o.get('hard_negative'), bool):
            err(f'{where} hard_negative is not a bool')
        lang = o.get('lang')
        if lang not in CODE:
            err(f'{where} unknown lang {lang!r}')
        m = re.fullmatch(r'real-([a-z]+)-(\d{4})', o.get('id', '') or '')
        if not m:
            err(f'{where} bad id {o.get("id")!r}')
        elif lang in CODE and m.group(1) != CODE[lang]:
            err(f'{where} id code {m.group(1)} does not match lang {lang}')
        t = o['topics']
        if t != sorted(t) or len(set(t)) != len(t) or not set(t) <= TOPICS:
            err(f'{where} topics {t} must be a sorted unique subset of {sorted(TOPICS)}')
        if not (o.get('title') or '').strip():
            err(f'{where} empty title')
        if o.get('title', '') != (o.get('title') or '').strip():
            err(f'{where} title has surrounding whitespace')
        if not re.match(r'^(https?://\S+|github:[^/\s:]+/[^\s:]+:\S.*|corpus:\S+)$', o.get('source', '') or ''):
            err(f'{where} bad source {o.get("source")!r}')
        if not (o.get('note') or '').strip():
            err(f'{where} empty note')
        out.append(o)
    recs[fn] = out

ALL = [o for fn in FILES for o in recs.get(fn, [])]
ids = collections.Counter(o.get('id') for o in ALL)
for k, v in ids.items():
    if v > 1:
        err(f'duplicate id {k}')
titles = collections.Counter(o.get('title') for o in ALL)
for k, v in titles.items():
    if v > 1:
        err(f'duplicate title {k!r}')
nt = collections.defaultdict(list)
for o in ALL:
    nt[norm(o.get('title', ''))].append(o.get('id'))
for k, v in nt.items():
    if len(v) > 1 and k:
        err(f'near-duplicate titles {v}')
mt = main_titles()
for o in ALL:
    if o.get('title', '').strip() in mt:
        err(f'{o["id"]} title copied from /work/main/tests/data: {o["title"]!r}')


def report(name, rs):
    n = len(rs)
    if not n:
        return
    lang = collections.Counter(o['lang'] for o in rs)
    top = collections.Counter(t for o in rs for t in o['topics'])
    pos = sum(1 for o in rs if o['topics'])
    hn = sum(1 for o in rs if o['hard_negative'])
    combos = collections.Counter('+'.join(o['topics']) or '(none)' for o in rs)
    print(f'== {name}: {n} items')
    print('  languages: ' + ', '.join(f'{k} {v} ({v / n:.1%})' for k, v in lang.most_common()))
    print('  topics:    ' + ', '.join(f'{k} {top[k]}' for k in sorted(TOPICS)))
    print('  topic sets: ' + ', '.join(f'{k} {v}' for k, v in combos.most_common()))
    print(f'  positives: {pos} ({pos / n:.1%})   negatives: {n - pos}   hard_negative: {hn} '
          f'(of which no topic: {sum(1 for o in rs if o["hard_negative"] and not o["topics"])})')


for fn in FILES:
    report(fn, recs.get(fn, []))
report('ALL', ALL)

n = len(ALL)
if n:
    lang = collections.Counter(o['lang'] for o in ALL)
    share = lambda *ls: sum(lang[l] for l in ls) / n
    if n < 600: err(f'total {n} < 600')
    if share('en') < 0.35: err(f'en share {share("en"):.1%} < 35%')
    if share('zh', 'zh-Hant') < 0.25: err(f'zh share {share("zh", "zh-Hant"):.1%} < 25%')
    if share('hi') < 0.15: err(f'hi share {share("hi"):.1%} < 15%')
    hn = sum(1 for o in ALL if o['hard_negative'])
    if hn < 150: err(f'hard negatives {hn} < 150')
    pos = sum(1 for o in ALL if o['topics']) / n
    if not 0.35 <= pos <= 0.45: err(f'positive share {pos:.1%} outside 35-45%')
    top = collections.Counter(t for o in ALL for t in o['topics'])
    for t in sorted(TOPICS):
        if top[t] < 40:
            if t == 'luo_fuli':
                warnings.append(f'luo_fuli has only {top[t]} positives (< 40): real published items are scarce, see MATCH_REAL.md')
            else:
                err(f'topic {t} has only {top[t]} positives (< 40)')
    ho = len(recs.get('match_real_holdout.jsonl', []))
    if not 0.18 <= ho / n <= 0.22: err(f'holdout share {ho / n:.1%} not ~20%')
    for fn in FILES:
        rs = recs.get(fn, [])
        hi = sum(1 for o in rs if o['lang'] == 'hi') / max(1, len(rs))
        print(f'  {fn}: hi share {hi:.1%}')

for w in warnings:
    print('WARNING:', w)
for e in errors[:50]:
    print('ERROR:', e)
if len(errors) > 50:
    print(f'... and {len(errors) - 50} more errors')
print('OK' if not errors else f'FAILED ({len(errors)} errors)')
sys.exit(1 if errors else 0)
