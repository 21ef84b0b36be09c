#!/usr/bin/env python3
"""Converts the sector nouns of the OEDA Phoenix agents dictionary (Phoenix.agents.txt, MIT) into Chancery's role
lexicon: Sources/ChanceryCore/Resources/Lexicon/roles-phoenix.tsv.

    Scripts/import-phoenix-agents.py [--shared ../shared] [--out FILE]

The dictionary lists agent nouns with their CAMEO sector: `FARMER [~AGR]`, `CATTLE!PERSON! [~AGR]`,
`CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]`, `ANTI_RIOT_POLICE {} [~COP]`. How it maps:
  - `_` joins words; `!PERSON!` and `!MINIST!` expand to their substitution sets (man, men, woman, ...);
  - a singular noun is a `title` (one person: "a farmer", "farmer John Doe") and its regular plural,
    which PETRARCH generates and the file leaves out, a `group`; `{PLURALS}` gives the plurals instead,
    `{}` none (the noun is a collective: a `group` itself);
  - a combined code (`~GOVMED`, `~REBMUS`) keeps its first sector, the one the phrase acts for; the
    religions (MUS, CHR, JEW, BUD, HIN, CTH, ...) are REL, as Chancery's sectors have no denominations;
  - international agents (`[IGO~]`) and codes of no sector are left out, counted;
  - a singular phrase is a `title` only when a word of it names a person (an agent suffix, or a title of
    roles.tsv: "medical man", "minister of foreign affairs"); otherwise it is a body, a `group` ("medical
    association");
  - a phrase of roles.tsv is left out: the hand-written file wins (its header says why it codes some
    words otherwise, such as protesters CVL), and so are the words it leaves out on purpose as ambiguous;
    so is a phrase whose last word roles.tsv codes as another sector ("military police" stays police, COP), unless
    that word only says it is a person (man, men, persons: "business man" is BUS although "man" alone is CVL);
  - a single word is kept only when it names a person by its form (an agent suffix: farmer, dictator,
    extremist, peasant, militiaman, detainee, missionary, operative), since the dictionary's single words also
    list places, vessels, media and adjectives (village, school, barracks, tv, muslim, naval) that PETRARCH
    reads only inside its noun phrases, and a lexicon of actor words would make actors of them.
Deterministic: the same dictionary gives the same file byte for byte.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LEXICON = os.path.join(ROOT, "Sources", "ChanceryCore", "Resources", "Lexicon")
# The roles of spec/events.md; Phoenix's other sectors map onto them (SECTOR_MAP) or are dropped.
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "INS", "PTY", "CVL", "MED", "BUS", "LAB", "EDU",
           "REL", "NGO", "REF", "CRM", "UAF", "AGR", "HLH"}
# Environmental and development groups are non-governmental organisations; elites (celebrities, the retired) are
# civilians; radicals oppose; separatists are rebels (the coding guide's REB).
SECTOR_MAP = {"ENV": "NGO", "DEV": "NGO", "ELI": "CVL", "RAD": "OPP", "SEP": "REB"}
RELIGIONS = {"MUS", "CHR", "JEW", "BUD", "HIN", "CTH", "SHI", "SUN", "ORT", "PRO", "JAN", "SIK", "CON", "ATH"}
# Single words roles.tsv leaves out on purpose (its header): ambiguous in news.
AMBIGUOUS = {"major", "deputy", "press", "people", "union", "justice", "fighter", "pilot", "agent", "division",
             "fighters", "pilots", "agents", "unions", "divisions", "majors", "deputies"}


# The words !PERSON! expands to: roles.tsv codes them alone as civilians (CVL), but after a sector word they only say
# that the phrase is a person ("business man", "clergy persons"), so they do not veto the phrase's own sector.
PERSON_WORDS = {"man", "men", "woman", "women", "person", "persons", "people"}


# Endings that make a single word a person or body of people: the agent suffixes of English.
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ary", "ive", "ite", "eer")


def names_a_person(word):
    """Whether a single word names a person by its form (an agent suffix), so that it can stand as an actor alone."""
    return word in ("man", "woman", "person") or word.endswith(AGENT_SUFFIXES) and not word.endswith("ment") and len(word) > 4


# Nouns that are plural or collective as written, so the file's own entry is the group.
IRREGULAR_PLURALS = {"children", "people", "police", "personnel", "clergy", "military", "staff", "youth", "gentry",
                     "militia", "infantry", "cavalry", "artillery", "navy", "army", "public", "media", "press"}


def plural(word):
    """The regular English plural, as PETRARCH generates it for the dictionary's nouns."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def phrase(token):
    """A dictionary token as lowercase words separated by spaces."""
    return " ".join(w for w in re.split(r"[_ ]+", token.lower().replace(",", " ").strip("_ ")) if w)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(LEXICON, "roles-phoenix.tsv"))
    args = ap.parse_args()
    with open(os.path.join(args.shared, "data", "oeda", "Phoenix.agents.txt"), encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    hand, hand_kinds = {}, {}
    with open(os.path.join(LEXICON, "roles.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and line.strip():
                cols = line.rstrip("\n").split("\t")
                hand[cols[0].strip().lower()] = cols[1].strip() if len(cols) > 1 else ""
                hand_kinds[cols[0].strip().lower()] = cols[2].strip() if len(cols) > 2 else ""
    subs = {}
    rows, dropped = {}, {}

    def drop(reason):
        dropped[reason] = dropped.get(reason, 0) + 1

    def add(text, role, kind, vouched=False):
        """Files a phrase unless a rule drops it; `vouched` (a plural whose singular roles.tsv codes alike) skips the
        last-word veto: roles.tsv's "attorney general" GOV makes "attorney generals" GOV though "generals" is MIL."""
        if not re.fullmatch(r"[a-z][a-z' .-]*", text):
            drop("not plain words")
        elif text in hand:
            drop("in roles.tsv")
        elif text in AMBIGUOUS:
            drop("ambiguous word roles.tsv leaves out")
        elif (" " in text and not vouched and text.split(" ")[-1] not in PERSON_WORDS
              and hand.get(text.split(" ")[-1], role) != role):
            drop("last word coded as another sector in roles.tsv")
        elif text not in rows:
            rows[text] = (role, kind)

    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^\s*([A-Z0-9_'!., -]+?)\s*(\{[^}]*\})?\s*\[([^\]}]*)[\]}]", line)
        if not m:
            drop("unreadable line")
            continue
        name, forms, code = m.groups()
        if not code.startswith("~"):
            drop("international or no sector")
            continue
        sector = code[1:4]
        if sector in RELIGIONS:
            sector = "REL"
        sector = SECTOR_MAP.get(sector, sector)
        if sector not in SECTORS:
            drop("unknown sector")
            continue
        names = [name]
        for key, values in subs.items():
            if key in name:
                names = [n.replace(key, "_" + v) for n in names for v in values]
        for n in names:
            text = phrase(n)
            if not text:
                continue
            last = text.split(" ")[-1]
            if " " not in text and not names_a_person(text):
                drop("single word that names no person by its form")
                continue
            # A singular noun is one person only when its last word names one ("medical man", "official"); a
            # "medical association" or "military academy" is a body, a group.
            singular = "title" if any(names_a_person(w) or hand_kinds.get(w) == "title" for w in text.split(" ")) else "group"
            if forms is None:
                is_plural = last.endswith("men") or last in IRREGULAR_PLURALS
                add(text, sector, "group" if is_plural else singular)
                if not is_plural:
                    add(" ".join(text.split(" ")[:-1] + [plural(last)]), sector, "group", hand.get(text) == sector)
            elif forms.strip("{} "):
                add(text, sector, singular)
                for p in forms.strip("{}").split():
                    add(phrase(p), sector, "group")
            else:
                add(text, sector, "group")
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Role words converted from the OEDA Phoenix agents dictionary Phoenix.agents.txt (Copyright (c) 2014\n")
        out.write("# Open Event Data Alliance, MIT License) by Scripts/import-phoenix-agents.py. Do not edit: change the\n")
        out.write("# script or roles.tsv (which wins over this file) and rerun it. Columns as roles.tsv: phrase, role, kind.\n")
        for text in sorted(rows):
            role, kind = rows[text]
            out.write("%s\t%s\t%s\n" % (text, role, kind))
    print("wrote %d role words to %s" % (len(rows), os.path.relpath(args.out, ROOT)), file=sys.stderr)
    for reason in sorted(dropped, key=lambda r: -dropped[r]):
        print("  dropped %5d  %s" % (dropped[reason], reason), file=sys.stderr)


if __name__ == "__main__":
    main()
