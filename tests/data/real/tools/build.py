# Build the final files from staging.jsonl:
#   - shuffle with a fixed seed, assign ids real-<lang>-NNNN
#   - keep exactly the schema {id,title,summary,lang,topics,hard_negative,source,note}
#   - stratified random 80/20 split (seed HOLDOUT_SEED) into match_real.jsonl / match_real_holdout.jsonl
#   - write tools/kinds.json (id -> hard-negative kind) for the README counts
import json, random, re, collections
SEED = 12            # order / id assignment
HOLDOUT_SEED = 12    # holdout sampling (stratified by language group x positive/negative)
D = '/work/data-12/'
L = [json.loads(l) for l in open(D + 'staging.jsonl')]
SH = '(summary shortened: first sentence(s) kept)'

def fix_note(x):
    n = x['note'].strip()
    short = SH in n
    if short and not n.endswith(SH):
        n = n.replace(SH, '; ')      # early notes had the marker where a ';' separator stood
    n = n.replace(SH, ' ').replace('  ', ' ')
    n = re.sub(r'\s+', ' ', n).strip()
    n = re.sub(r'\s+([.,;])', r'\1', n)
    n = re.sub(r';\s*;', ';', n).replace(';.', '.')
    if not x['topics'] and not x['hard_negative'] and 'topic' not in n.lower():
        n = n.rstrip('.') + '. Ordinary negative: no topic mentioned.'
    if x['topics'] and len(n) < 45:
        n = n.rstrip('.') + '. Label: ' + ', '.join(sorted(x['topics'])) + ' named in the headline/summary.'
    if x['hard_negative']:
        n = n.rstrip('.') + '. Hard-negative kind: ' + x['kind'] + '.'
    if short:
        n = n.rstrip('.') + '. ' + 'Summary shortened: first sentence(s) of the feed summary kept.'
    if x.get('orig_url') and x['orig_url'] not in x['source']:
        n = n.rstrip() + ' Original link: ' + x['orig_url']
    return n

rng = random.Random(SEED)
rng.shuffle(L)
code = {'en': 'en', 'zh': 'zh', 'zh-Hant': 'zht', 'hi': 'hi', 'ko': 'ko', 'ru': 'ru', 'ja': 'ja'}
cnt = collections.Counter()
out = []
kinds = {}
for x in L:
    c = code[x['lang']]
    cnt[c] += 1
    rid = f'real-{c}-{cnt[c]:04d}'
    rec = {'id': rid, 'title': x['title'], 'summary': x['summary'], 'lang': x['lang'],
           'topics': sorted(x['topics']), 'hard_negative': bool(x['hard_negative']),
           'source': x['source'], 'note': fix_note(x)}
    out.append(rec)
    kinds[rid] = x['kind']

# stratified holdout: positives/ordinary negatives by (language group, luo/pos/neg), hard negatives by kind
def stratum(r):
    g = {'zh-Hant': 'zh', 'ko': 'other', 'ru': 'other', 'ja': 'other'}.get(r['lang'], r['lang'])
    if r['hard_negative'] and not r['topics']:
        k = ('hard', kinds[r['id']], g)          # hard negatives: by kind x language group,
        return k if hard_sizes[k] >= 5 else ('hard', kinds[r['id']])   # small cells merged per kind
    t = 'luo' if 'luo_fuli' in r['topics'] else ('pos' if r['topics'] else 'neg')
    return (g, t)
def _g(r): return {'zh-Hant': 'zh', 'ko': 'other', 'ru': 'other', 'ja': 'other'}.get(r['lang'], r['lang'])
hard_sizes = collections.Counter(('hard', kinds[r['id']], _g(r)) for r in out if r['hard_negative'] and not r['topics'])
strata = collections.defaultdict(list)
for r in out:
    strata[stratum(r)].append(r['id'])
hr = random.Random(HOLDOUT_SEED)
hold = set()
for k in sorted(strata):
    ids = sorted(strata[k])
    hr.shuffle(ids)
    hold.update(ids[:round(0.2 * len(ids))])
train = [r for r in out if r['id'] not in hold]
test = [r for r in out if r['id'] in hold]
key = lambda r: (r['lang'], int(r['id'].rsplit('-', 1)[1]))
with open(D + 'match_real.jsonl', 'w') as f:
    for r in sorted(train, key=key): f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(D + 'match_real_holdout.jsonl', 'w') as f:
    for r in sorted(test, key=key): f.write(json.dumps(r, ensure_ascii=False) + '\n')
json.dump(kinds, open(D + 'tools/kinds.json', 'w'), ensure_ascii=False, indent=0)
print('train', len(train), 'holdout', len(test))
