#!/usr/bin/env python3
"""Derive Sources/ChanceryCore/Resources/Lexicon/regions-phoenix.tsv: regions that imply one country.

Phoenix's country entries (Phoenix.Countries.actors.txt, Open Event Data Alliance, MIT) list, after each country
("SUDAN_ [SDN]"), the names that stand for it: demonyms, cities, provinces and regions ("+DARFUR_", "+KORDOFAN_",
"+XINJIANG_"). The names no other lexicon file has are mostly regions, written here as kind `province`, the
convention of provinces.tsv: a region names its country only before a sector word ("Darfur rebels" -> SDN REB,
"Xinjiang police" -> CHN COP); alone it is a place, not an actor.

    python3 Scripts/import-phoenix-regions.py --shared ../shared

Left out, each counted:
  - a name another lexicon file has (a country, demonym, capital, city, province, person or group keeps its own);
  - a name under two countries' entries, and the disputed regions of DISPUTED (claimed or held by two states, an island two states share, or
    one people's land across borders): which country is meant is the story's to say, not the lexicon's;
  - a spelling of the country's own name ("Afganistan", "Abysinna": close to a name countries.tsv gives the
    country), which is no region of it;
  - epithets and descriptions ("The Graveyard Of Empires", "Administrative Divisions Of The Republic Of The
    Congo"): names that open with "The" or run to five words or more;
  - stems (a name without Phoenix's closing "_"), names shorter than four letters, names made only of common
    English words (en/words/common-words.txt), and entries with a code that is not one country's.
Deterministic: the same inputs give the same file byte for byte.
"""
import argparse
import difflib
import os
import re
import sys
from collections import Counter, defaultdict

from lexicon_phrases import phrases, write

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LEXICON = os.path.join(ROOT, "Sources", "ChanceryCore", "Resources", "Lexicon")
OUT = os.path.join(LEXICON, "regions-phoenix.tsv")
COMMON = os.path.join(ROOT, "Sources", "ChanceryCore", "Resources", "en", "words", "common-words.txt")

# Regions two states claim or hold, or whose people live across borders: no one country is implied.
DISPUTED = {
    "kashmir", "jammu and kashmir", "jammu", "azad kashmir", "crimea", "donbas", "donbass", "donetsk basin",
    "western sahara", "nagorno-karabakh", "nagorno karabakh", "karabakh", "artsakh", "golan", "golan heights",
    "abkhazia", "south ossetia", "transnistria", "transdniestria", "kosovo", "kurdistan", "tamil eelam", "eelam",
    "punjab", "bengal", "baluchistan", "balochistan", "macedonia", "azawad", "somaliland", "northern cyprus",
    "aksai chin", "arunachal pradesh", "spratly islands", "paracel islands", "kuril islands", "falkland islands",
    "falklands", "timor", "borneo", "new guinea", "hispaniola", "tierra del fuego", "fuego", "west bank", "gaza", "gaza strip", "east jerusalem", "kurdish region", "tibet", "sahara",
}

COUNTRY = re.compile(r"^([A-Z][A-Z0-9'.\-_]*_)\s*\[([A-Z]{3})\]\s*(#.*)?$")


def common_words():
    with open(COMMON, encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}


def words_of(raw):
    """A Phoenix phrase as written words ("NUBIAN_DESERT_" -> "Nubian Desert"); nil for a stem."""
    raw = raw.split("#")[0].strip()
    if not raw.endswith("_"):
        return None
    parts = [w for w in raw.rstrip("_").split("_") if w]
    return " ".join(p[:1] + p[1:].lower() if not p.startswith("AL-") else "al-" + p[3:4] + p[4:].lower()
                    for p in parts)


def country_names():
    """Country code -> the lower-cased names countries.tsv gives it as a country or demonym."""
    names = defaultdict(set)
    with open(os.path.join(LEXICON, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 5 or cols[4] not in ("country", "demonym", "people"):
                continue
            names[cols[1]].add(cols[0].lower())
    return names


def spells_country(name, names):
    """Whether `name` is a spelling of one of the country's own names."""
    key = name.lower()
    return any(difflib.SequenceMatcher(None, key, n).ratio() >= 0.75 for n in names)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    args = ap.parse_args()
    source = os.path.join(args.shared, "data", "oeda", "Phoenix.Countries.actors.txt")
    known = phrases(LEXICON, OUT)
    common = common_words()
    own_names = country_names()
    countries = defaultdict(set)
    dropped = Counter()
    current = None
    with open(source, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            m = COUNTRY.match(line)
            if m:
                current = m.group(2)
                continue
            if not line.startswith("+"):
                if line and not line[0].isspace():
                    current = None  # a person's or group's entry: its variants are no country's names
                continue
            if current is None:
                continue
            name = words_of(line[1:])
            if name is None:
                dropped["stem"] += 1
                continue
            countries[name].add(current)
    rows = []
    for name in sorted(countries):
        key = name.lower()
        if key in known:
            dropped["in another lexicon file"] += 1
        elif len(countries[name]) > 1:
            dropped["under two countries"] += 1
        elif key in DISPUTED:
            dropped["disputed"] += 1
        elif key.startswith("the ") or len(name.split()) >= 5:
            dropped["an epithet or description"] += 1
        elif spells_country(name, own_names[next(iter(countries[name]))]):
            dropped["a spelling of the country's name"] += 1
        elif len(name.replace(" ", "")) < 4:
            dropped["shorter than four letters"] += 1
        elif all(w.lower() in common for w in name.split()):
            dropped["only common words"] += 1
        else:
            rows.append((name, next(iter(countries[name])), "", name, "province", "", ""))
    header = [
        "Chancery lexicon: regions that imply one country (Darfur SDN, Xinjiang CHN), an actor's country only before",
        "a sector word (\"Darfur rebels\" -> SDN REB); alone a place, as provinces.tsv.",
        "Derived from Phoenix.Countries.actors.txt (Open Event Data Alliance, MIT) by Scripts/import-phoenix-regions.py;",
        "do not edit. Kept %d; dropped: %s." % (len(rows), ", ".join("%s %d" % kv for kv in sorted(dropped.items()))),
        "phrase\tcountry\trole\tactor\tkind\tsince\tuntil",
    ]
    write(OUT, header, rows)
    print("kept %d, dropped %s" % (len(rows), dict(sorted(dropped.items()))), file=sys.stderr)


if __name__ == "__main__":
    main()
