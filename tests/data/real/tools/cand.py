import sys; sys.path.insert(0,'/work/data-12/tools')
from pools import *
name=sys.argv[1]; n=int(sys.argv[2]) if len(sys.argv)>2 and sys.argv[2].isdigit() else 2
idx=[int(x) for x in sys.argv[3:]]
P=pool(name)
for i in idx:
    o=P[i]; s,c=cut(o.get('summary',''),n)
    print(f"{name}:{i} | T: {clean(o['title'])} | S{'*' if c else ''}: {s}")
