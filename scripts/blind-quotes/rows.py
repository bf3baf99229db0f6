#!/usr/bin/env python3
# Part of the blind quote-set workflow (see scripts/blind-quotes/README.md). Paths assume
# the layout of the development machine: this checkout beside ../shared, sets in
# ../quotes-rN.
"""rows.py FILENAME LABEL N1 N2: README table rows for ../quotes-rN1..N2 (beside this checkout)
from score report FILENAME, LABEL saying what was scored («first sight on … (stop N)»): sources, gold count, F1 (P, R) with NER and without, speaker % both."""
import os, re, sys
name, label, a, b = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
SRC = {'AL': 'Al Arabiya', 'BB': 'BBC', 'CN': 'CNN', 'FR': 'France24', 'SK': 'Sky News'}
CAT = {'internationalNews': 'international', 'middleEast': 'Middle East', 'localNews': 'local news',
       'politic': 'politics'}
def parse(d):
    r = {}
    for l in open(f'{d}/{name}', encoding='utf-8'):
        m = re.match(r'quotes \(heuristic people: (\w+)\): (\d+) gold, (\d+) found, (\d+) matched: .*speaker (\d+)/(\d+)', l)
        if m: r[m.group(1)] = list(map(int, m.groups()[1:]))
    return r
def f1(g, f, tp):
    p, rr = tp / max(f, 1), tp / max(g, 1)
    return 100 * p, 100 * rr, (200 * p * rr / (p + rr) if p + rr else 0)
for n in range(a, b + 1):
    d = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))), f'quotes-r{n}')
    arts = sorted(x[:-9] for x in os.listdir(d) if x.endswith('.gold.tsv'))
    ant = [x for x in arts if not x.startswith('JA')]; ja = [x for x in arts if x.startswith('JA')]
    def cat(x): return CAT.get(x.split('-')[1], x.split('-')[1])
    ant.sort(key=lambda x: ['AL', 'BB', 'CN', 'FR', 'SK'].index(x[:2]))
    srcs = ', '.join(f'{SRC[x[:2]]} {cat(x)}' for x in ant) + '; JawharaFM ' + ', '.join(sorted(cat(x) for x in ja))
    r = parse(d); g, fo, tp, so, sn = r['false']; g2, fo2, tp2, so2, sn2 = r['true']
    p, rr, F = f1(g, fo, tp); F2 = f1(g2, fo2, tp2)[2]
    sp, sp2 = 100 * so / max(sn, 1), 100 * so2 / max(sn2, 1)
    alt = 'same' if f'{F:.1f}' == f'{F2:.1f}' else f'no NER {F2:.1f}'
    salt = 'same' if f'{sp:.1f}' == f'{sp2:.1f}' else f'no NER {sp2:.1f} %'
    print(f'| 8 more ({srcs}), {label} | {g} | {F:.1f} (P {p:.1f}, R {rr:.1f}); {alt} | {sp:.1f} %; {salt} |')
