#!/usr/bin/env python3
"""Side-by-side stemming speed: `khabar stem` against the Python peers, same tokens, same run.

Token stream: the Arabic-letter runs (U+0621..U+0652, U+0670, U+0671) of every <TEXT>
body of ANT v2.1, files in sorted order (the stream of benches/stem.rs), first
--tokens of them. Each Python peer stems every token (no cache), timed around the
loop only. Ours is the release binary reading the tokens on stdin and writing one stem
per line (process start and I/O included), once as it runs by default (a per-type
cache, except for ISRI) and once with --no-cache (every token stemmed). Also checks that our ISRI/Snowball output equals NLTK's and
snowballstemmer's on the stream, and scores Tashaphyne's roots on roots/gs with the
comparison rules of khabar's root test (ours: see `cargo test --test stemming_gold`).

Usage (normally through scripts/compare-peers, which makes the venv and the binary):
    python scripts/compare_stem.py --khabar target/release/khabar [--tokens N] [--data DIR]
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

ARABIC_RUN = re.compile("[\u0621-\u0652\u0670\u0671]+")
TEXT_BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


def ant_tokens(ant_dir, limit):
    tokens = []
    for dirpath, dirs, files in os.walk(ant_dir):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(dirpath, name), encoding="utf-8", errors="replace") as f:
                for body in TEXT_BODY.findall(f.read()):
                    tokens.extend(ARABIC_RUN.findall(body))
            if len(tokens) >= limit:
                return tokens[:limit]
    return tokens


def time_python(fn, tokens):
    t0 = time.perf_counter()
    out = [fn(t) for t in tokens]
    return time.perf_counter() - t0, out


def time_ours(khabar, algorithm, token_file, extra=()):
    with open(token_file, "rb") as f:
        t0 = time.perf_counter()
        res = subprocess.run([khabar, "stem", "--algorithm", algorithm, *extra], stdin=f, capture_output=True, check=True)
        dt = time.perf_counter() - t0
    return dt, res.stdout.decode("utf-8").split("\n")[:-1]


def canon(c):
    return "\u0623" if c in "\u0621\u0623\u0625\u0622\u0624\u0626\u0627\u0671" else ("\u064a" if c == "\u0649" else c)


def same_root(ours, gold):
    """khabar's text::stem::root::same_root, for a root string (None = particle)."""
    gold = gold.strip()
    if ours is None:
        return gold == "#"
    mine = [canon(c) for c in ours]
    for g in gold.split("\\"):
        raw = [c for c in g.strip() if not ("\u064b" <= c <= "\u0652")]
        gc = [canon(c) for c in raw]
        if gc == mine:
            return True
        if len(raw) == 3 and raw[2] == "\u0627":
            gc[2] = "\u0648"
            if gc == mine:
                return True
    return False


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--khabar", default=os.path.join(here, "..", "target", "release", "khabar"))
    ap.add_argument("--tokens", type=int, default=500_000)
    ap.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    a = ap.parse_args()

    tokens = ant_tokens(os.path.join(a.data, "ant-v2.1"), a.tokens)
    n = len(tokens)
    print(f"token stream: {n} tokens, {len(set(tokens))} types (ANT v2.1, Arabic-letter runs of <TEXT>)")
    tmp = tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False)
    tmp.write("\n".join(tokens) + "\n")
    tmp.close()

    from nltk.stem.isri import ISRIStemmer
    import snowballstemmer
    from snowballstemmer.arabic_stemmer import ArabicStemmer
    import Stemmer
    from tashaphyne.stemming import ArabicLightStemmer
    from importlib.metadata import version

    isri = ISRIStemmer()
    snow = ArabicStemmer()
    pys = Stemmer.Stemmer("arabic")
    tash = ArabicLightStemmer()

    def tash_root(w):
        tash.light_stem(w)
        return tash.get_root()

    peers = [
        ("isri", "NLTK 3.10.4 ISRIStemmer", isri.stem),
        ("snowball", "snowballstemmer 3.1.1 (pure Python)", snow.stemWord),
        ("snowball", f"PyStemmer {version('PyStemmer')} (C)", pys.stemWord),
        ("root", f"Tashaphyne {version('Tashaphyne')} roots (get_root)", tash_root),
    ]
    ours = {}
    for alg in ("isri", "snowball", "light", "root"):
        dt_c, out_c = time_ours(a.khabar, alg, tmp.name)
        dt_n, out_n = time_ours(a.khabar, alg, tmp.name, ("--no-cache",))
        if out_c != out_n or len(out_c) != n:
            print(f"WARNING: khabar {alg}: cached and uncached outputs differ or lines are missing")
        ours[alg] = (n / dt_c, n / dt_n, out_c)

    print()
    print(f"{'stemmer':46} {'tokens/s':>12} {'ours default':>12} {'ratio':>8} {'ours no-cache':>14} {'ratio':>8}")
    for alg, name, fn in peers:
        dt, out = time_python(fn, tokens)
        rate = n / dt
        oc, on, oout = ours[alg]
        print(f"{name:46} {rate:12,.0f} {oc:12,.0f} {oc / rate:7.1f}x {on:14,.0f} {on / rate:7.1f}x")
        if alg in ("isri", "snowball"):
            same = sum(1 for x, y in zip(out, oout) if x == y)
            print(f"{'':46} agreement with khabar {alg}: {same}/{n} ({100.0 * same / n:.3f}%)")
    for alg in ("light",):
        oc, on, _ = ours[alg]
        print(f"{'khabar light (no peer)':46} {'':12} {oc:12,.0f} {'':8} {on:14,.0f}")

    gs = os.path.join(a.data, "roots", "gs")
    if os.path.isdir(gs):
        total = ok = 0
        for name in sorted(os.listdir(gs)):
            with open(os.path.join(gs, name), encoding="utf-8") as f:
                next(f)
                for line in f:
                    if "," not in line:
                        continue
                    word, gold = line.rstrip("\n").split(",", 1)
                    r = tash_root(word)
                    total += 1
                    ok += same_root(r, gold)
        print(f"\nTashaphyne root accuracy on roots/gs (khabar's comparison rules): {ok}/{total} = {100.0 * ok / total:.1f}%")
    os.unlink(tmp.name)


if __name__ == "__main__":
    sys.exit(main())
