#!/usr/bin/env python3
"""Convert the OEDA Phoenix militarised non-state actor dictionary into a lexicon of armed groups.

Reads  ../shared/data/oeda/Phoenix.MilNonState.actors.txt (or --source): the Open Event Data Alliance
       Phoenix MNSA dictionary (names from the START TOPS database), MIT licence, PETRARCH actor format.
Writes Sources/ChanceryCore/Resources/Lexicon/groups-phoenix.tsv (or --out), rows
       phrase, country, role, actor, kind (group), since, until (empty: the dictionary gives no dates)
       in the format of Lexicon/groups.tsv, which the lexicon loads with every other Lexicon/*.tsv.

Rules (counts of what was kept and dropped are printed):
  * An entry is a head line `NAME_ [CODE]` with its `+VARIANT` lines, read as the people import reads
    them (Scripts/import-phoenix-people.py: read_entries, clean_words, pretty).
  * Code: its first three letters are the country (or a CAMEO region of regions.tsv: MEA, SAS) and the first CAMEO sector after them the role
    (FRAREB: France, rebels; COLREBMAR: Colombia, rebels). A transnational code (IMG..., IGO...) names no
    country, and events.md wants one: the entry is dropped, counted. Codes of countries unknown to
    countries.tsv are dropped.
  * Phrases: the head and the variants, parenthesised acronyms removed ("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)"
    gives "Aden Abyan Islamic Army"), of two words or more: a single dictionary word ("PATRIOTS", "AL")
    is too often an ordinary word in news.
  * A variant with no organisation word (army, front, brigades, movement, ...) is a member filed under the
    group ("Hasan Nasrallah" under Hezbollah) and is dropped, lest the leader be coded as the group.
  * Hand-written lexicon files win: a phrase any other Lexicon/*.tsv has is dropped, and so is a phrase
    that two entries give to different countries or roles.
  * The actor name is the head's phrase. Deterministic: the same dictionary gives the same file.

Run from the project root: python3 Scripts/import-phoenix-groups.py
"""
import argparse
import importlib.util
import os
import re
import sys

import lexicon_phrases

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LEXICON = os.path.join(ROOT, "Sources", "ChanceryCore", "Resources", "Lexicon")
SECTORS = ["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "INS", "PTY", "CVL", "MED", "BUS", "LAB", "EDU",
           "REL", "NGO", "REF", "CRM", "UAF", "AGR", "HLH"]
# Phoenix sectors outside events.md's roles, mapped as the agents import maps them.
SECTOR_MAP = {"SEP": "REB", "RAD": "OPP", "ENV": "NGO", "DEV": "NGO"}

# The comment lines the file opens with.
HEADER = """\
Armed non-state groups converted from the OEDA Phoenix MNSA dictionary Phoenix.MilNonState.actors.txt
(Copyright (c) 2014 Open Event Data Alliance, MIT License; names from the START TOPS database) by
Scripts/import-phoenix-groups.py. Do not edit: change the script or groups.tsv (which wins) and rerun it.
Columns as groups.tsv: phrase, country, role, actor, kind, since, until.
"""



