# Structural check of the held-out gold files (run from this folder): python check_gold.py
import yaml, glob, os, re
from rdflib import Graph, RDFS, URIRef
G=Graph().parse('/work/main/ontology/dealgraph.ttl')
DG='https://w3id.org/dealgraph/ontology#'
A=URIRef(DG+'Agreement')
kinds={str(s)[len(DG):] for s in G.transitive_subjects(RDFS.subClassOf, A)} - {'Agreement'}
print(sorted(kinds))
labels=set(re.findall(r'rdfs:label "([^"]+)"@en', open('/work/main/ontology/reference/firms.ttl').read()))
roles={'investor','investee','issuer','holder','provider','customer','supplier','buyer','lender','borrower','arranger'}
ftypes={'ChipMaker','CloudProvider','ModelDeveloper','Financier','Bank','PrivateCreditFund','SovereignWealthFund','AssetManager','Publisher'}
zhmap={'Oracle':'甲骨文','Nvidia':'英伟达','Lisa Su':'苏姿丰'}
ok=True
def err(*a):
    global ok; ok=False; print('ERR',*a)
def chknum(v,where):
    if isinstance(v,bool) or not isinstance(v,(int,float)): err('not number',where,v)
    elif isinstance(v,float) and v==int(v) and abs(v)>=1000: err('float for integer',where,v)
arts=sorted(glob.glob('*.md')); arts.remove('README.md') if 'README.md' in arts else None
golds=sorted(glob.glob('gold/*.yaml'))
assert [os.path.basename(g)[:-5] for g in golds]==[a[:-3] for a in arts], (arts,golds)
for g in golds:
    d=yaml.safe_load(open(g)); stem=os.path.basename(g)[:-5]
    art=d['article']
    if art!=stem+'.md' or not os.path.exists(art): err(g,'article',art)
    txt=open(art).read()
    fm=yaml.safe_load(txt.split('---')[1])
    assert set(fm)=={'title','url','published','language','publisher'} and fm['language']==d['language'] and fm['url'].startswith('https://heldout.example.com/'), fm
    body=txt.split('---',2)[2]
    fic=fm['publisher']=='dealgraph fiction desk'
    if fic and 'fictional' not in body.strip().splitlines()[0] and '虚构' not in body.strip().splitlines()[0]: err(g,'fiction line')
    print(g, len(txt.encode()), 'bytes', fm['publisher'])
    firms={f['name'] for f in d['firms']}
    for f in d['firms']:
        n=f['name']
        for t in f['types']:
            if t not in ftypes: err(g,'type',t)
        if n not in labels and n not in body: err(g,'firm not in text/labels',n)
        if n in labels and n not in body and zhmap.get(n,'#') not in body: err(g,'ref firm not in text',n)
        if fic and n in labels: err('real firm in fiction',n)
    for p in d.get('people',[]):
        if p['firm'] not in firms: err(g,'person firm',p)
        if p['role'] not in {'CEO','CFO','Chair','President','Founder'}: err(g,'prole',p)
        if p['name'] not in body and zhmap.get(p['name'],'#') not in body: err(g,'person not in text',p)
    ags=d['agreements']
    for i,a in enumerate(ags+d.get('denied',[])):
        for k in a['kind']:
            if k not in kinds: err(g,'kind',k)
        for r,ns in a['parties'].items():
            if r not in roles: err(g,'role',r)
            for n in ns:
                if n not in firms: err(g,'party not in firms',n)
        for k in ('amountUSD','capacityGW','termYears','shareCount','stakePercent'):
            if k in a: chknum(a[k],(g,k))
        for c in a.get('collateral',[]):
            if not (isinstance(c,int) and 0<=c<len(ags) and c!=i): err(g,'collateral',c)
        if i<len(ags):
            if 'binding' not in a: err(g,'binding missing')
            if 'LetterOfIntent' in a['kind'] and a['binding'] is not False: err(g,'LOI binding')
        if a.get('status','announced') not in {'announced','definitive','denied','rumoured','terminated'}: err(g,'status')
    for m in d.get('moves',[]):
        if m['firm'] not in firms: err(g,'move firm',m)
        chknum(m['percentChange'],g)
        if m.get('bound') not in (None,'upTo','atLeast','approximately','moreThan'): err(g,'bound',m)
    for m in d.get('metrics',[]):
        if m['firm'] not in firms: err(g,'metric firm',m)
        chknum(m['value'],g)
        if m['metric'] not in 'revenue grossMargin grossProfit operatingIncome netIncome cashBurn annualizedRevenue tokensPerMonth users bookings'.split(): err(g,'metric',m)
    for c in d.get('cycles',[]):
        for n in c:
            if n not in firms: err(g,'cycle firm',n)
print('OK' if ok else 'FAIL')
