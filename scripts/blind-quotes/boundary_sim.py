#!/usr/bin/env python3
# Part of the blind quote-set workflow (see scripts/blind-quotes/README.md). Paths assume
# the layout of the development machine: this checkout beside ../shared, sets in
# ../quotes-rN. Needs scikit-learn (pip); an experiment, not part of the app.
"""boundary_sim.py PRED.json [--heldout N1-N2 | --extra N1-N2 PRED2.json] [--thr THR ...]

Would a learned model of where reported speech ends beat the rules? (Stop 27: no.)

Trains a logistic regression on the gold indirect and mixed quotes of tests/data/quotes:
at every word boundary after a quote's start (outside quote marks and brackets, not
before an attribution word, which the rules handle), "the quote ends here" or "it goes
on", with features of the words around the boundary (the punctuation, the next words as
written and without «و/ف», their first letters and shape, the word before, the length
so far and left, whether the next segment holds a verb — words the corpus shows after
«قد/لم/لن/سوف» — or a verb of saying). Then cuts each indirect or mixed quote of the
extractor's output (PRED.json: `khabar quotes --json --no-ner` over the same articles)
at the first boundary the model puts above THR, and scores the result as
tests/quotes.rs does (a match overlaps half of the union, one to one).

- no option: 5-fold cross-validation over the fixture articles;
- --heldout N1-N2: trains without the articles of ../quotes-rN1…N2 (fixtures now) and
  scores those;
- --extra N1-N2 PRED2.json: trains on all fixtures and scores the sets ../quotes-rN1…N2
  with the extractor's output PRED2.json over their articles.

Stop 27 (the extractor of a675a35): cross-validation 88.63 → 88.57 / 88.65 / 88.62
(THR 0.5 / 0.7 / 0.9); held-out r334–r349 86.60 → 86.92 / 86.76 / 86.76; r350–r365
87.66 → 87.50 (0.5) … 87.66 (0.8): one or two quotes either way, nothing learnt.
"""
import argparse, collections, json, os, random, re, sys

import numpy as np  # noqa: F401  (scikit-learn's dependency, named for the error message)
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIX = os.path.join(ROOT, 'tests', 'data', 'quotes')
SETS = os.path.dirname(ROOT)
ANT = os.path.join(SETS, 'shared', 'data', 'ant-v2.1')

DIAC = re.compile('[\u064B-\u0652\u0640\u0670]')
TOK = re.compile(r'[\w\u0600-\u06FF]+|[^\s\w]', re.U)
QUOTES = set('"«»“”')
SENT_END = set('.!؟?\n')
COMMAS = ('،', ',', ';', '؛')
ATTR = ('وفقا', 'حسب', 'بحسب', 'وفق', 'نقلا', 'طبقا', 'بحسبما', 'حسبما', 'وفقما', 'ووفقا', 'وبحسب', 'وحسب', 'علي')
SAY = re.compile('^[وف]?(قال|قالت|اكد|اكدت|اضاف|اضافت|اوضح|اوضحت|اشار|اشارت|ذكر|ذكرت|كشف|كشفت|اعلن|اعلنت'
                 '|نفي|نفت|اعتبر|اعتبرت|يري|تري|يقول|تقول|يؤكد|تؤكد)$')


def norm(w):
    w = DIAC.sub('', w)
    w = re.sub('[أإآٱ]', 'ا', w)
    return w.replace('ى', 'ي').replace('ة', 'ه')


def body_of(path):
    t = open(path, encoding='utf-8', errors='replace').read()
    m = re.search(r'<TEXT>(.*?)(</TEXT>|$)', t, re.S)
    return m.group(1) if m else t


def verbs_of_ant():
    """Words the corpus shows at least 3 times and in 5 % of their uses after قد/لم/لن/سوف."""
    after, total = collections.Counter(), collections.Counter()
    for d, _, files in os.walk(ANT):
        for f in files:
            if not f.endswith('.txt'):
                continue
            ws = [norm(w) for w in re.findall(r'[\u0600-\u06FF]+', body_of(os.path.join(d, f)))]
            for a, b in zip(ws, ws[1:]):
                total[b] += 1
                if a in ('قد', 'لم', 'لن', 'سوف', 'وقد', 'فقد', 'ولم', 'ولن'):
                    after[b] += 1
    return {w for w, n in after.items() if n >= 3 and n >= 0.05 * total[w]}