def people_module():
    """The people import, whose entry reader and name casing this import shares."""
    spec = importlib.util.spec_from_file_location("import_phoenix_people", os.path.join(HERE, "import-phoenix-people.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def known_phrases(out_path):
    """Lower-cased phrases of every other lexicon file: the hand-written ones win."""
    return set(lexicon_phrases.phrases(LEXICON, out_path))


def countries():
    """The codes countries.tsv and regions.tsv know: ISO codes of states, CAMEO codes of regions (MEA, SAS)."""
    codes = set()
    for name in ("countries.tsv", "regions.tsv"):
        with open(os.path.join(LEXICON, name), encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) > 1 and not line.startswith("#"):
                    codes.add(cols[1].strip())
    return codes


# Words of organisations: a variant with none of them is a member's name the dictionary files under the group
# ("Hasan Nasrallah" under Hezbollah), which would make the leader the group; an entry's head is kept anyway.
GROUP_WORDS = {"army", "armies", "front", "brigade", "brigades", "movement", "movements", "party", "organization",
               "organisation", "group", "groups", "council", "battalion", "battalions", "commando", "commandos", "cell",
               "cells", "nuclei", "forces", "force", "mujahideen", "mujahidin", "jihad", "liberation", "resistance",
               "union", "committee", "committees", "league", "revolutionary", "tigers", "guerrilla", "guerrillas",
               "militia", "militias", "faction", "fighters", "defenders", "vanguard", "legion", "squad", "squads",
               "command", "alliance", "coalition", "society", "association", "network", "youth", "martyrs",
               "soldiers", "warriors", "guards", "guard", "ansar", "jamaat", "hizb", "harakat", "jaish", "kataib",
               "lashkar", "saraya", "tanzim", "path", "order", "action", "unit", "units", "insurgents", "rebels"}


# Function words that stay lower case inside a group's name ("Army of the Righteous").
MINOR = {"of", "the", "and", "for", "in", "on", "to", "de", "del", "la", "el", "y", "wa", "fi", "al", "bin"}


def display(ws, country, people):
    """A group's name as written in news: the people import's casing, function words lower case inside."""
    words = people.pretty(ws, [country]).split(" ")
    return " ".join(w if i == 0 or w.lower() not in MINOR else w.lower() for i, w in enumerate(words))


def code_of(raw, known, country_map):
    """(country, role) of a code such as `[FRAREB]`, or a string saying why it is dropped."""
    m = re.match(r"\[\s*([A-Z]+)", raw)
    if not m:
        return "unreadable code"
    code = m.group(1)
    country = country_map.get(code[:3], code[:3])
    if code[:3] in ("IMG", "IGO", "NGO", "MNC"):
        return "transnational code (no country)"
    if country not in known:
        return "country unknown to countries.tsv and regions.tsv"
    chunks = [SECTOR_MAP.get(code[i:i + 3], code[i:i + 3]) for i in range(3, len(code), 3)]
    role = next((c for c in chunks if c in SECTORS), "")
    return (country, role)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", default=os.path.join(ROOT, "..", "shared", "data", "oeda", "Phoenix.MilNonState.actors.txt"))
    ap.add_argument("--out", default=os.path.join(LEXICON, "groups-phoenix.tsv"))
    args = ap.parse_args()
    people = people_module()
    known, hand = countries(), known_phrases(args.out)
    dropped, rows, owners = {}, {}, {}

    def drop(reason, n=1):
        dropped[reason] = dropped.get(reason, 0) + n

    for e in people.read_entries(args.source):
        if not e["codes"]:
            drop("entry without a code")
            continue
        coded = code_of(e["codes"][0], known, people.COUNTRY_MAP)
        if isinstance(coded, str):
            drop(coded)
            continue
        country, role = coded
        head = people.clean_words(e["head"])
        actor = display(head, country, people)
        for n, raw in enumerate([e["head"]] + e["heads"] + e["variants"]):
            ws = people.clean_words(raw)
            if len(ws) < 2:
                drop("phrase of one word")
                continue
            if n > 0 and not any(w.lower().strip("-") in GROUP_WORDS or w.lower().startswith("al-") and w.lower()[3:] in GROUP_WORDS
                                 for w in " ".join(ws).replace("-", " - ").split()):
                drop("variant with no organisation word (a member's name)")
                continue
            text = display(ws, country, people)
            key = text.lower()
            if key in hand:
                drop("phrase of a hand-written lexicon file")
                continue
            if key in owners and owners[key] != (country, role):
                owners[key] = None
                continue
            owners.setdefault(key, (country, role))
            rows.setdefault(key, (text, country, role, actor))
    ambiguous = [k for k, v in owners.items() if v is None]
    for k in ambiguous:
        rows.pop(k, None)
    drop("phrase given to two countries or roles", len(ambiguous))
    lexicon_phrases.write(args.out, HEADER.splitlines(),
        [rows[key] + ("group", "", "") for key in sorted(rows)])
    print("wrote %d phrases to %s" % (len(rows), os.path.relpath(args.out, ROOT)), file=sys.stderr)
    for reason in sorted(dropped, key=lambda r: -dropped[r]):
        print("  dropped %5d  %s" % (dropped[reason], reason), file=sys.stderr)


if __name__ == "__main__":
    main()
