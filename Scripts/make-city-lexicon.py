#!/usr/bin/env python3
"""Derive Sources/ChanceryCore/Resources/Lexicon/cities.tsv from the gazetteer (Gazetteer/places.tsv).

A city that is not a capital names its country only before a word of a sector: "an Istanbul court",
"Mumbai police", "Lahore prosecutors" (the mention finder checks that); alone it is a place, not an actor.
Capitals are in countries.tsv already (they also stand for their governments). Names that are already a
phrase of another lexicon file are left out, so a country, person or group keeps its own entry.

    python3 Scripts/make-city-lexicon.py
"""
import csv, os, unicodedata

here = os.path.dirname(os.path.abspath(__file__))
res = os.path.join(here, "..", "Sources", "ChanceryCore", "Resources")
lexicon = os.path.join(res, "Lexicon")

def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")

def ascii_form(name):
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()

known = set()
for file in sorted(os.listdir(lexicon)):
    if file.endswith(".tsv") and file != "cities.tsv" and not file.startswith("roles"):
        for c in rows(os.path.join(lexicon, file)):
            known.add(c[0].lower())

out = {}
for c in rows(os.path.join(res, "Gazetteer", "places.tsv")):
    if len(c) < 6 or c[5] != "city":
        continue
    name, country = c[0], c[1]
    population = int(c[4]) if c[4].isdigit() else 0
    names = [name] + [a for a in (c[6].split("|") if len(c) > 6 and c[6] else [])]
    for n in names + [ascii_form(x) for x in names]:
        n = n.strip()
        # A name several cities share goes to the most populous, as the gazetteer itself resolves it.
        if len(n) < 4 or not n[0].isupper() or n.lower() in known or (n in out and out[n][2] >= population):
            continue
        out[n] = (country, name, population)

with open(os.path.join(lexicon, "cities.tsv"), "w", encoding="utf-8") as f:
    f.write("# Chancery lexicon: cities that are not capitals, an actor's country only before a sector word\n")
    f.write("# (\"an Istanbul court\" -> TUR JUD, \"Mumbai police\" -> IND COP); alone a city is a place.\n")
    f.write("# Derived from Gazetteer/places.tsv (GeoNames, CC BY 4.0) by Scripts/make-city-lexicon.py; do not edit.\n")
    f.write("# phrase\tcountry\trole\tactor\tkind\tsince\tuntil\n")
    for n in sorted(out):
        country, name, _ = out[n]
        f.write(f"{n}\t{country}\t\t{name}\tcity\t\t\n")
print(f"{len(out)} city names")
