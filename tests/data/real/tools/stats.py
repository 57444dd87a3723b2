# prints counts for MATCH_REAL.md and resolves staging refs to final ids
import json, random, collections, sys
D='/work/data-12/'
L=[json.loads(l) for l in open(D+'staging.jsonl')]
random.Random(12).shuffle(L)
code={'en':'en','zh':'zh','zh-Hant':'zht','hi':'hi','ko':'ko','ru':'ru'}
cnt=collections.Counter(); m={}
for x in L:
    c=code[x['lang']]; cnt[c]+=1; m[x['ref']]=f'real-{c}-{cnt[c]:04d}'
json.dump(m,open(D+'tools/ref2id.json','w'),indent=0)
kinds=json.load(open(D+'tools/kinds.json'))
F={fn:[json.loads(l) for l in open(D+fn)] for fn in ['match_real.jsonl','match_real_holdout.jsonl']}
A=F['match_real.jsonl']+F['match_real_holdout.jsonl']
for name,rs in list(F.items())+[('ALL',A)]:
    n=len(rs)
    print('##',name,n)
    print(' lang',dict(collections.Counter(o['lang'] for o in rs)))
    print(' topics',dict(collections.Counter(t for o in rs for t in o['topics'])))
    print(' pos',sum(1 for o in rs if o['topics']),'hard',sum(o['hard_negative'] for o in rs),'hard no-topic',sum(1 for o in rs if o['hard_negative'] and not o['topics']))
    print(' kinds',dict(collections.Counter(kinds[o['id']] for o in rs if o['hard_negative']).most_common()))
print('lang x class',sorted(collections.Counter((o['lang'],'pos' if o['topics'] else ('hard' if o['hard_negative'] else 'neg')) for o in A).items()))
print('lang x topic',sorted(collections.Counter((o['lang'],t) for o in A for t in o['topics']).items()))
print('kind x lang',sorted(collections.Counter((kinds[o['id']],o['lang']) for o in A if o['hard_negative']).items()))
def grp(s):
    if s.startswith('github:'): return s.split(':')[1]
    if s.startswith('corpus:'): return s
    return 'web pages'
print('sources',collections.Counter(grp(o['source']) for o in A).most_common())
print('empty summary',sum(1 for o in A if not o['summary']),'shortened',sum(1 for o in A if 'Summary shortened' in o['note']))
for r in sys.argv[1:]: print(r, m.get(r))
