#!/usr/bin/env python3
"""Scores predicted CoNLL-U against gold: UPOS accuracy, UAS and LAS over all words, punctuation included.

Usage: Scripts/score-parse.py GOLD.conllu PREDICTED.conllu

Both files must have the same words in the same order (gold tokenisation, as `chancery parse --conllu`
writes). Multiword-token ranges (1-2) and empty nodes (1.1) are not words and are skipped. LAS compares the
universal part of DEPREL (before ':'), as the CoNLL 2018 shared task's evaluation does.
"""
import sys


def words(path):
    """Yields (sentence number, FORM, UPOS, HEAD, DEPREL) for every word line of a CoNLL-U file."""
    sentence = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line:
                sentence += 1
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            yield sentence, cols[1], cols[3], cols[6], cols[7].split(":")[0]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold, pred = list(words(sys.argv[1])), list(words(sys.argv[2]))
    if len(gold) != len(pred):
        sys.exit(f"error: {len(gold)} gold words but {len(pred)} predicted: the files do not share a tokenisation")
    upos = uas = las = 0
    for i, (g, p) in enumerate(zip(gold, pred)):
        if g[1] != p[1]:
            sys.exit(f"error: word {i + 1} is {g[1]!r} in gold but {p[1]!r} predicted")
        upos += g[2] == p[2]
        if g[3] == p[3]:
            uas += 1
            las += g[4] == p[4]
    n = max(len(gold), 1)
    print(f"words {len(gold)}")
    print(f"UPOS  {upos / n:.4f}")
    print(f"UAS   {uas / n:.4f}")
    print(f"LAS   {las / n:.4f}")


if __name__ == "__main__":
    main()
