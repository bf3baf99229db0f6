#!/usr/bin/env python3
"""Draw the word sample for tests/data/clitics_gold.tsv from ANT v2.1 (seeded, reproducible).

150 random Arabic word tokens (token-frequency weighted: what a reader meets) and 100
random tokens among those that *could* carry a clitic (start with و ف ب ل ك س ال or end
with ه ها هم هما هن ك كم كن نا ي ني), from the TEXT bodies of randomly chosen files.
The segmentation column was then labelled by hand.
Usage: python3 scripts/sample_clitics_gold.py ../shared/data/ant-v2.1
"""
import os, random, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ant-v2.1"
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".txt") and f != "README.md")
rng = random.Random(20250603)
word = re.compile(r"[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0671]+")
cand = re.compile(r"^(و|ف|ب|ل|ك|س|ال)|(ه|ها|هم|هما|هن|ك|كم|كن|نا|ي|ني)$")
plain, clitic, seen = [], [], set()
while len(plain) < 150 or len(clitic) < 100:
    text = open(rng.choice(files), encoding="utf-8").read()
    m = re.search(r"<TEXT>(.*)</TEXT>", text, re.S)
    if not m:
        continue
    toks = [t for t in word.findall(m.group(1)) if len(t) > 1]
    if not toks:
        continue
    t = rng.choice(toks)
    if t in seen:
        continue
    if len(plain) < 150:
        plain.append(t)
        seen.add(t)
    elif cand.search(t):
        clitic.append(t)
        seen.add(t)
for t in plain + clitic:
    print(t)
