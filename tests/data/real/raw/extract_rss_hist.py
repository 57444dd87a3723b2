import subprocess, json, sys, re, html
import xml.etree.ElementTree as ET
repo, fn, outp = sys.argv[1], sys.argv[2], sys.argv[3]
maxc = int(sys.argv[4]) if len(sys.argv)>4 else 100000
commits=subprocess.run(['git','-C',repo,'log','--format=%H','--',fn],capture_output=True,text=True).stdout.split()[:maxc]
seen=set(); out=open(outp,'a'); n=0
def txt(e):
    return (e.text or '') if e is not None else ''
for c in commits:
    b=subprocess.run(['git','-C',repo,'show',f'{c}:{fn}'],capture_output=True).stdout
    try: root=ET.fromstring(b)
    except Exception: continue
    items=root.findall('.//item') or root.findall('.//{http://www.w3.org/2005/Atom}entry')
    for it in items:
        t=it.find('title') if it.find('title') is not None else it.find('{http://www.w3.org/2005/Atom}title')
        d=it.find('description')
        if d is None: d=it.find('{http://www.w3.org/2005/Atom}summary')
        l=it.find('link')
        title=txt(t).strip()
        if not title or title in seen: continue
        seen.add(title); n+=1
        link = txt(l) if l is not None else ''
        if l is not None and not link: link=l.get('href','')
        out.write(json.dumps({'title':title,'summary':txt(d),'url':link.strip(),'repo':repo.split('/')[-2],'path':fn,'commit':c},ensure_ascii=False)+'\n')
print(fn,len(commits),n)
