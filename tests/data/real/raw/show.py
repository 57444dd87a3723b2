import json,sys,re
main=set(json.load(open('/work/data-12/raw/main_titles.json')))
f=sys.argv[1]; pat=re.compile(sys.argv[2],re.I); neg=re.compile(sys.argv[3],re.I) if len(sys.argv)>3 and sys.argv[3] else None
lim=int(sys.argv[4]) if len(sys.argv)>4 else 100
rows=[json.loads(l) for l in open(f)] if f.endswith('l') else json.load(open(f))
k=0
for i,o in enumerate(rows):
    txt=o['title']+' '+(o.get('summary') or '')
    if pat.search(txt) and not (neg and neg.search(txt)):
        if o['title'].strip() in main: continue
        k+=1
        if k>lim: break
        print(f"[{i}] {o.get('date','')} T: {o['title']} || S: {(o.get('summary') or '')[:220]}")
