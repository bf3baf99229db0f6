#!/usr/bin/env python3
"""Generate tests/data/stem_fixture.tsv: the differential fixture for our ISRI and Snowball ports.

Each line is `word<TAB>isri<TAB>snowball`, where `isri` is NLTK 3.10.4's
`ISRIStemmer().stem(word)` and `snowball` is snowballstemmer 3.1.1's pure-Python
`ArabicStemmer().stemWord(word)` (the generated Snowball 3.1.1 code, not PyStemmer;
the script also checks that PyStemmer agrees and reports any difference).

The words are (deterministically, seed 42):
  * a sample of distinct Arabic-letter runs from ANT v2.1 bodies that are NOT in the
    20k gold file (so the fixture adds coverage rather than repeating the gold),
  * random strings over an alphabet weighted towards Arabic letters, with diacritics,
    tatweel, hamza forms, presentation forms, digits, Latin, punctuation, spaces and
    astral characters: they exercise every branch on inputs no corpus contains,
  * hand-written edge cases (stop words with diacritics, short words, ...).

Usage (in a throwaway venv; Python is never needed by the app or the tests):
    python3 -m venv /tmp/v && /tmp/v/bin/pip install nltk==3.10.4 snowballstemmer==3.1.1 PyStemmer
    /tmp/v/bin/python scripts/gen_isri_fixture.py [DATA_DIR] > tests/data/stem_fixture.tsv
DATA_DIR defaults to ../shared/data relative to the repository.
"""

import os
import random
import re
import sys

import nltk
import snowballstemmer
from nltk.stem.isri import ISRIStemmer
from snowballstemmer.arabic_stemmer import ArabicStemmer

N_CORPUS = 14000
N_RANDOM = 9000

ARABIC_RUN = re.compile("[\u0621-\u0652\u0670\u0671]+")
TEXT_BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)

FORBIDDEN = set("\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def corpus_types(data_dir, gold):
    types = set()
    root = os.path.join(data_dir, "ant-v2.1")
    for dirpath, _dirs, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(dirpath, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            for body in TEXT_BODY.findall(text):
                types.update(ARABIC_RUN.findall(body))
    return sorted(types - gold)


def random_words(rng, n):
    letters = [chr(c) for c in range(0x0621, 0x064B)]
    diacritics = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]
    pres = [chr(c) for c in range(0xFE80, 0xFEFD)] + [chr(c) for c in range(0xFB50, 0xFB60)]
    digits = [chr(c) for c in range(0x0660, 0x066A)] + [chr(c) for c in range(0x06F0, 0x06FA)] + list("0123456789")
    latin = list("abcXYZ")
    other = list(" .,!?-_\"'()") + ["\u060c", "\u061f", "\u00e9", "\U0001F600", "\U00010400", "\u200c", "\u200f", "\x00"]
    # The letters used by ISRI's affixes and patterns, over-weighted so the rules fire.
    affix = list("\u0627\u0644\u0648\u0628\u0643\u0641\u0633\u064a\u062a\u0646\u0645\u0629\u0647\u0623\u0625\u0622\u0649\u0626\u0624\u0621")
    pools = [(letters, 40), (affix, 40), (diacritics, 8), (pres, 4), (digits, 3), (latin, 2), (other, 3)]
    population = [p for p, _ in pools]
    weights = [w for _, w in pools]
    out = []
    for _ in range(n):
        length = rng.choice([1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 10, 12, 15])
        word = "".join(rng.choice(rng.choices(population, weights)[0]) for _ in range(length))
        out.append(word)
    return out


EDGE = [
    "",
    "\u064e",
    "\u064a\u0643\u0648\u0646",  # stop word
    "\u064a\u064e\u0643\u064f\u0648\u0646",  # stop word with harakat
    "\u0623\u0635\u0628\u062d",
    "\u0622\u0645\u0646",
    "\u0648\u0648\u0648\u0648",
    "\u0627\u0633\u062a\u0641\u0639\u0644",
    "\u0645\u0633\u062a\u0641\u0639\u0644",
    "\u0627\u0641\u0639\u0648\u0639\u0644",
    "\u0627\u0644\u0627\u0644\u0627\u0644",
    "\u0640\u0640\u0640",
    "\ufefb\ufef7\ufef9\ufef5",
    "\u0661\u0662\u0663",
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "data")
    gold = set()
    with open(os.path.join(data_dir, "stemming", "ant-v2.1-top20k.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            gold.add(line.split("\t", 1)[0])
    rng = random.Random(42)
    ctypes = corpus_types(data_dir, gold)
    sample = rng.sample(ctypes, min(N_CORPUS, len(ctypes)))
    words = EDGE + sample + random_words(rng, N_RANDOM)
    words = [w for w in dict.fromkeys(words) if not (set(w) & FORBIDDEN)]

    isri = ISRIStemmer()
    snow = ArabicStemmer()
    try:
        import Stemmer  # PyStemmer, the C build of the same Snowball algorithm

        pys = Stemmer.Stemmer("arabic")
    except ImportError:
        pys = None
    differ = 0
    out = sys.stdout
    out.write(f"# nltk {nltk.__version__} ISRIStemmer, snowballstemmer {snowballstemmer.__name__} ArabicStemmer (pure Python)\n")
    for w in words:
        s_isri = isri.stem(w)
        s_snow = snow.stemWord(w)
        if pys is not None and pys.stemWord(w) != s_snow:
            differ += 1
        out.write(f"{w}\t{s_isri}\t{s_snow}\n")
    print(
        f"{len(words)} words ({len(ctypes)} ANT types outside the gold); PyStemmer differs on {differ}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
