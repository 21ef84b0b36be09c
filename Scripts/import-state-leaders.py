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
import argparse
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LEXICON = os.path.join(ROOT, "Sources", "ChanceryCore", "Resources", "Lexicon")
FIRST_YEAR, LAST_YEAR, OPEN_END = 2015, 2019, 2026
LEGISLATURE_WORDS = ("House of", "Congress", "Assembly", "Parliament", "Senate")
REBEL_GOVERNMENTS = {"Houthi takeover in Yemen"}
# Letters NFKD does not decompose into a base letter and a mark.
PLAIN = str.maketrans({"đ": "d", "Đ": "D", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ð": "d",
                       "Ð": "D", "þ": "th", "æ": "ae", "ʻ": "'", "’": "'"})


def plain(text):
    """The spelling of a name without accents, as English news often writes it."""
    decomposed = unicodedata.normalize("NFKD", text.translate(PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def key(text):
    """Case- and accent-insensitive key of a phrase."""
    return " ".join(re.findall(r"[a-z0-9']+", plain(text).lower()))


def read_lexicon(out_path):
    """Phrase key -> [(file, country, kind, actor, since, until)] of every other lexicon file."""
    found = collections.defaultdict(list)
    for name in sorted(os.listdir(LEXICON)):
        path = os.path.join(LEXICON, name)
        if not name.endswith(".tsv") or name.startswith("roles") or os.path.abspath(path) == os.path.abspath(out_path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if line.startswith("#") or len(cols) < 5:
                    continue
                since = int(cols[5]) if len(cols) > 5 and cols[5].isdigit() else None
                until = int(cols[6]) if len(cols) > 6 and cols[6].isdigit() else None
                found[key(cols[0])].append((name, cols[1], cols[4], cols[3] or cols[0], since, until, cols[7] if len(cols) > 7 else ""))
    return found


def read_source(path, report):
    """Rows (line, country, government, office, name, since, until) of the extract, years clamped."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 6 or not cols[4].isdigit() or not (cols[5].isdigit() or cols[5] == "present"):
                print("%s:%d: expected country, government, office, name, from, to; row skipped" % (path, number),
                      file=sys.stderr)
                report["dropped: unreadable row"] += 1
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


def hand_years(entries, country):
    """Years the hand-written people.tsv already gives this phrase for this country."""
    years = set()
    for name, c, _, _, since, until, _ in entries:
        if name == "people.tsv" and c == country:
            years |= set(range(since or FIRST_YEAR, (until or OPEN_END) + 1))
    return years


def runs(years):
    """Consecutive runs (first, last, office) of a {year: office} map, split where the office changes."""
    out = []
    for year in sorted(years):
        if out and out[-1][1] == year - 1 and out[-1][2] == years[year]:
            out[-1][1] = year
        else:
            out.append([year, year, years[year]])
    return out


def rows_of(people, lexicon, report):
    """The lexicon rows of every person, with the hand-written files' precedence applied."""
    owners = collections.defaultdict(set)
    for (name, country, _) in people:
        for phrase in {name, plain(name)}:
            owners[key(phrase)].add(country)
    out = set()
    for (name, country, role), years in sorted(people.items()):
        if len(name.split()) < 2:
            report["dropped: name of one word"] += 1
            continue
        actor = canonical(name, country, lexicon)
        for phrase in sorted({name, plain(name)}):
            k = key(phrase)
            entries = lexicon.get(k, [])
            if len(owners[k]) > 1:
                report["dropped: phrase two countries share in the extract"] += 1
                continue
            if any(c != country or kind != "person" for (f, c, kind, _, _, _, _) in entries if f != "people-phoenix.tsv"):
                report["dropped: phrase another lexicon file gives to another country or kind"] += 1
                continue
            hand = hand_years(entries, country)
            mine = {y: o for y, o in years.items() if y not in hand}
            # The article's "present" is stale in places (Serzh Sargsyan, president "2008-present", left in 2018):
            # where the hand file ends a term in the same office, the years running straight on from its end are
            # that stale term (Raúl Castro's years as party leader after his presidency are another office).
            titles = {t.lower() for (f, c, _, _, _, _, t) in entries if f == "people.tsv" and c == country}
            first_run = runs(mine)[0] if mine else None
            if hand and first_run and first_run[0] == max(hand) + 1 and first_run[2].lower() in titles:
                mine = {y: o for y, o in mine.items() if y > first_run[1]}
                report["dropped: years running on from a term people.tsv ends"] += 1
            if not mine:
                report["dropped: phrase people.tsv has for all its years"] += 1
                continue
            for first, last, office in runs(mine):
                out.add((phrase, country, role, actor, "person", str(first), str(last), office))
            report["kept: phrases"] += 1
    return sorted(out, key=lambda r: (r[1], r[3], r[5], r[0]))


def canonical(name, country, lexicon):
    """The actor name a hand-written or Phoenix entry already gives this person."""
    for phrase in (name, plain(name)):
        for f, c, kind, actor, _, _, _ in lexicon.get(key(phrase), []):
            if c == country and kind == "person" and f in ("people.tsv", "people-phoenix.tsv"):
                return actor
    return name


def write(path, rows):
    """The lexicon file with its provenance."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("# Chancery lexicon: heads of state and government 2015-2019, converted by Scripts/import-state-leaders.py\n")
        out.write("# from Scripts/data/state-leaders-21st-century.tsv, an extract of Wikipedia's \"List of state leaders in\n")
        out.write("# the 21st century\" (CC BY-SA 3.0/4.0; see Gazetteer/ATTRIBUTION.md). Do not edit: fix people.tsv\n")
        out.write("# (which wins) or the extract, and rerun the script. Columns as people.tsv: phrase, country, role, actor,\n")
        out.write("# kind, since, until, title.\n")
        for r in rows:
            out.write("\t".join(r) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", default=os.path.join(HERE, "data", "state-leaders-21st-century.tsv"))
    ap.add_argument("--out", default=os.path.join(LEXICON, "people-leaders.tsv"))
    args = ap.parse_args()
    report = collections.Counter()
    source = read_source(args.source, report)
    people = persons(source)
    rows = rows_of(people, read_lexicon(args.out), report)
    write(args.out, rows)
    print("read %d rows (%d persons); wrote %d rows for %d persons to %s" % (
        len(source), len(people), len(rows), len({(r[3], r[1]) for r in rows}), os.path.relpath(args.out, ROOT)),
        file=sys.stderr)
    for reason, n in sorted(report.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %5d  %s" % (n, reason), file=sys.stderr)


if __name__ == "__main__":
    main()
