#!/usr/bin/env python3
"""Count, per year, the UN members (and the lexicon's other states) the people lexicon gives a dated holder of each
kind of office: head of state or government, foreign, defence and interior minister, presiding officer.

Reads every Sources/ChanceryCore/Resources/Lexicon/people*.tsv (phrase, country, role, actor, kind, since, until,
title). A row counts for a year when its since and until (until empty: still in office, 2026) include it; rows
without a since are not dated and do not count. The kind of office is read from the title.

Run from the project root: python3 Scripts/office-coverage.py [FIRST LAST]
"""
import collections
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(os.path.dirname(HERE), "Sources", "ChanceryCore", "Resources", "Lexicon")
OPEN_END = 2026
# Title words of each kind of office, tried in this order (a "Prime Minister" is no minister of a department).
KINDS = [
    ("head", re.compile(r"\b(president|prime minister|premier|chancellor|king|queen|emir|sultan|monarch|taoiseach|"
                        r"supreme leader|druk gyalpo|yang di-pertuan agong|captain regent|governor-general|"
                        r"governor general|grand duke|prince|head of state|state counsellor|chairman of the "
                        r"presidential council|chairman of the sovereignty council)\b", re.I)),
    ("speaker", re.compile(r"\b(speaker|president of the (national )?assembly|president of the (chamber|parliament|"
                           r"senate|house)|chairperson of the national assembly)\b", re.I)),
    ("foreign", re.compile(r"\bforeign (minister|secretary)|secretary of state\b|minister of foreign", re.I)),
    ("defence", re.compile(r"\bdefen[cs]e (minister|secretary)|minister of (national )?defen[cs]e", re.I)),
    ("interior", re.compile(r"\b(interior|home|homeland security) (minister|secretary)|minister of (the )?interior|"
                            r"minister of home affairs", re.I)),
]


def kind_of(role, title):
    """The kind of office a title names, or None."""
    for kind, pattern in KINDS:
        if pattern.search(title) and (kind != "speaker" or role == "LEG") and (kind == "speaker" or role == "GOV"):
            return kind
    return None


def main():
    first, last = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) == 3 else (2015, OPEN_END)
    held = collections.defaultdict(set)  # (kind, year) -> countries
    for path in sorted(glob.glob(os.path.join(LEXICON, "people*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if line.startswith("#") or len(cols) < 8 or not cols[5].isdigit() or len(cols[1]) != 3:
                    continue
                kind = kind_of(cols[2], cols[7])
                if kind is None:
                    continue
                until = int(cols[6]) if cols[6].isdigit() else OPEN_END
                for year in range(max(int(cols[5]), first), min(until, last) + 1):
                    held[(kind, year)].add(cols[1])
    print("year  " + "  ".join("%8s" % k for k, _ in KINDS))
    for year in range(first, last + 1):
        print("%d  " % year + "  ".join("%8d" % len(held[(k, year)]) for k, _ in KINDS))


if __name__ == "__main__":
    main()
