# usage: python3 add.py < spec ; spec lines: REF ; N ; topics ; hn ; kind ; note [; lang]
# REF = pool:idx   N = sentences kept (0 = empty summary, 'all' = full)
import sys, json, re; sys.path.insert(0,'/work/data-12/tools')
from pools import *
ST='/work/data-12/staging.jsonl'
have=set()
try:
    for l in open(ST): have.add(json.loads(l)['title'])
except FileNotFoundError: pass
main=set(json.load(open('/work/data-12/raw/main_titles.json')))
TRAD=set('們這個來時說對會過還後經發與開關點學體當從應實問題車軍歡臺灣國語電東動產長義門間見親聽讀寫買賣錢萬幾號億網絡際機樣裡為響愛資誌變戰勝歷夠團隊')
def detect(t):
    if re.search('[\u0900-\u097f]',t): return 'hi'
    if re.search('[\u3040-\u30ff]',t): return 'ja'
    if re.search('[\uac00-\ud7af]',t): return 'ko'
    if re.search('[\u0400-\u04ff]',t): return 'ru'
    if re.search('[\u4e00-\u9fff]',t): return 'zh-Hant' if sum(c in TRAD for c in t)>=2 else 'zh'
    return 'en'
out=open(ST,'a'); n=0
for line in sys.stdin:
    line=line.strip()
    if not line or line.startswith('#'): continue
    f=[x.strip() for x in line.split(' ## ')]
    ref,N,topics,hn,kind,note=f[:6]; lang=f[6] if len(f)>6 and f[6] else None
    name,idx=ref.split(':'); o=pool(name)[int(idx)]
    title=clean(o['title'])
    if N=='0': summ,c='',False
    elif N=='all': summ,c=clean(o.get('summary','')),False
    else: summ,c=cut(o.get('summary',''),int(N))
    if title in have: print('DUP',title); continue
    if title in main: print('IN MAIN',title); continue
    tp=sorted([t for t in topics.split(',') if t])
    for t in tp: assert t in ('deepseek','luo_fuli','xiaomi_ai'),t
    if c: note+=' (summary shortened: first sentence(s) kept)'
    if N=='0' and clean(o.get('summary','')): note+=' (headline only; feed summary dropped)'
    if not lang: lang=o.get('lang') if name in('pg','cp','ex') and o.get('lang') else detect(title+summ)
    rec={'ref':ref,'title':title,'summary':summ,'lang':lang,'topics':tp,'hard_negative':hn=='1','kind':kind,'source':source(name,o),'note':note}
    if o.get('url') and name in ('kr','hz','jy','he','hn'): rec['orig_url']=o['url']
    out.write(json.dumps(rec,ensure_ascii=False)+'\n'); have.add(title); n+=1
print('added',n)
