#!/usr/bin/env python3
"""Export the most frequent Dutch words from `wordfreq` to assets/wordfreq/nl.tsv.

The wording checker (src-tauri/crates/wording, src/readability.rs) embeds this file to
estimate how hard a Dutch text is to read (share of rare words).

Rebuild:
    python3 -m venv /tmp/wfvenv
    /tmp/wfvenv/bin/pip install wordfreq==3.1.1
    /tmp/wfvenv/bin/python scripts/build-wordfreq.py

Output: one `word<TAB>zipf` line per word, lower case, sorted by frequency (highest
first), Zipf rounded to one decimal. Only words made of letters (with an inner hyphen or
apostrophe, e.g. "zo'n", "e-mail") are kept; numbers and punctuation are left out.
"""

import re
import sys
from pathlib import Path

import wordfreq
from importlib.metadata import version

LANG = "nl"
TOP = 30_000
OUT = Path(__file__).resolve().parent.parent / "assets" / "wordfreq" / f"{LANG}.tsv"
WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")


def main() -> int:
    rows = []
    for word in wordfreq.iter_wordlist(LANG, wordlist="best"):
        if not WORD.match(word):
            continue
        w = word.lower()
        z = round(wordfreq.zipf_frequency(w, LANG, wordlist="best"), 1)
        if z <= 0:
            continue
        rows.append((w, z))
        if len(rows) >= TOP:
            break
    seen = set()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for w, z in rows:
            if w in seen:
                continue
            seen.add(w)
            f.write(f"{w}\t{z:.1f}\n")
    print(f"wordfreq {version('wordfreq')}: "
          f"{len(seen)} words, lowest Zipf {rows[-1][1]}, {OUT.stat().st_size} bytes -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
