#!/usr/bin/env python3
# Part of the blind quote-set workflow (see scripts/blind-quotes/README.md). Paths assume
# the layout of the development machine: this checkout beside ../shared, sets in
# ../quotes-rN.
"""marks.py DIR: every pair of quote marks in the bodies; is it (≥50% overlap) a gold quote?
Prints: counted?, words inside, the 3 words before, inner text. For base rates of fragments."""
import os, re, sys
d = sys.argv[1]
def body(p):
    t = open(p, encoding='utf-8').read()
    m = re.search(r'<TEXT>(.*?)(</TEXT>|$)', t, re.S)
    return (m.start(1) if m else 0), t
for f in sorted(os.listdir(d)):
    if not f.endswith('.gold.tsv'): continue
    art = os.path.join(d, f[:-9] + '.txt')
    off, t = body(art)
    gold = []
    for l in open(os.path.join(d, f), encoding='utf-8'):
        if l.startswith('#') or not l.strip(): continue
        p = l.rstrip('\n').split('\t')
        if len(p) < 3: continue
        i = t.find(p[2], off)
        if i >= 0: gold.append((i, i + len(p[2])))
    for line_m in re.finditer(r'[^\n]+', t[off:]):
        ls = off + line_m.start(); line = line_m.group(0)
        pairs = []
        for m in re.finditer(r'«([^«»]*)»|“([^“”]*)”|"([^"\n]*)"', line):
            g = [x for x in (1, 2, 3) if m.group(x) is not None][0]
            pairs.append((ls + m.start(g), ls + m.end(g)))
        for a, b in pairs:
            if b <= a: continue
            inner = t[a:b]
            best = 0
            for ga, gb in gold:
                inter = max(0, min(b, gb) - max(a, ga)); uni = max(b, gb) - min(a, ga)
                best = max(best, inter / uni if uni else 0)
            # contained in a gold quote (part of a bigger quote)?
            inside = any(ga <= a and b <= gb and (gb - ga) > (b - a) * 2 for ga, gb in gold)
            before = t[max(ls, a - 120):a - 1].split()[-3:]
            print(f"{'Y' if best >= 0.5 else ('in' if inside else 'N')}\t{len(inner.split())}\t{' '.join(before)}\t{inner[:70]}\t{f[:-9]}")
