#!/usr/bin/env python3
"""Derive Sources/ChanceryCore/Resources/Lexicon/provinces.tsv from GeoNames' first-level divisions.

A state, province or region names its country only before a word of a sector, like a city: "the Uttar
Pradesh government" -> IND GOV, "Queensland police" -> AUS COP, "the North Dakota Senate" -> USA LEG; alone
it is a place, not an actor (the mention finder checks that).

    python3 Scripts/make-province-lexicon.py

Source: Scripts/data/admin1CodesASCII.txt, GeoNames' admin1 codes (https://www.geonames.org/, CC BY 4.0),
columns code (ISO2.admin), name, ASCII name, geonameid. What is left out, each counted:
  - a name two countries share ("Punjab", "Saint George", "Central"): which one is meant is unknown;
  - a name another lexicon file has (a country, capital, city, person or group keeps its own entry);
  - a name made only of common English words ("Federal District", "Long Island", "Plateau"), since
    "the Central government" is no province's: the words of en/words/common-words.txt (from UD English EWT,
    by Scripts/make-common-words.py);
  - names shorter than four letters, and rows of countries the lexicon has no code for.
A name ending in a division word ("Gomel Oblast", "Rajshahi Division") is also written without it, when
what is left is itself a name by these rules. Deterministic: the same inputs give the same file byte for byte.
"""
import argparse
import os
import sys
import unicodedata
from collections import Counter, defaultdict

from lexicon_phrases import phrases

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LEXICON = os.path.join(ROOT, "Sources", "ChanceryCore", "Resources", "Lexicon")
SOURCE = os.path.join(HERE, "data", "admin1CodesASCII.txt")
OUT = os.path.join(LEXICON, "provinces.tsv")
COMMON = os.path.join(ROOT, "Sources", "ChanceryCore", "Resources", "en", "words", "common-words.txt")

# Words that say what kind of division a name is; GeoNames appends some of them to the name.
DIVISION_WORDS = {
    "province", "region", "district", "governorate", "county", "state", "territory", "division", "department",
    "oblast", "prefecture", "municipality", "parish", "rayon", "krai", "okrug", "republic", "canton", "voivodeship",
    "emirate", "city", "capital", "area", "zone", "island", "islands",
}


def ascii_form(name):
    """The name without diacritics ("São Paulo" -> "Sao Paulo")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def iso2_to_iso3():
    """ISO 3166-1 alpha-2 -> alpha-3 (GeoNames' admin1 codes start with alpha-2; the lexicon writes alpha-3)."""
    table = {}
    path = os.path.join(HERE, "data", "iso-3166-codes.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            two, three = line.rstrip("\n").split("\t")[:2]
            table[two] = three
    return table


def common_words():
    """Common English words (en/words/common-words.txt, from UD English EWT by Scripts/make-common-words.py)."""
    with open(COMMON, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def candidate_names(name, ascii_name):
    """The spellings a division is written with: as listed, without diacritics, and without a division word."""
    names = []
    for n in (name, ascii_name, ascii_form(name)):
        n = " ".join(n.split())
        if n and n not in names:
            names.append(n)
    for n in list(names):
        words = n.split(" ")
        if len(words) > 1 and words[-1].lower() in DIVISION_WORDS:
            short = " ".join(words[:-1])
            if short not in names:
                names.append(short)
    return names


def main():
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args()
    iso3 = iso2_to_iso3()
    common = common_words()
    known = phrases(LEXICON, OUT)
    coded = {country for country, _ in known.values()}
    dropped = Counter()
    countries_of = defaultdict(set)
    official = {}
    with open(SOURCE, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3 or "." not in cols[0]:
                print(f"{SOURCE}:{number}: expected code, name, ASCII name; row skipped", file=sys.stderr)
                dropped["unreadable"] += 1
                continue
            country = iso3.get(cols[0].split(".", 1)[0])
            if country is None or country not in coded:
                dropped["country without a code"] += 1
                continue
            for n in candidate_names(cols[1], cols[2]):
                countries_of[n].add(country)
                official.setdefault((n, country), cols[2])

    out = {}
    for n in sorted(countries_of):
        words = n.split(" ")
        if sum(c.isalpha() for c in n) < 4 or not n[0].isupper():
            dropped["shorter than four letters or lower case"] += 1
        elif len(countries_of[n]) > 1:
            dropped["shared by two countries"] += 1
        elif n.lower() in known:
            dropped["already another lexicon phrase"] += 1
        elif all(w.lower() in common or w.lower() in DIVISION_WORDS for w in words):
            dropped["only common words"] += 1
        else:
            country = next(iter(countries_of[n]))
            out[n] = (country, official[(n, country)])

    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Chancery lexicon: states, provinces and regions, an actor's country only before a sector word\n")
        f.write("# (\"the Uttar Pradesh government\" -> IND GOV, \"Queensland police\" -> AUS COP); alone a place.\n")
        f.write("# Derived from GeoNames admin1 codes (CC BY 4.0) by Scripts/make-province-lexicon.py; do not edit.\n")
        f.write("# phrase\tcountry\trole\tactor\tkind\tsince\tuntil\n")
        for n in sorted(out):
            country, name = out[n]
            f.write(f"{n}\t{country}\t\t{name}\tprovince\t\t\n")
    print(f"{len(out)} province names kept")
    for reason, count in sorted(dropped.items(), key=lambda x: (-x[1], x[0])):
        print(f"  dropped {count}: {reason}")


if __name__ == "__main__":
    main()
