import subprocess, json, re, sys
fn=sys.argv[1]; out=open(sys.argv[2],'w')
commits=subprocess.run(['git','log','--format=%H','--',fn],capture_output=True,text=True).stdout.split()
seen=set(); n=0
for c in commits:
    txt=subprocess.run(['git','show',f'{c}:{fn}'],capture_output=True,text=True).stdout
    i=txt.find('['); j=txt.rfind(']')
    try: data=json.loads(txt[i:j+1])
    except Exception:
        continue
    for it in data:
        t=it.get('title','')
        if t in seen: continue
        seen.add(t); n+=1
        it['commit']=c
        out.write(json.dumps(it,ensure_ascii=False)+'\n')
print(fn,len(commits),n)
