"""Turning office holders with years into dated person rows of the lexicon, shared by the imports of office holders
(Scripts/import-state-leaders.py, Scripts/import-office-holders.py) so that every import applies one precedence:
hand-written entries win, one person keeps one actor name, and a phrase two countries share is left out."""
import argparse
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LEXICON = os.path.join(ROOT, "Sources", "ChanceryCore", "Resources", "Lexicon")
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


def arguments(doc, source, out):
    """The command line of an import: --source (default Scripts/data/`source`) and --out (default Lexicon/`out`)."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--source", default=os.path.join(HERE, "data", source))
    ap.add_argument("--out", default=os.path.join(LEXICON, out))
    return ap.parse_args()


def source_rows(path, count, expected, report):
    """(line number, columns) of each row of an extract, rows without `count` columns or for which the caller
    calls `unreadable` reported on stderr as "expected ...", naming the file and line."""
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) == count:
                yield number, cols
            else:
                unreadable(path, number, expected, report)


def unreadable(path, number, expected, report):
    """Report a row of an extract that cannot be read."""
    print("%s:%d: expected %s; row skipped" % (path, number, expected), file=sys.stderr)
    report["dropped: unreadable row"] += 1


def read_lexicon(out_path):
    """Phrase key -> [(file, country, kind, actor, since, until, title)] of every other lexicon file."""
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


class Precedence:
    """Which lexicon files win over an import, and its span of years.

    winners: files whose years for a phrase and country the import leaves out (the hand-written people.tsv, and for
    a later import the earlier ones); namers: files whose actor name for a person the import reuses; closers: files
    whose end of a term in the same office makes the source's years straight after it a stale "present"; first_year
    and open_end: the first year kept and the year an open term is taken to run to."""

    def __init__(self, winners, namers, closers, first_year, open_end):
        self.winners, self.namers, self.closers = winners, namers, closers
        self.first_year, self.open_end = first_year, open_end

    def hand_years(self, entries, country):
        """Years the winning files already give this phrase for this country."""
        years = set()
        for name, c, _, _, since, until, _ in entries:
            if name in self.winners and c == country:
                years |= set(range(since or self.first_year, (until or self.open_end) + 1))
        return years

    def canonical(self, name, country, lexicon):
        """The actor name a hand-written or earlier entry already gives this person."""
        for phrase in (name, plain(name)):
            for f, c, kind, actor, _, _, _ in lexicon.get(key(phrase), []):
                if c == country and kind == "person" and f in self.namers:
                    return actor
        return name


def runs(years):
    """Consecutive runs (first, last, office) of a {year: office} map, split where the office changes."""
    out = []
    for year in sorted(years):
        if out and out[-1][1] == year - 1 and out[-1][2] == years[year]:
            out[-1][1] = year
        else:
            out.append([year, year, years[year]])
    return out


def rows_of(people, lexicon, report, precedence, open_people=frozenset(), spellings=None):
    """The lexicon rows of every person {(name, country, role): {year: office}}, with the winning files' precedence
    applied; a run of a person in `open_people` that reaches the open end is written without an end year, and a name
    in `spellings` {(name, country): name} takes the actor name of the one it maps to."""
    owners = collections.defaultdict(set)
    for (name, country, _) in people:
        for phrase in {name, plain(name)}:
            owners[key(phrase)].add(country)
    out = set()
    for (name, country, role), years in sorted(people.items()):
        if len(name.split()) < 2:
            report["dropped: name of one word"] += 1
            continue
        actor = precedence.canonical((spellings or {}).get((name, country), name), country, lexicon)
        for phrase in sorted({name, plain(name)}):
            k = key(phrase)
            entries = lexicon.get(k, [])
            if len(owners[k]) > 1:
                report["dropped: phrase two countries share in the extract"] += 1
                continue
            if any(c != country or kind != "person" for (f, c, kind, _, _, _, _) in entries if f != "people-phoenix.tsv"):
                report["dropped: phrase another lexicon file gives to another country or kind"] += 1
                continue
            hand = precedence.hand_years(entries, country)
            mine = {y: o for y, o in years.items() if y not in hand}
            # A source's "present" can be stale (Serzh Sargsyan, president "2008-present", left in 2018): where a
            # winning file ends a term in the same office, the years running straight on from its end are that stale
            # term (Raúl Castro's years as party leader after his presidency are another office).
            closed = [(u, t.lower()) for (f, c, _, _, _, u, t) in entries if f in precedence.closers and c == country]
            first_run = runs(mine)[0] if mine else None
            if first_run and any(u is not None and first_run[0] == u + 1 and first_run[2].lower() == t for u, t in closed):
                mine = {y: o for y, o in mine.items() if y > first_run[1]}
                report["dropped: years running on from a term people.tsv ends"] += 1
            if not mine:
                report["dropped: phrase people.tsv has for all its years"] += 1
                continue
            is_open = (name, country, role) in open_people
            for first, last, office in runs(mine):
                until = "" if is_open and last == precedence.open_end else str(last)
                out.add((phrase, country, role, actor, "person", str(first), until, office))
            report["kept: phrases"] += 1
    return sorted(out, key=lambda r: (r[1], r[3], r[5], r[0], r))


def write(path, header, rows, read, persons, report):
    """The lexicon file (its header lines, each written after "# ", then the rows), and on stderr the counts of what
    was read, written and dropped."""
    with open(path, "w", encoding="utf-8") as out:
        for line in header:
            out.write("# " + line + "\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    print("read %d rows (%d persons); wrote %d rows for %d persons to %s" % (
        read, persons, len(rows), len({(r[3], r[1]) for r in rows}), os.path.relpath(path, ROOT)), file=sys.stderr)
    for reason, n in sorted(report.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %5d  %s" % (n, reason), file=sys.stderr)