def load_set(d, key):
    """{key + article: [body, gold [(kind, start, end)], predicted []]} of a directory."""
    docs = {}
    for f in sorted(os.listdir(d)):
        if not f.endswith('.gold.tsv'):
            continue
        b = body_of(os.path.join(d, f[:-9] + '.txt'))
        gold = []
        for line in open(os.path.join(d, f), encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            kind, _, text = (line.rstrip('\n').split('\t', 2) + ['', ''])[:3]
            i = b.find(text)
            if i >= 0:
                gold.append((kind, i, i + len(text)))
        docs[key + f[:-9] + '.txt'] = [b, gold, []]
    return docs


def add_predictions(docs, path, key):
    for line in open(path, encoding='utf-8'):
        q = json.loads(line)
        d = docs.get(key + os.path.basename(q['doc']))
        if d is not None and (i := d[0].find(q['text'])) >= 0:
            d[2].append((q['kind'], i, i + len(q['text'])))


def score(pairs):
    """Span F1, P, R as tests/quotes.rs scores them."""
    tp = pred = gold_n = 0
    for gold, predicted in pairs:
        used = [False] * len(gold)
        for _, s, e in predicted:
            best = None
            for gi, (_, gs, ge) in enumerate(gold):
                if used[gi]:
                    continue
                union = max(e, ge) - min(s, gs)
                o = max(0, min(e, ge) - max(s, gs)) / union if union else 0
                if best is None or o > best[1]:
                    best = (gi, o)
            if best and best[1] >= 0.5:
                used[best[0]] = True
                tp += 1
        pred += len(predicted)
        gold_n += len(gold)
    p, r = tp / max(pred, 1), tp / max(gold_n, 1)
    return round(100 * 2 * p * r / max(p + r, 1e-9), 2), round(100 * p, 2), round(100 * r, 2)


def tokens(b, s):
    """Tokens from byte `s` to the sentence end: (start, end, text)."""
    out = []
    for m in TOK.finditer(b, s):
        if m.group() in SENT_END or '\n' in b[out[-1][1] if out else s:m.start()]:
            break
        out.append((m.start(), m.end(), m.group()))
        if len(out) > 200:
            break
    return out


def candidates(tk):
    """Boundaries (before token x) outside marks and brackets, not after a comma, not
    before an attribution word or a bracket."""
    inside, depth, out = False, 0, []
    for x in range(1, len(tk)):
        w = tk[x - 1][2]
        inside ^= w in QUOTES
        depth = depth + (w == '(') - (w == ')' and depth > 0)
        if inside or depth or norm(w) in COMMAS:
            continue
        n0 = norm(tk[x][2])
        a = norm(tk[x + 1][2]) if n0 in COMMAS and x + 1 < len(tk) else n0
        if a not in ATTR and a not in ('(', ')', '.', '…'):
            out.append(x)
    return out


def features(tk, x, verbs):
    prev, n0 = norm(tk[x - 1][2]), norm(tk[x][2])
    nxt = [norm(tk[y][2]) if y < len(tk) else '<E>' for y in (x + 1, x + 2)]
    punct = n0 in COMMAS + (':', '-', '(')
    p = 'P=' + (n0 if punct else 'none')
    a, b = (nxt[0], nxt[1]) if punct else (n0, nxt[0])
    bare = a[1:] if a[:1] in 'وف' and len(a) > 3 else a
    seg, j = [], x + 1 if punct else x
    while j < len(tk) and norm(tk[j][2]) not in COMMAS and len(seg) < 25:
        seg.append(norm(tk[j][2]))
        j += 1
    is_verb = lambda w: w in verbs or (w[:1] in 'وف' and w[1:] in verbs)
    vpos = next((i for i, w in enumerate(seg) if is_verb(w)), None)
    vpos = 'none' if vpos is None else min(vpos, 4)
    say = int(any(SAY.match(w) for w in seg))
    n = x
    return [p, 'a=' + a, 'bare=' + bare, 'ab=' + a + '|' + b, 'b=' + b, 'a2=' + a[:2], 'bare2=' + bare[:2],
            'bareE=' + bare[-1:], 'prev=' + prev, 'w=%d' % (a[:1] in 'وف'),
            'shape=' + ('m' if bare[:1] == 'م' else '') + bare[-1:], p + '|a=' + a, p + '|bare=' + bare,
            p + '|bare2=' + bare[:2], 'len=%d' % (n if n < 20 else 20 + n // 10), 'rem=%d' % min(len(tk) - x, 15),
            p + '|len=%d' % min(n // 5, 6), 'vpos=%s' % vpos, p + '|vpos=%s' % vpos,
            'seglen=%d' % min(len(seg) // 3, 6), 'say=%d' % say, p + '|say=%d' % say,
            'verb_a=%d|%d' % (is_verb(a), a[:1] == 'و')]


def examples(docs, keys, verbs):
    X, y = [], []
    for k in keys:
        b, gold, _ = docs[k]
        for kind, gs, ge in gold:
            if kind not in ('indirect', 'mixed'):
                continue
            tk = tokens(b, gs)
            end = next((i for i, t in enumerate(tk) if t[0] >= ge), len(tk))
            for x in candidates(tk):
                if x > end:
                    break
                X.append(features(tk, x, verbs))
                y.append(int(x == end))
    return X, y


def cut(docs, k, model, hasher, thr, verbs):
    b, _, predicted = docs[k]
    out = []
    for kind, s, e in predicted:
        if kind in ('indirect', 'mixed'):
            tk = [t for t in tokens(b, s) if t[0] < e]
            cs = candidates(tk)
            if cs:
                p = model.predict_proba(hasher.transform([features(tk, x, verbs) for x in cs]))[:, 1]
                at = next((x for x, v in zip(cs, p) if v > thr), None)
                if at is not None:
                    j = at - 1
                    while j > 0 and not re.match(r'[\w\u0600-\u06FF"»”]', tk[j][2]):
                        j -= 1
                    e = tk[j][1]
        out.append((kind, s, e))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[1])
    ap.add_argument('pred')
    ap.add_argument('--heldout')
    ap.add_argument('--extra', nargs=2, metavar=('N1-N2', 'PRED2'))
    ap.add_argument('--thr', nargs='+', type=float, default=[0.5, 0.7, 0.9])
    a = ap.parse_args()
    verbs = verbs_of_ant()
    docs = load_set(FIX, '')
    add_predictions(docs, a.pred, '')
    hasher = FeatureHasher(n_features=2 ** 20, input_type='string')

    def fit(keys):
        X, y = examples(docs, keys, verbs)
        return LogisticRegression(C=1.0, max_iter=300, solver='liblinear').fit(hasher.transform(X), y)

    rng = lambda s: range(int(s.split('-')[0]), int(s.split('-')[1]) + 1)
    if a.extra:
        test = []
        for n in rng(a.extra[0]):
            extra = load_set(os.path.join(SETS, 'quotes-r%d' % n), 'X:')
            docs.update(extra)
            test += list(extra)
        add_predictions(docs, a.extra[1], 'X:')
        model = fit([k for k in docs if not k.startswith('X:')])
        groups = [(test, model)]
    elif a.heldout:
        held = set()
        for n in rng(a.heldout):
            d = os.path.join(SETS, 'quotes-r%d' % n)
            held |= {f for f in os.listdir(d) if f.endswith('.gold.tsv')}
        test = [k for k in docs if k[:-4] + '.gold.tsv' in held]
        groups = [(test, fit([k for k in docs if k not in set(test)]))]
    else:
        keys = sorted(docs)
        random.Random(1).shuffle(keys)
        groups = [(keys[i::5], fit([k for k in keys if k not in set(keys[i::5])])) for i in range(5)]
    every = [k for test, _ in groups for k in test]
    print('articles', len(every), 'rules alone: F1, P, R', score([(docs[k][1], docs[k][2]) for k in every]))
    for thr in a.thr:
        pairs = [(docs[k][1], cut(docs, k, m, hasher, thr, verbs)) for test, m in groups for k in test]
        print('cut above', thr, score(pairs))


if __name__ == '__main__':
    sys.exit(main())
