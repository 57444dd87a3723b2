import subprocess, re, json, sys
repo=sys.argv[1]; name=sys.argv[2]; out=open(sys.argv[3],'a')
files=[l for l in subprocess.run(['git','-C',repo,'ls-tree','-r','--name-only','HEAD'],capture_output=True,text=True).stdout.split('\n') if '_posts/' in l and l.endswith('.md')]
n=0
for f in files:
    t=subprocess.run(['git','-C',repo,'show','HEAD:'+f],capture_output=True,text=True).stdout
    lang='zh' if '(ZH)' in t[:300] or 'lang: zh' in t[:300] else 'en'
    lines=t.split('\n')
    for i,l in enumerate(lines):
        m=re.match(r'^#{2,3} \[(.+?)\]\((\S+?)\)\s*⭐',l)
        if not m: continue
        j=i+1
        while j<len(lines) and not lines[j].strip(): j+=1
        summ=lines[j] if j<len(lines) else ''
        n+=1
        out.write(json.dumps({'title':m.group(1),'summary':summ,'url':m.group(2),'repo':name,'path':f,'lang':lang},ensure_ascii=False)+'\n')
print(name,len(files),n)
