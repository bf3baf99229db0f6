#!/usr/bin/env python3
# Part of the blind quote-set workflow (see scripts/blind-quotes/README.md). Paths assume
# the layout of the development machine: this checkout beside ../shared, sets in
# ../quotes-rN.
"""ctx.py REPORT [N]: for each 'missed quote' in a score report, print the ~N words before it
in its article body (the frame the rules did not take), then the start of the quote."""
import re, sys, json
rep = sys.argv[1]; N = int(sys.argv[2]) if len(sys.argv) > 2 else 8
seen = set()
for l in open(rep, encoding='utf-8'):
    m = re.match(r'missed quote in (\S+): Some\((".*")\)$', l.strip())
    if not m: continue
    path, q = m.group(1), json.loads(re.sub(r'\\u\{([0-9a-f]+)\}', lambda x: '\\u%04x' % int(x.group(1), 16), m.group(2)))
    if (path, q) in seen: continue
    seen.add((path, q))
    t = open(path, encoding='utf-8').read()
    i = t.find(q)
    before = t[max(0, i-300):i].replace('\n', ' / ')
    w = before.split()[-N:]
    print(f"{path.split('/')[-1][:28]}\t{' '.join(w)}\t‖ {q[:60]}")
