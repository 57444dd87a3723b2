import json, re
RAW='/work/data-12/raw/'
def _load(fn):
    if fn.endswith('.json'): return json.load(open(RAW+fn))
    return [json.loads(l) for l in open(RAW+fn)]
_cache={}
def pool(name):
    if name not in _cache:
        fn={'wb':'weibo_all.jsonl','jy':'juya_all.jsonl','kr':'ai36kr.jsonl','hz':'horizon_u.json','hn':'hn_amutu.jsonl',
            'tl':'turing_tldr-ai.jsonl','tb':'turing_the-batch.jsonl','pg':'pages.jsonl','cp':'corpus_items.jsonl','ex':'extra.jsonl','he':'hifilms_en.jsonl'}[name]
        _cache[name]=_load(fn)
    return _cache[name]
def source(name,o):
    if name=='wb': return f"github:lxw15337674/weibo-trending-hot-history:{o['path']}"
    if name=='jy': return f"github:imjuya/juya-ai-daily:{o['path']}"
    if name=='kr': return f"github:irisfeng/ai36kr:{o['file'].split('@')[0]}"
    if name=='hz': return f"github:{o['repo']}:{o['path']}"
    if name=='hn': return f"github:amutu/hacker-news-summarizer:{o['path']}"
    if name in('tl','tb'): return f"github:alan-turing-institute/ai-rss-feeds:{o['path']}"
    if name=='he': return 'github:hifilms/news:en.js'
    return o['source']
def clean(s):
    s=s or ''
    s=re.sub(r'<[^>]+>',' ',s)
    s=s.replace('**','').replace('`','').replace('\\_','_').replace('\\(','(').replace('\\)',')')
    s=re.sub(r'\s+',' ',s).strip()
    return s
SPLIT=re.compile(r'(?<=[。！？!?])(?![”」』"])|(?<=[。！？!?][”」』"])|(?<=[.!?])\s+(?=[A-Z"“(\u0900-\u097f])|(?<=।)\s*')
def sentences(s):
    parts=[p for p in SPLIT.split(s) if p and p.strip()]
    return parts
def cut(s,n=2,maxlen=400):
    s=clean(s)
    sents=sentences(s)
    if len(sents)<=n and len(s)<=maxlen: return s,False
    out=''
    k=0
    for p in sents:
        if k>=n: break
        if k>=1 and len(out)+len(p)>maxlen: break
        out+=p; k+=1
    out=out.strip()
    return out, out!=s
