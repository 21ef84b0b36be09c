#!/usr/bin/env python3
"""Convert the OEDA Phoenix international actor dictionary into a lexicon of IGOs, NGOs, companies and IGO officials.

Reads  ../shared/data/oeda/Phoenix.International.actors.txt (or --source): the Open Event Data Alliance Phoenix
       dictionary of intergovernmental organisations, NGOs and multinational corporations (CAMEO, MIT licence,
       PETRARCH actor format).
Writes Sources/ChanceryCore/Resources/Lexicon/international-phoenix.tsv (or --out), rows
       phrase, country, role, actor, kind, since, until
       in the format of Lexicon/igos.tsv, which the lexicon loads with every other Lexicon/*.tsv.

Rules (counts of what was kept and dropped, by reason, are printed):
  * Entries are read as the people import reads them (Scripts/import-phoenix-people.py: read_entries, clean_words,
    pretty): a head, its `+` variants and its codes; the first code decides.
  * IGO codes (`IGO` + optional CAMEO region and sector chunks + an organisation chunk: IGOUNOHLHWHO, IGOWSTNAT)
    become the coding guide's `IGO` + usual acronym through ORGANISATIONS (WHO -> IGOWHO, NAT -> IGONATO); a UN
    body with no code of its own is IGOUN, as igos.tsv codes UNICEF and UNHCR. A code whose organisation has no
    such acronym, or names none (`[IGO]`, `[IGOLAM]`), is dropped: the guide wants the organisation's code.
  * NGO codes with no state (NGO, NGOHLH, NGOAFR) are the coding guide's `NGO`, as ngos.tsv writes them; a national
    NGO (NGOUSA, NGOGBRHLH) is a body of its country (kind org), as the lexicon codes the American Civil Liberties
    Union. The role is the first sector after it (HLH, EDU, MED; religions are REL, development, environment and
    rights groups NGO).
  * MNC codes (MNCUSA, MNCCHNHLH) are companies: the home country (a CAMEO code mapped as the people import maps
    it) with role BUS, kind org. A company with no home country is dropped (events.md wants a country). The
    company forms INC, CORP, LTD ... at the end of a name are also dropped to give the name news writes.
  * MED codes are media (kind media, the country of the code or none: dropped, media.tsv is hand-made).
  * A person is an entry whose code has dates (the dictionary's IGOrulers lists): kind person, role GOV as
    people.tsv codes IGO chiefs, years clamped to 1950-2014 as the people import does (the dictionary ends in
    2014). An undated code on a personal name (a staffer) claims no period and is dropped.
  * Phrases of two or more words; a single word only when it is the acronym of the entry's name (ACLU for the
    American Civil Liberties Union): other single words (AMIT, FOREST, OLIVE, company names) are too often ordinary
    words or people's names in news.
  * Hand-written lexicon files win: a phrase any other Lexicon/*.tsv has is dropped, and the report counts how
    many of those the hand files code as this import would (agree) or otherwise (disagree). A phrase two entries
    give to different codes is dropped as ambiguous. Deterministic: the same dictionary gives the same file.

Run from the project root: python3 Scripts/import-phoenix-international.py
"""
import argparse
import os
import re
import runpy
import sys
import types

import lexicon_phrases

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LEXICON = os.path.join(ROOT, "Sources", "ChanceryCore", "Resources", "Lexicon")
FIRST_YEAR, LAST_YEAR = 1950, 2014

# CAMEO organisation chunks and the coding guide's codes for them (igos.tsv's codes).
ORGANISATIONS = {
    "UNO": "IGOUN", "EEC": "IGOEU", "NAT": "IGONATO", "WBK": "IGOWB", "IMF": "IGOIMF", "WHO": "IGOWHO",
    "IAE": "IGOIAEA", "ASN": "IGOASEAN", "SAA": "IGOSAARC", "OPC": "IGOOPEC", "EBR": "IGOEBRD", "EAC": "IGOEAC",
    "ADB": "IGOADB", "AFU": "IGOAU", "OAU": "IGOAU", "EFT": "IGOEFTA", "SAD": "IGOSADC", "OAS": "IGOOAS",
    "ARL": "IGOARL", "ICC": "IGOICC", "CWN": "IGOCWN", "ITP": "IGOINTERPOL", "WAS": "IGOECOWAS", "ICJ": "IGOICJ",
    "WTO": "IGOWTO", "APE": "IGOOAPEC", "OIC": "IGOOIC", "CIS": "IGOCIS", "AFB": "IGOAFDB", "GCC": "IGOGCC",
    "SCE": "IGOOSCE", "COE": "IGOCOE", "IAD": "IGOIGAD", "ECA": "IGOECCAS", "BIS": "IGOBIS", "GOE": "IGOG8",
    "GOS": "IGOG7", "GSS": "IGOG77", "AIE": "IGOIEA", "IDB": "IGOIADB",
}
# Chunks of UN bodies with no code of their own in the guide: coded IGOUN when the code is under UNO.
UN_BODIES = {"KID", "HCR", "HCH", "ILO", "WFP", "FAO", "WCT"}
SECTORS = ["GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "INS", "PTY", "CVL", "MED", "BUS", "LAB", "EDU",
           "REL", "NGO", "REF", "CRM", "UAF", "AGR", "HLH"]
