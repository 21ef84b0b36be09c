#!/usr/bin/env python3
"""Convert the extract of heads of state and government (2015 on) into a dated lexicon of office holders.

Reads  Scripts/data/state-leaders-21st-century.tsv (or --source): rows country, government, office, name, from, to
       extracted from Wikipedia's "List of state leaders in the 21st century" (CC BY-SA; see the file's header).
Writes Sources/ChanceryCore/Resources/Lexicon/people-leaders.tsv (or --out), rows
       phrase, country, role, actor, kind (person), since, until, title
       in the format of Lexicon/people.tsv, which the lexicon loads with every other Lexicon/*.tsv.

Rules (counts of what was kept and dropped, by reason, are printed):
  * Years: from-to, clamped to FIRST_YEAR-LAST_YEAR (2015-2019): the Phoenix import covers 1950-2014 and the article
    is of 2019, so "present" is read as 2019 and no later year is claimed. A row ending before 2015 is dropped.
  * Role: GOV; a presiding officer of a legislature (an office naming a House, Congress or Assembly) LEG; the
    Houthi authorities in Yemen REB, as people.tsv codes the Houthi leaders.
  * Phrases: the name as written, without a parenthesised note, and its spelling without accents when it differs
    ("Recep Tayyip Erdogan", "Nguyen Xuan Phuc"). A name of one word (Salman, Francis, Philippe) is dropped: a single
    word is too often another person or an ordinary word.
  * One person (name and country) gets one row per run of years with its first office as the title.
  * Hand-written entries win, as in the Phoenix people import: for a phrase people.tsv has for the same country, only
    the years people.tsv does not cover are kept; a phrase people.tsv or another lexicon file gives to another
    country or kind is dropped. A phrase two countries share in this extract (a co-prince who is also a president)
    is dropped as ambiguous.
  * The actor name is the one people.tsv or people-phoenix.tsv already uses for that phrase and country, so that one
    person keeps one name across periods; else the name as written.
Deterministic: the same extract gives the same file byte for byte.

Run from the project root: python3 Scripts/import-state-leaders.py
"""
import collections
import re

from office_holders import Precedence, arguments, read_lexicon, rows_of, source_rows, unreadable, write

FIRST_YEAR, LAST_YEAR, OPEN_END = 2015, 2019, 2026
LEGISLATURE_WORDS = ("House of", "Congress", "Assembly", "Parliament", "Senate")
REBEL_GOVERNMENTS = {"Houthi takeover in Yemen"}
PRECEDENCE = Precedence(winners=("people.tsv",), namers=("people.tsv", "people-phoenix.tsv"), closers=("people.tsv",),
                        first_year=FIRST_YEAR, open_end=OPEN_END)
HEADER = [
    "Chancery lexicon: heads of state and government 2015-2019, converted by Scripts/import-state-leaders.py",
    "from Scripts/data/state-leaders-21st-century.tsv, an extract of Wikipedia's \"List of state leaders in",
    "the 21st century\" (CC BY-SA 3.0/4.0; see Gazetteer/ATTRIBUTION.md). Do not edit: fix people.tsv",
    "(which wins) or the extract, and rerun the script. Columns as people.tsv: phrase, country, role, actor,",
    "kind, since, until, title.",
]


def read_source(path, report):
    """Rows (line, country, government, office, name, since, until) of the extract, years clamped."""
    rows = []
    expected = "country, government, office, name, from, to"
    for number, cols in source_rows(path, 6, expected, report):
        if not cols[4].isdigit() or not (cols[5].isdigit() or cols[5] == "present"):
            unreadable(path, number, expected, report)
            continue
        country, government, office, name, start, end = cols
        until = LAST_YEAR if end == "present" else min(int(end), LAST_YEAR)
        since = max(int(start), FIRST_YEAR)
        if until < FIRST_YEAR or since > until:
            report["dropped: period before 2015 or after 2019"] += 1
            continue
        rows.append((number, country, government, office, re.sub(r"\s*\([^)]*\)", "", name).strip(), since, until))
    return rows


def role_of(government, office):
    """The CAMEO sector of an office."""
    if government in REBEL_GOVERNMENTS:
        return "REB"
    return "LEG" if any(w in office for w in LEGISLATURE_WORDS) else "GOV"


def persons(rows):
    """(name, country, role) -> {year: office}, the first office listed for a year winning."""
    out = collections.defaultdict(dict)
    for _, country, government, office, name, since, until in rows:
        years = out[(name, country, role_of(government, office))]
        for year in range(since, until + 1):
            years.setdefault(year, office)
    return out


def main():
    args = arguments(__doc__, "state-leaders-21st-century.tsv", "people-leaders.tsv")
    report = collections.Counter()
    source = read_source(args.source, report)
    people = persons(source)
    rows = rows_of(people, read_lexicon(args.out), report, PRECEDENCE)
    write(args.out, HEADER, rows, len(source), len(people), report)


if __name__ == "__main__":
    main()
