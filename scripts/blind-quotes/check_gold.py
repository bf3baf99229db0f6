#!/usr/bin/env python3
# Part of the blind quote-set workflow (see scripts/blind-quotes/README.md). Paths assume
# the layout of the development machine: this checkout beside ../shared, sets in
# ../quotes-rN.
"""check_gold.py DIR: every gold line has 3 tab-separated fields, a known kind, and a text
found verbatim in its article's <TEXT> body. Prints problems; exit 1 if any."""
import os, re, sys
d = sys.argv[1]; bad = 0; n = 0
for f in sorted(os.listdir(d)):
    if not f.endswith('.txt') or f.endswith('sight.txt') or f.endswith('control.txt') or f.endswith('final.txt'):
        continue
    g = os.path.join(d, f[:-4] + '.gold.tsv')
    if not os.path.exists(g):
        print('no gold for', f); bad += 1; continue
    t = open(os.path.join(d, f), encoding='utf-8').read()
    m = re.search(r'<TEXT>(.*?)(</TEXT>|$)', t, re.S)
    b = m.group(1) if m else t
    for i, l in enumerate(open(g, encoding='utf-8').read().splitlines(), 1):
        if not l.strip() or l.startswith('#'):
            continue
        p = l.split('\t')
        if len(p) != 3 or p[0] not in ('direct', 'indirect', 'mixed') or not p[1].strip() or not p[2].strip():
            print(f'{g}:{i}: bad line: {l!r}'); bad += 1; continue
        n += 1
        if p[2] not in b:
            print(f'{g}:{i}: text not in body: {p[2]!r}'); bad += 1
print(f'{n} quotes, {bad} problems'); sys.exit(1 if bad else 0)