RELIGIONS = {"MUS", "CHR", "JEW", "BUD", "HIN", "CTH", "SHI", "SUN", "ORT", "PRO", "JAN", "SIK", "CON", "ATH", "MOS"}
# NGO sectors outside events.md's roles: development, environment and rights groups are NGOs.
NGO_SECTORS = {"DEV": "NGO", "ENV": "NGO", "HRI": "NGO", "RAD": "OPP", "ELI": "CVL"}
COMPANY_FORMS = {"INC", "INC.", "CORP", "CORP.", "CORPORATION", "CO", "CO.", "LTD", "LTD.", "PLC", "LLC", "LP", "SA",
                 "AG", "NV", "AB", "ASA", "LIMITED", "COMPANY", "HOLDINGS", "GROUP", "TRUST", "FUND"}


def people_module():
    """The people import, whose entry reader, date reader and name casing this import shares (its main() not run)."""
    return types.SimpleNamespace(**runpy.run_path(os.path.join(HERE, "import-phoenix-people.py")))


def hand_phrases(out_path):
    """Lower-cased phrase -> (country, file) of every other lexicon file: the hand-written ones win."""
    return lexicon_phrases.phrases(LEXICON, out_path)


def chunks_of(code):
    """The three-letter chunks of a CAMEO code after its first three letters."""
    return [code[i:i + 3] for i in range(3, len(code), 3)]


def igo_code(code):
    """The guide's code for an IGO code, or a reason it has none."""
    chunks = chunks_of(code)
    for c in reversed(chunks):
        if c in ORGANISATIONS:
            return ORGANISATIONS[c]
    if chunks[:1] == ["UNO"]:
        return "IGOUN"
    return "IGO code without an organisation the coding guide names"


def ngo_role(code):
    """The role of an NGO code: its first sector, NGO when it names none."""
    for c in chunks_of(code):
        if c in RELIGIONS:
            return "REL"
        c = NGO_SECTORS.get(c, c)
        if c in SECTORS:
            return c
    return "NGO"


def classify(code, people, known, regions):
    """(country, role, kind) of an organisation's code, or a string saying why it is dropped."""
    head = code[:3]
    if head == "IGO":
        igo = igo_code(code)
        return igo if " " in igo else (igo, "", "igo")
    if head == "NGO":
        home = people.COUNTRY_MAP.get(code[3:6], code[3:6])
        # A national NGO (NGOUSA, NGOGBRHLH) is a body of its country, as the lexicon codes the ACLU; a transnational
        # one (NGO, NGOHLH, NGOAFR: no state) is the guide's NGO.
        country = home if home in known and home not in regions else "NGO"
        return (country, ngo_role(code), "igo" if country == "NGO" else "org")
    if head == "MNC":
        country = people.COUNTRY_MAP.get(code[3:6], code[3:6])
        return (country, "BUS", "org") if country in known else "company without a home country countries.tsv knows"
    if head == "MED":
        return "media code without a country (media.tsv is the media lexicon)"
    country = people.COUNTRY_MAP.get(head, head)
    if country in known and "MED" in chunks_of(code):
        return (country, "MED", "media")
    return "code of no IGO, NGO, company or media"


