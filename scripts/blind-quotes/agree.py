#!/usr/bin/env python3
# Part of the blind quote-set workflow (see scripts/blind-quotes/README.md).
"""agree.py A_DIR B_DIR [A_DIR2 B_DIR2 ...]: agreement between two annotators of the same
articles, scored exactly as tests/quotes.rs scores the extractor: B's quotes are the
"predictions", A's the gold; a quote matches when the byte ranges overlap by at least
half of their union (one to one, in B's order); speakers agree when B's first (fullest)
name and one of A's names share their last word or one holds the other, after the
search normalization (no diacritics or tatweel, alef forms, ta marbuta, alef maqsura)."""
import re, sys

DIA = re.compile('[\u064b-\u0652\u0670\u0640]')

def norm(s):
    s = DIA.sub('', s)
    s = re.sub('[أإآٱ]', 'ا', s)
    return s.replace('ة', 'ه').replace('ى', 'ي').strip()

def last_word(s):
    w = norm(s).split()
    return re.sub(r'^\W+|\W+$', '', w[-1]) if w else ''

def body(path):
    t = open(path, encoding='utf-8').read()
    i = t.find('<TEXT>')
    if i < 0:
        return t
    j = t.find('</TEXT>', i)
    return t[i + 6:j if j >= 0 else len(t)]

def gold(path, b):
    out = []
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t', 2)
        if len(f) < 3:
            continue
        k = b.find(f[2])
        if k >= 0:
            out.append((k, k + len(f[2]), f[1].split('|')))
    return out

def overlap(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0

def speaker_ok(pred, golds):
    p = norm(pred)
    return bool(p) and any(last_word(g) == last_word(pred) or norm(g) in p or p in norm(g) for g in golds)

def score(a_dir, b_dir):
    import os
    tp = pred = gold_n = spk = 0
    for f in sorted(os.listdir(a_dir)):
        if not f.endswith('.gold.tsv') or not os.path.exists(os.path.join(b_dir, f)):
            continue
        b = body(os.path.join(a_dir, f[:-9] + '.txt'))
        ga, gb = gold(os.path.join(a_dir, f), b), gold(os.path.join(b_dir, f), b)
        used = [False] * len(ga)
        for s, e, names in gb:
            best = max(((i, overlap((s, e), g)) for i, g in enumerate(ga) if not used[i]),
                       key=lambda x: x[1], default=None)
            if best and best[1] >= 0.5:
                used[best[0]] = True
                tp += 1
                spk += speaker_ok(names[0], ga[best[0]][2])
        pred += len(gb)
        gold_n += len(ga)
    return tp, pred, gold_n, spk

tot = [0, 0, 0, 0]
args = sys.argv[1:]
for a_dir, b_dir in zip(args[::2], args[1::2]):
    r = score(a_dir, b_dir)
    tot = [x + y for x, y in zip(tot, r)]
    tp, pred, g, spk = r
    p, rc = tp / max(pred, 1), tp / max(g, 1)
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(f'{b_dir} vs {a_dir}: {g} / {pred} quotes, {tp} matched: F1 {100*f1:.1f}; speakers {spk}/{tp} = {100*spk/max(tp,1):.1f}%')
tp, pred, g, spk = tot
p, rc = tp / max(pred, 1), tp / max(g, 1)
f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
print(f'all: {g} (A) / {pred} (B) quotes, {tp} matched: P {100*p:.1f} R {100*rc:.1f} F1 {100*f1:.1f}; speakers {spk}/{tp} = {100*spk/max(tp,1):.1f}%')
