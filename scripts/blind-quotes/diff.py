#!/usr/bin/env python3
# Part of the blind quote-set workflow (see scripts/blind-quotes/README.md). Paths assume
# the layout of the development machine: this checkout beside ../shared, sets in
# ../quotes-rN.
"""diff.py OLD NEW [N]: quotes gone, new, and with a changed speaker between two
`khabar quotes --json` outputs (keyed by doc + text), with up to N examples of each."""
import json, sys, random
old = [json.loads(l) for l in open(sys.argv[1])]
new = [json.loads(l) for l in open(sys.argv[2])]
N = int(sys.argv[3]) if len(sys.argv) > 3 else 15
ko = {(q['doc'], q['text']): q for q in old}
kn = {(q['doc'], q['text']): q for q in new}
gone = [q for k, q in ko.items() if k not in kn]
added = [q for k, q in kn.items() if k not in ko]
spk = [(ko[k], q) for k, q in kn.items() if k in ko and ko[k]['speaker'] != q['speaker']]
print(f'{len(old)} -> {len(new)}: {len(added)} new, {len(gone)} gone, {len(spk)} speakers changed')
random.seed(1)
for label, xs in (('GONE', gone), ('NEW', added)):
    for q in random.sample(xs, min(N, len(xs))):
        print(label, q['doc'].split('/')[-1], q['speaker'], '|', q['verb'], '|', q['text'][:120])
for a, b in random.sample(spk, min(N * 2, len(spk))):
    print('SPK', b['doc'].split('/')[-1], a['speaker'], '->', b['speaker'], '|', b['text'][:80])