def years_of(raw, people):
    """(since, until) of a dated code such as `[IGOUNO 970101-061231]` or `[IGOWSTNAT >090702]`, clamped to the
    dictionary's years, or None for an undated code or one outside them."""
    m = re.match(r"\[\s*[^\s\]]+\s*([^\]]*)\]?", raw)
    rest = m.group(1).strip() if m else ""
    if not rest:
        return None
    if rest[0] in "<>":
        d, _ = people.parse_date(rest[1:])
        span = (FIRST_YEAR, d.year) if rest[0] == "<" and d else (d.year, LAST_YEAR) if d else None
    elif "-" in rest:
        a, _ = people.parse_date(rest.split("-", 1)[0])
        b, _ = people.parse_date(rest.split("-", 1)[1])
        span = (a.year, b.year) if a and b else None
    else:
        d, _ = people.parse_date(rest)
        span = (d.year, LAST_YEAR) if d else None
    if span is None:
        return None
    since, until = max(span[0], FIRST_YEAR), min(span[1], LAST_YEAR)
    return (since, until) if since <= until else None


def phrases_of(ws, kind):
    """The phrases an organisation's words give: the name, and for a company the name without its legal form."""
    if len(ws) > 1 and ws[0].upper() == "THE":
        ws = ws[1:]     # "The European Union", "The UN": the article is read before the name
    out = [ws]
    if kind == "org":
        bare = list(ws)
        while len(bare) > 2 and bare[-1].upper().strip(",") in COMPANY_FORMS:
            bare.pop()
        if bare != ws:
            out.append(bare)
    return out


# Function words that stay lower case inside a name ("Council of Europe").
MINOR = {"of", "the", "and", "for", "in", "on", "to", "de", "del", "la", "el", "y", "des", "du", "et", "at", "by"}


def display(ws, country, people):
    """A name as written in news: the people import's casing, function words lower case inside, a single word (an
    acronym) as the dictionary writes it."""
    if len(ws) == 1:
        return ws[0]
    words = people.pretty(ws, [country]).split(" ")
    return " ".join(w if i == 0 or w.lower() not in MINOR else w.lower() for i, w in enumerate(words))


def is_acronym_of(word, head):
    """Whether a single word is the acronym of a name of several words: its letters are the initials of the name's
    words, in order, some words skipped ("ACLU" of American Civil Liberties Union; not "AMIT", a name of its own)."""
    initials = [w[0] for w in head if w and w.lower() not in MINOR and w[0].isalpha()]
    letters = [c for c in word.upper() if c.isalpha()]
    if len(head) < 2 or len(letters) < 3 or not initials or letters[0] != initials[0].upper():
        return False
    k = 0
    for c in letters:
        while k < len(initials) and initials[k].upper() != c:
            k += 1
        if k == len(initials):
            return False
        k += 1
    return True


def phrase_problem(ws, kind, head):
    """Why a phrase of these words cannot stand as an actor, or None."""
    if not ws:
        return "empty phrase"
    if len(ws) == 1 and not (kind == "igo" and is_acronym_of(ws[0], head)):
        return "phrase of one word that is no acronym of its name (an ordinary word or a name too often)"
    if not re.search(r"[A-Za-z]", " ".join(ws)):
        return "phrase without letters"
    return None


class Report:
    """Counts of what was kept and dropped, by reason."""

    def __init__(self):
        self.dropped, self.kept = {}, {}

    def drop(self, reason, n=1):
        self.dropped[reason] = self.dropped.get(reason, 0) + n

    def keep(self, kind, n=1):
        self.kept[kind] = self.kept.get(kind, 0) + n

    def print(self, out, rows, path):
        print("wrote %d phrases to %s" % (len(rows), os.path.relpath(path, ROOT)), file=out)
        for kind in sorted(self.kept):
            print("  kept    %5d  %s phrases" % (self.kept[kind], kind), file=out)
        for reason in sorted(self.dropped, key=lambda r: (-self.dropped[r], r)):
            print("  dropped %5d  %s" % (self.dropped[reason], reason), file=out)


