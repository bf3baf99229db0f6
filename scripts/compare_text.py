#!/usr/bin/env python3
"""Side-by-side normalize+tokenize speed: khabar against pyarabic, same text, same run.

Text: the <TEXT> bodies of ANT v2.1, files in sorted order, joined by newlines, until
they hold --tokens whitespace-separated words. Work on both sides: normalize the way
our search preset does (ligatures → letters, strip tashkeel and tatweel, alef forms → ا,
ى → ي, ة → ه), then cut into tokens.
- pyarabic 0.6.15: normalize_ligature, strip_tashkeel, strip_tatweel, normalize_alef,
  (ى→ي by str.replace first, because pyarabic's normalize_alef
  also folds ى into ا), then araby.tokenize; timed around those calls.
- khabar: the release binary, `khabar normalize --search < text > norm` then
  `khabar tokenize < norm > tokens` (process start, reading, and printing one line per
  token included) — so ours pays for I/O that pyarabic does not.
tokens/s = tokens that tool produced / its time. The in-process number (no I/O) is in
`cargo bench --bench text`.
Usage (normally through scripts/compare-peers, which makes the venv and the binary):
    python scripts/compare_text.py --khabar target/release/khabar [--tokens N] [--data DIR]
"""
import argparse
import os
import re
import subprocess
import tempfile
import time

TEXT_BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


def ant_text(ant_dir, limit):
    parts, words = [], 0
    for dirpath, dirs, files in os.walk(ant_dir):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".txt") or name == "README.md":
                continue
            with open(os.path.join(dirpath, name), encoding="utf-8", errors="replace") as f:
                for body in TEXT_BODY.findall(f.read()):
                    parts.append(body.strip())
                    words += len(body.split())
            if words >= limit:
                return "\n".join(parts) + "\n"
    return "\n".join(parts) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--khabar", default=os.path.join(here, "..", "target", "release", "khabar"))
    ap.add_argument("--tokens", type=int, default=500_000)
    ap.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    a = ap.parse_args()
    text = ant_text(os.path.join(a.data, "ant-v2.1"), a.tokens)
    print(f"text: {len(text.encode('utf-8')):,} bytes, {len(text.split()):,} words (ANT v2.1 <TEXT> bodies)")

    import pyarabic.araby as araby

    t0 = time.perf_counter()
    # ى → ي first: pyarabic's normalize_alef also turns ى into ا (علي → علا).
    norm = text.replace("\u0649", "\u064a")
    norm = araby.normalize_ligature(norm)
    norm = araby.strip_tashkeel(norm)
    norm = araby.strip_tatweel(norm)
    norm = araby.normalize_alef(norm)
    norm = araby.normalize_teh(norm)
    py_tokens = araby.tokenize(norm)
    py_dt = time.perf_counter() - t0
    py_n = len(py_tokens)

    with tempfile.TemporaryDirectory() as tmp:
        src, mid, out = (os.path.join(tmp, n) for n in ("text.txt", "norm.txt", "tokens.txt"))
        with open(src, "w", encoding="utf-8") as f:
            f.write(text)
        t0 = time.perf_counter()
        with open(src, "rb") as i, open(mid, "wb") as o:
            subprocess.run([a.khabar, "normalize", "--search"], stdin=i, stdout=o, check=True)
        with open(mid, "rb") as i, open(out, "wb") as o:
            subprocess.run([a.khabar, "tokenize"], stdin=i, stdout=o, check=True)
        our_dt = time.perf_counter() - t0
        with open(out, "rb") as f:
            our_n = sum(1 for _ in f)
        with open(mid, encoding="utf-8") as f:
            our_norm = f.read()
    same = total = 0
    for ours_line, theirs_line in zip(our_norm.split("\n"), norm.split("\n")):
        ow, tw = ours_line.split(), theirs_line.split()
        total += len(tw)
        same += sum(1 for x, y in zip(ow, tw) if x == y) if len(ow) == len(tw) else 0
    print(f"normalized words equal to pyarabic's (line-aligned): {same:,}/{total:,}")
    print()
    print(f"{'normalize + tokenize':40} {'tokens':>10} {'seconds':>9} {'tokens/s':>12}")
    print(f"{'pyarabic 0.6.15':40} {py_n:10,} {py_dt:9.3f} {py_n / py_dt:12,.0f}")
    print(f"{'khabar (CLI, I/O included)':40} {our_n:10,} {our_dt:9.3f} {our_n / our_dt:12,.0f}")
    print(f"{'ratio (ours / pyarabic)':40} {'':10} {'':9} {(our_n / our_dt) / (py_n / py_dt):11.1f}x")


if __name__ == "__main__":
    main()
