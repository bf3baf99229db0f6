#!/usr/bin/env python3
# Part of the blind quote-set workflow (see scripts/blind-quotes/README.md). Paths assume
# the layout of the development machine: this checkout beside ../shared, sets in
# ../quotes-rN.
"""Draw blind quote sets: python3 draw.py N [N2 ...] -> ../quotes-rN (beside this checkout) with 8 articles each:
one ANT v2.1 article per source (random category) and three JawharaFM (ANT v1.1) articles
from three different categories; body >= 500 chars and a word of saying; never an article
already in tests/data/quotes or an earlier ../quotes-r* set. Seed = 20261195 + N."""
import os, random, re, shutil, sys, glob
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SH = os.path.join(os.path.dirname(ROOT), 'shared', 'data')
FIX = os.path.join(ROOT, 'tests', 'data', 'quotes')
used = {f[:-4] for f in os.listdir(FIX) if f.endswith('.txt')}
for d in glob.glob(os.path.join(os.path.dirname(ROOT), 'quotes-r*')):
    used |= {f[:-4] for f in os.listdir(d) if f.endswith('.txt') and not f.endswith('sight.txt')}
SAY = re.compile(r'(قال|أكد|اكد|أضاف|اضاف|أوضح|اوضح|أشار|اشار|صرح|أعلن|اعلن|نفى|شدد|ذكر|وفق|بحسب|حسب|تابع|اعتبر|يقول|تقول|قالت)')
def body(p):
    t = open(p, encoding='utf-8', errors='replace').read()
    m = re.search(r'<TEXT>(.*?)(</TEXT>|$)', t, re.S)
    return m.group(1) if m else t
def ok(p):
    b = body(p)
    return len(b) >= 500 and SAY.search(b) is not None
def pick(rng, files):
    files = [f for f in sorted(files) if os.path.basename(f)[:-4] not in used]
    rng.shuffle(files)
    for f in files:
        if ok(f):
            return f
    return None
for n in map(int, sys.argv[1:]):
    rng = random.Random(20261195 + n)
    out = os.path.join(os.path.dirname(ROOT), f'quotes-r{n}')
    os.makedirs(out, exist_ok=True)
    chosen = []
    for src in sorted(os.listdir(f'{SH}/ant-v2.1')):
        d = f'{SH}/ant-v2.1/{src}'
        if not os.path.isdir(d):
            continue
        cats = sorted(c for c in os.listdir(d) if os.path.isdir(f'{d}/{c}'))
        rng.shuffle(cats)
        for c in cats:
            f = pick(rng, glob.glob(f'{d}/{c}/*.txt'))
            if f:
                chosen.append(f); break
    cats = sorted(c for c in os.listdir(f'{SH}/ant-v1.1') if os.path.isdir(f'{SH}/ant-v1.1/{c}'))
    rng.shuffle(cats)
    k = 0
    for c in cats:
        if k == 3:
            break
        f = pick(rng, glob.glob(f'{SH}/ant-v1.1/{c}/*.txt'))
        if f:
            chosen.append(f); k += 1
    for f in chosen:
        shutil.copy(f, out)
        used.add(os.path.basename(f)[:-4])
    print(out, ' '.join(os.path.basename(f) for f in chosen))