def entry_rows(e, people, known, regions, report):
    """The rows (key, text, country, role, actor, kind, since, until) of one dictionary entry."""
    if not e["codes"]:
        report.drop("entry without a code")
        return []
    raw = e["codes"][0]
    m = re.match(r"\[\s*([A-Z]+)", raw)
    if not m:
        report.drop("unreadable or null code")
        return []
    coded = classify(m.group(1), people, known, regions)
    if isinstance(coded, str):
        report.drop(coded)
        return []
    country, role, kind = coded
    span = years_of(raw, people)
    if span is not None and kind == "igo":
        kind, role = "person", "NGO" if country == "NGO" else "GOV"
    elif span is None and re.search(r"\d", raw) and kind == "igo":
        report.drop("IGO official with a period outside 1950-2014")
        return []
    head = people.clean_words(e["head"])
    if kind == "igo" and span is None and people.is_full_name(head) and len(head) <= 3 and e["comment"].find("IGOrulers") < 0 \
            and not any(w.upper() in ORG_WORDS for w in head):
        report.drop("IGO staffer with an undated code (claims no period)")
        return []
    actor = display(phrases_of(head, "igo")[0], country, people)
    since, until = span if span else ("", "")
    rows = []
    for raw_phrase in [e["head"]] + e["heads"] + e["variants"]:
        for ws in phrases_of(people.clean_words(raw_phrase), kind):
            problem = phrase_problem(ws, kind, head)
            if problem:
                report.drop(problem)
                continue
            text = display(ws, country, people)
            rows.append((text.lower(), text, country, role, actor, kind, str(since), str(until)))
    return rows


# Words of organisations: a short undated name with none of them is a person (a staffer), not a body.
ORG_WORDS = {"UN", "U.N.", "UNITED", "NATIONS", "COUNCIL", "COMMISSION", "BANK", "FUND", "ORGANIZATION", "ORGANISATION",
             "UNION", "ASSOCIATION", "AGENCY", "COURT", "OFFICE", "PROGRAMME", "PROGRAM", "COMMITTEE", "FORUM",
             "NETWORK", "INSTITUTE", "FOUNDATION", "CENTER", "CENTRE", "GROUP", "SOCIETY", "LEAGUE", "FEDERATION",
             "COMMUNITY", "PARLIAMENT", "ASSEMBLY", "SECRETARIAT", "MISSION", "FORCE", "FORCES", "TRIBUNAL",
             "PARTNERSHIP", "ALLIANCE", "INTERNATIONAL", "WORLD", "GLOBAL", "EUROPEAN", "AFRICAN", "ARAB", "ASIAN"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", default=os.path.join(ROOT, "..", "shared", "data", "oeda", "Phoenix.International.actors.txt"))
    ap.add_argument("--out", default=os.path.join(LEXICON, "international-phoenix.tsv"))
    args = ap.parse_args()
    people = people_module()
    known = lexicon_codes(people, "countries.tsv", "regions.tsv")
    regions = lexicon_codes(people, "regions.tsv")
    hand = hand_phrases(args.out)
    report, rows, owners = Report(), {}, {}
    entries = people.read_entries(args.source)
    print("read %d entries from %s" % (len(entries), os.path.relpath(args.source, ROOT)), file=sys.stderr)
    for e in entries:
        for key, text, country, role, actor, kind, since, until in entry_rows(e, people, known, regions, report):
            if key in hand:
                agrees = hand[key][0] == country
                report.drop("phrase of a hand-written lexicon file (%s: %s)" % (hand[key][1], "same code" if agrees else "other code"))
                continue
            code = (country, role, kind, since, until)
            if key in owners and owners[key] != code:
                owners[key] = None
                continue
            owners.setdefault(key, code)
            rows.setdefault(key, (text, country, role, actor, kind, since, until))
    ambiguous = [k for k, v in owners.items() if v is None]
    for k in ambiguous:
        rows.pop(k, None)
    report.drop("phrase two entries give to different codes", len(ambiguous))
    for row in rows.values():
        report.keep(row[4])
    write(args.out, rows)
    report.print(sys.stderr, rows, args.out)


def lexicon_codes(people, *names):
    """The codes (second column) of some lexicon files."""
    return {c[1] for name in names for c in people.read_tsv(os.path.join(LEXICON, name)) if len(c) > 1}


def write(path, rows):
    """The lexicon file, sorted by phrase, with its provenance."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("# IGOs, NGOs, companies and IGO officials converted from the OEDA Phoenix dictionary\n")
        out.write("# Phoenix.International.actors.txt (Copyright (c) 2014 Open Event Data Alliance, MIT License) by\n")
        out.write("# Scripts/import-phoenix-international.py. Do not edit: change the script or igos.tsv/ngos.tsv (which win)\n")
        out.write("# and rerun it. Columns as igos.tsv: phrase, country, role, actor, kind, since, until.\n")
        for key in sorted(rows):
            out.write("\t".join(rows[key]) + "\n")


if __name__ == "__main__":
    main()
