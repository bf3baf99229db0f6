#!/usr/bin/env python3
# Part of the blind quote-set workflow (see scripts/blind-quotes/README.md). Paths assume
# the layout of the development machine: this checkout beside ../shared, sets in
# ../quotes-rN.
"""pool.py FILENAME DIR...: pooled span F1 / speaker accuracy of the score reports FILENAME
(e.g. first-sight.txt) in each DIR, without NER (heuristic people) and with it."""
import re, sys
name, dirs = sys.argv[1], sys.argv[2:]
tot = {'true': [0]*5, 'false': [0]*5}
for d in dirs:
    for l in open(f'{d}/{name}', encoding='utf-8'):
        m = re.match(r'quotes \(heuristic people: (\w+)\): (\d+) gold, (\d+) found, (\d+) matched: .*speaker (\d+)/(\d+)', l)
        if m:
            v = list(map(int, m.groups()[1:]))
            tot[m.group(1)] = [a + b for a, b in zip(tot[m.group(1)], v)]
for h, label in (('true', 'no NER'), ('false', 'NER')):
    g, f, tp, so, sn = tot[h]
    p, r = tp / max(f, 1), tp / max(g, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0
    print(f'{label}: {g} gold, {f} found, {tp} matched: P {100*p:.1f} R {100*r:.1f} F1 {100*f1:.1f}; speaker {so}/{sn} = {100*so/max(sn,1):.1f}%')
