# append manual page records: reads JSON lines from stdin {title,summary,source,lang}
import json,sys
out=open('/work/data-12/raw/pages.jsonl','a')
n=0
for l in sys.stdin:
    l=l.strip()
    if not l: continue
    o=json.loads(l); assert o['title'] and o['source'] and o['lang']
    out.write(json.dumps(o,ensure_ascii=False)+'\n'); n+=1
print('pages +',n, 'total', sum(1 for _ in open('/work/data-12/raw/pages.jsonl')))
