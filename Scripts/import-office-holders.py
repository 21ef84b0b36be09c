#!/usr/bin/env python3
"""Convert the extract of heads of state and government (2020 on), foreign ministers (2015 on), defence and interior
ministers and presiding officers of legislatures into a dated lexicon of office holders.

Reads  Scripts/data/office-holders.tsv (or --source): rows set, country, position, name, start, end, from two
       Wikidata query results (CC0; see the file's header), "heads", crawled in 2026, and "foreign", in 2022, and
       Wikipedia's lists of current foreign ministers, "foreign-enwiki", and of current state leaders, "heads-enwiki",
       of the same 2022 crawls (CC BY-SA), the defence and interior ministers of EveryPolitician's cabinet snapshots of
       2021-2022 and their dated holders of 2000-2022 where a country's repository keeps them, "defence" and
       "interior" (CC0), and the dated presiding officers of EveryPolitician's speaker queries of 2022, "speaker" (CC0).
Writes Sources/ChanceryCore/Resources/Lexicon/people-officeholders.tsv (or --out), rows
       phrase, country, role, actor, kind (person), since, until, title
       in the format of Lexicon/people.tsv, which the lexicon loads with every other Lexicon/*.tsv.

Rules (counts of what was kept and dropped, by reason, are printed):
  * Country: the label as Lexicon/countries.tsv names a country (or either part of a label with a parenthesis,
    "Congo-Kinshasa (Democratic Republic of the Congo)"), kept when its code is a UN member's or observer's (or
    Kosovo's or Taiwan's, states the lexicon codes); territories (Faroe Islands, Puerto Rico), regions and
    unrecognised states (Somaliland, Transnistria), parts of states (Scotland), the European Union and mislabelled
    rows are dropped.
  * Wikipedia's list of state leaders also files other offices under a state; kept are the state's own: dropped are
    an office labelled with its holder's name, a list article, an international body's officer (the High
    Representative for Bosnia and Herzegovina), a body's name in the place of an office ("Syrian Salvation
    Government"), and an office whose words after " of " or " for " are not the state's names or its executive's
    ("President of the Syrian National Coalition", "President of the National Assembly of Venezuela", a party's
    general secretary).
  * Years: heads from 2020 (Scripts/import-state-leaders.py covers 2015-2019), ministers and presiding officers from
    2015, to the end year; an open term runs to the crawl of its set: a Wikidata head's is written open (in office in
    2026), a head of Wikipedia's 2022 list ends in 2022, a foreign minister's in 2022, a defence or interior minister's
    in 2021 (a snapshot: most of those rows hold the crawl's year alone) and a presiding officer's in 2022; a
    snapshot's holder who started after that year holds the office at least in the year they started. An open term
    begun before 1950 (a Wikidata statement for a medieval king) is dropped; one followed by another person's open term
    in the same office ends the year that one begins (a statement nobody closed: Botswana's president of 2018), unless
    the office has more than two open terms (a council, as Switzerland's) or Wikipedia's 2022 list names both persons
    as holders of one office at once (rival governments: Libya's prime ministers of 2021 and 2022).
  * The two lists of foreign ministers, one person a country (a person matched by a word of the surname both
    spell alike): where both name one person, that person is kept in Wikidata's spelling and the others dropped
    (Libya's rival eastern minister, Brunei's sultan who also holds the office); where they name two persons each,
    those are rival governments' (Yemen's, Myanmar's): all dropped; where they disagree, the later start is kept
    (Wikidata's Ecuador and Venezuela statements were years out of date); a country only one list has keeps its
    one minister.
  * Role GOV, as the coding guide codes heads of state and government and ministers (a defence minister is a member
    of the government, GOV, not of the armed forces), and LEG for a presiding officer of a legislature, a legislator.
    Title: the position before " of " ("Prime Minister"), "Foreign Minister" for every foreign minister, for defence
    and interior ministers the English title of the office in the position's own spelling and rank: "Defence
    Minister", "Defense Secretary", "Home Secretary", "Homeland Security Secretary", "Interior Minister", and for a
    presiding officer the position without its country ("Speaker of the National Assembly", "President of the
    National Assembly", kept apart from a head of state's "President"). A minister's years as head of state or
    government are left out (Malawi's president is also his own defence minister): the head's title is the one news
    uses.
  * Names: a bare Wikidata identifier (an item without an English label) is dropped, and so is a name with a word in
    lower case that is no particle ("Nayib buke", a vandalised label). Honorifics (Dr., Sheikh, Prince, Archbishop),
    a quoted nickname, a suffix after a comma (", Sr.", ", Crown Prince of Bahrain") and a monarch's " of Spain" are
    left out of the phrase. The phrase rules of Scripts/office_holders.py follow: one-word names dropped, accents
    also left out, phrases two countries share dropped.
  * Hand-written and earlier entries win (Scripts/office_holders.py): years people.tsv or people-leaders.tsv give a
    phrase for the same country are left out, and the actor name they use is reused.
Deterministic: the same extract gives the same file byte for byte.

Run from the project root: python3 Scripts/import-office-holders.py
"""
import collections
import os
import re

from office_holders import (LEXICON, Precedence, arguments, key, read_lexicon, rows_of, source_rows, unreadable,
                           write)

OPEN_END = 2026
FIRST_YEAR = {"heads": 2020, "foreign": 2015, "defence": 2015, "interior": 2015, "speaker": 2015}
# The year each query was crawled: an open term in it is known to run to that year.
CRAWLED = {"heads": 2026, "foreign": 2022, "defence": 2021, "interior": 2021, "speaker": 2022}
# The list each set of the extract belongs to, and the two lists of foreign ministers. "heads-enwiki", Wikipedia's
# current leaders of 2022, adds the heads of 2020-2022 whose term ended after 2022 and before the 2026 crawl (the
# Wikidata query kept only terms open or ended in 2022), and witnesses rival claimants (see closed).
KIND_OF_SET = {"heads": "heads", "foreign": "foreign", "foreign-enwiki": "foreign", "defence": "defence",
               "interior": "interior", "speaker": "speaker", "heads-enwiki": "heads"}
# Sets crawled in another year than their list's main query.
CRAWLED_OF_SET = {"heads-enwiki": 2022}
# Offices of international bodies that Wikipedia's list of leaders files under a state.
INTERNATIONAL_OFFICES = ("High Representative", "Special Representative")
# Words an office's name may add to its state's name and still be the state's office ("Prime Minister of the State
# of Libya", "President of the Republic of the Congo").
STATE_WORDS = {"the", "of", "state", "republic", "people's", "peoples", "s", "federal", "democratic"}
# Words of the state's own executive bodies an office's name may add ("Chairman of the Council of Ministers of Bosnia
# and Herzegovina", "Chairman of the Cabinet of Ministers of Kyrgyzstan").
EXECUTIVE_WORDS = {"cabinet", "council", "ministers", "presidency", "government"}
# Last words of a body's name the list gives in the place of an office ("Syrian Salvation Government", "Transitional
# Military Council"): a body, whose head the list names, that is not the state's office.
BODY_NOUNS = {"government", "council", "coalition", "movement", "committee", "party"}
FOREIGN_SETS = ("foreign", "foreign-enwiki")
# Snapshot lists: a holder the crawl saw in office holds it from the start the file gives to the crawl, or, started
# after the crawl year its list is dated by, in the start's year.
SNAPSHOTS = ("defence", "interior", "speaker")
MINISTERS = ("defence", "interior")
# The coding guide's sector of each list: presiding officers of a legislature are LEG, the rest GOV.
ROLE_OF = {"speaker": "LEG"}
OLDEST_OPEN_START = 1950
# Offices with more open terms than this are councils (Switzerland's Federal Council), held by several at once.
MOST_HOLDERS_AT_ONCE = 2
# Parts of a state that countries.tsv files under the state, whose governments are not the state's.
STATE_PARTS = {"scotland", "wales", "england", "northern ireland"}
# UN members, the two observer states and the two states the lexicon codes that are outside the UN.
STATES = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV
KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH
FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ
KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR
MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA
LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO
TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
PSE VAT XKX TWN
""".split())
HONORIFICS = {"dr.", "dr", "sheikh", "prince", "archbishop", "amb.", "prof."}
PARTICLES = {"al", "el", "bin", "bint", "ibn", "de", "del", "della", "da", "das", "do", "dos", "du", "di", "van", "von",
             "der", "den", "la", "le", "y", "i", "e", "av", "ten", "ter", "o"}
PRECEDENCE_OF = {s: Precedence(winners=("people.tsv", "people-leaders.tsv"),
                               namers=("people.tsv", "people-leaders.tsv", "people-phoenix.tsv"), closers=(),
                               first_year=y, open_end=OPEN_END) for s, y in FIRST_YEAR.items()}
HEADER = [
    "Chancery lexicon: heads of state and government 2020-2026, foreign ministers 2015-2022, defence and interior",
    "ministers 2015-2022 (snapshots: since the P39 start where known, else the crawl's year) and presiding officers of",
    "legislatures 2015-2022 (LEG), converted by Scripts/import-office-holders.py from Scripts/data/office-holders.tsv,",
    "an extract of Wikidata (CC0) and",
    "Wikipedia (CC BY-SA 3.0/4.0; see Gazetteer/ATTRIBUTION.md). Do not edit: fix people.tsv (which wins) or the",
    "extract, and rerun the script.",
    "Columns as people.tsv: phrase, country, role, actor, kind, since, until (empty: in office in 2026), title.",
]


def country_codes():
    """Country label key -> ISO code, from the names Lexicon/countries.tsv gives countries (None when two codes);
    a name is also known without its article ("The Bahamas")."""
    codes = {}
    with open(os.path.join(LEXICON, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 5 or cols[4] != "country":
                continue
            for k in {key(cols[0]), "the " + key(cols[0])}:
                codes[k] = cols[1] if codes.get(k, cols[1]) == cols[1] else None
    return codes


def year_of(text):
    """The year of "2021", "2021-03" or "2021-03-22", else None."""
    m = re.match(r"(\d{3,4})(-\d\d){0,2}$", text)
    return int(m.group(1)) if m else None


def clean_name(name):
    """The name as a phrase: without a quoted nickname, a suffix after a comma, honorifics or a monarch's " of X"."""
    name = re.sub(r'\s*"[^"]*"', "", without_note(name)).split(",")[0]
    name = re.sub(r" of .*$", "", name)
    words = name.split()
    while words and words[0].lower() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def is_written_name(name):
    """Whether every word of a name is capitalised or a particle ("al-Sisi" too), the first cased letter deciding
    ("ʻUtoikamanu"): a vandalised label has a word in lower case ("Nayib buke")."""
    def is_written(word):
        first = next((ch for ch in word if ch.upper() != ch.lower()), "")
        return not first or first.isupper() or word.lower() in PARTICLES or word.split("-")[0].lower() in PARTICLES
    return all(is_written(w) for w in name.split())


def title_of(kind, position, country_names=()):
    """The title written with the person: the position before " of ", "Foreign Minister" for foreign ministers, a
    defence or interior minister's title in the position's spelling ("Defense") and rank ("Secretary"), and a presiding
    officer's position without its country ("Speaker of the National Assembly" of "... of Pakistan"), which keeps
    "President of the National Assembly" apart from a head of state's "President"."""
    if kind == "speaker":
        cuts = [m.start() for m in re.finditer(" of ", position)]
        position = next((position[:i] for i in cuts if key(re.sub(r"^the ", "", position[i + 4:])) in country_names),
                        position)
        return position[0].upper() + position[1:]
    if kind == "foreign":
        return "Foreign Minister"
    if kind in ("defence", "interior"):
        rank = "Secretary" if "Secretar" in position else "Minister"
        if kind == "defence":
            return ("Defense " if "Defens" in position else "Defence ") + rank
        office = "Home" if "Home" in position and "Homeland" not in position else (
            "Homeland Security" if "Homeland Security" in position else "Interior")
        return office + " " + rank
    position = without_note(position)
    head = position.split(" of ")[0]
    title = position if head in ("Member", "Chairman", "Chairmen") else "Monarch" if head == "Monarchy" else head
    return title[0].upper() + title[1:]


def country_code(label, codes):
    """The ISO code of a country label: as written, with a trailing article moved ("Gambia, The"), or either part of
    a label with a parenthesis ("Congo–Kinshasa (Democratic Republic of the Congo)")."""
    forms = [", ".join(reversed(label.split(", ", 1)))]
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", label)
    if m:
        forms += [m.group(2), m.group(1)]
    return next((codes[key(f)] for f in forms if codes.get(key(f))), None)


def without_note(text):
    """A label without its parenthesised note ("Transitional Military Council (Chad)")."""
    return re.sub(r"\s*\([^)]*\)", "", text)


def is_state_office(position, name, code, codes, report):
    """Whether a row of Wikipedia's list of leaders names an office of its state: not an office labelled with its
    holder's name (a label the list lacked), not an international body's officer, no list article, no body's name in
    the place of an office, and no office of another body (the Syrian National Coalition's president, Venezuela's
    National Assembly, a party's secretary): the words after the title's " of " or " for " are words of the state's
    own names or of its executive."""
    office = without_note(position)
    words = key(office).split()
    after = re.match(r".+? (?:of|for) (.+)$", office)
    names = {w for k, c in codes.items() if c == code for w in k.split()}
    if key(office) == key(clean_name(name)):
        reason = "office labelled with its holder's name"
    elif office.startswith(INTERNATIONAL_OFFICES):
        reason = "an international body's officer filed under a state"
    elif office.startswith("List of"):
        reason = "a list article in the place of an office"
    elif not after and words and words[-1] in BODY_NOUNS:
        reason = "a body's name in the place of an office"
    elif after and not set(key(after.group(1)).split()) <= names | STATE_WORDS | EXECUTIVE_WORDS:
        reason = "office of another body than the state (a party, a coalition, an assembly)"
    else:
        return True
    report["dropped: " + reason] += 1
    return False


def read_source(path, codes, report):
    """Rows (set, country code, position, name, start year, end year, start as written) of the extract with a known
    state and a real name."""
    rows = []
    expected = "set (%s), country, position, name, start, end" % ", ".join(KIND_OF_SET)
    for number, cols in source_rows(path, 6, expected, report):
        start, end = year_of(cols[4]), (year_of(cols[5]) if cols[5] else None)
        if cols[0] not in KIND_OF_SET or start is None or (cols[5] and end is None):
            unreadable(path, number, expected, report)
            continue
        kind, label, position, name = cols[:4]
        code = country_code(label, codes)
        if re.fullmatch(r"Q\d+", name):
            report["dropped: bare Wikidata identifier for a name"] += 1
        elif key(label) in STATE_PARTS:
            report["dropped: government of a part of a state (Scotland)"] += 1
        elif code is None:
            report["dropped: country no lexicon file names as a state (region, unrecognised, mislabelled)"] += 1
        elif code not in STATES:
            report["dropped: territory outside the UN"] += 1
        elif not is_written_name(clean_name(name)):
            report["dropped: name with a word in lower case (a vandalised label)"] += 1
        elif kind == "heads-enwiki" and not is_state_office(position, name, code, codes, report):
            pass
        else:
            rows.append((kind, code, position, name, start, end, cols[4]))
    return rows


def rivals(rows):
    """Country -> the groups of names Wikipedia's snapshot of current leaders gives one office at once (Libya's two
    prime ministers of 2022, Myanmar's junta and its rivals): rival claimants, not a succession."""
    holders = collections.defaultdict(list)
    for r in rows:
        if r[0] == "heads-enwiki" and r[5] is None:
            holders[(r[1], r[2])].append(r[3])
    out = collections.defaultdict(list)
    for (country, _), names in sorted(holders.items()):
        if len(names) > 1:
            out[country].append(names)
    return out


def are_rivals(a, b, groups):
    """Whether the snapshot names persons a and b as holders of one office at once."""
    return any(any(same_person(a, n) for n in names) and any(same_person(b, n) for n in names) for names in groups)


def closed(rows, report):
    """The rows with the open terms nobody closed ended or dropped: one begun before 1950 is dropped; a head's in an
    office of one or two holders at a time ends the year another person's open term in it begins (Botswana's
    president of 2018, followed by another in 2024; Ethiopia's prime minister of 1991), unless Wikipedia's snapshot of
    current leaders names both at once (rival governments: Libya's prime ministers of 2021 and 2022 both stay open).
    Foreign ministers are a snapshot of the holders then in office, all open, reconciled across the two lists (see
    reconciled)."""
    rival_groups = rivals(rows)
    open_terms = collections.defaultdict(list)
    for r in rows:
        if r[5] is None:
            open_terms[(r[0], r[1], r[2])].append(r)
    kept = []
    for r in rows:
        others = open_terms[(r[0], r[1], r[2])]
        successors = [o for o in others if o[3] != r[3] and o[4] > r[4]]
        later = [o[4] for o in successors if not are_rivals(r[3], o[3], rival_groups[r[1]])]
        if successors and not later:
            report["kept open: a term the snapshot names beside a rival's"] += 1
        if r[5] is None and r[4] < OLDEST_OPEN_START:
            report["dropped: open term begun before 1950"] += 1
        elif KIND_OF_SET[r[0]] == "heads" and r[5] is None and len(others) <= MOST_HOLDERS_AT_ONCE and later:
            report["ended: open term, in the year the next holder's begins"] += 1
            kept.append(r[:5] + (min(later),) + r[6:])
        else:
            kept.append(r)
    return kept


def same_person(a, b):
    """Whether two spellings of a name are one, or share a word after the first ("AK Abdul Momen", "Abulkalam Abdul
    Momen"; "Rodolfo Solano", "Rodolfo Solano Quirós")."""
    def surname_words(name):
        return {w for w in key(clean_name(name)).split()[1:] if len(w) >= 3 and w not in PARTICLES}
    return key(clean_name(a)) == key(clean_name(b)) or bool(surname_words(a) & surname_words(b))


def reconciled(rows, report):
    """The rows with one foreign minister a country from the two lists (see the module's rules), as set "foreign"."""
    by_country = collections.defaultdict(list)
    for r in rows:
        if r[0] in FOREIGN_SETS:
            by_country[r[1]].append(r)
    kept = [r for r in rows if r[0] not in FOREIGN_SETS]
    for country, group in sorted(by_country.items()):
        people = []  # [rows of one person], Wikidata's first
        for r in sorted(group, key=lambda r: FOREIGN_SETS.index(r[0])):
            match = next((p for p in people if same_person(p[0][3], r[3])), None)
            (match.append(r) if match is not None else people.append([r]))
        agreed = [p for p in people if len({r[0] for r in p}) == 2]
        lists = {r[0] for r in group}
        if len(agreed) == 1:
            chosen, reason = agreed[0], "dropped: foreign minister one list names where both name another"
        elif len(agreed) > 1 or len(lists) == 1 and len(people) > 1:
            chosen, reason = None, "dropped: foreign minister of rival governments (two named at once)"
        elif len(people) == 1:
            chosen, reason = people[0], ""
        else:
            chosen = max(people, key=lambda p: (p[0][6], p[0][3]))
            reason = "dropped: foreign minister of the earlier start where the two lists disagree"
        for p in people:
            if p is not chosen:
                report[reason] += 1
        if chosen is not None:
            kept.append(("foreign",) + chosen[0][1:6])
    return kept


def years_of(source, start, end):
    """The years a row of a set is kept: from its start (not before its list's first year) to its end, an open term to
    the set's crawl, and a snapshot's holder who started after the crawl year its list is dated by at least in that
    year."""
    kind = KIND_OF_SET[source]
    crawled = CRAWLED_OF_SET.get(source, CRAWLED[kind])
    last = end if end is not None else max(crawled, start) if kind in SNAPSHOTS else crawled
    return range(max(start, FIRST_YEAR[kind]), min(last, OPEN_END) + 1)


def wikidata_spellings(rows, report):
    """(phrase, country) -> Wikidata's name for a head of Wikipedia's list that Wikidata's list writes otherwise: same
    country and title, a shared surname and the same first three letters ("Abdul Hamid Dbeibeh", "Abd al-Hamid
    Dbeibeh"); both spellings stay phrases of one actor, so that a surname alone still names one person."""
    wikidata = collections.defaultdict(list)
    for r in rows:
        if r[0] == "heads":
            wikidata[(r[1], title_of("heads", r[2]))].append(clean_name(r[3]))
    out = {}
    for r in rows:
        name = clean_name(r[3])
        if r[0] == "heads-enwiki" and (name, r[1]) not in out:
            same = [w for w in wikidata[(r[1], title_of("heads", r[2]))]
                    if w != name and same_person(w, name) and key(w)[:3] == key(name)[:3]]
            if len(same) == 1:
                report["respelled: a head of Wikipedia's list as Wikidata writes them (actor)"] += 1
                out[(name, r[1])] = same[0]
    return out


def persons(rows, codes, report):
    """(kind, name, country, role) -> {year: title}, and the persons whose last term is open, per kind. A minister's
    years as head of state or government are left out: the head's office is the one news names them by (Malawi's
    president, who is also his own defence minister)."""
    out = collections.defaultdict(dict)
    open_people = set()
    heads = collections.defaultdict(set)
    for source, country, _, name, start, end, *_ in rows:
        if KIND_OF_SET[source] == "heads":
            heads[(clean_name(name), country)] |= set(years_of(source, start, end))
    for source, country, position, name, start, end, *_ in rows:
        kind = KIND_OF_SET[source]
        phrase = clean_name(name)
        years = years_of(source, start, end)
        if kind in MINISTERS and heads[(phrase, country)] & set(years):
            report["dropped: minister's years as head of state or government"] += 1
            years = [y for y in years if y not in heads[(phrase, country)]]
            if not years:
                continue
        if not years:
            report["dropped: period before the first year kept"] += 1
            continue
        role = ROLE_OF.get(kind, "GOV")
        held = out[(kind, phrase, country, role)]
        for year in years:
            held.setdefault(year, title_of(kind, position, codes))
        if end is None and source == "heads":
            open_people.add((phrase, country, role))
    return out, open_people


def main():
    args = arguments(__doc__, "office-holders.tsv", "people-officeholders.tsv")
    report = collections.Counter()
    codes = country_codes()
    source = reconciled(closed(read_source(args.source, codes, report), report), report)
    people, open_people = persons(source, codes, report)
    spellings = wikidata_spellings(source, report)
    lexicon = read_lexicon(args.out)
    rows = []
    for kind in FIRST_YEAR:
        mine = {k[1:]: years for k, years in people.items() if k[0] == kind}
        rows += rows_of(mine, lexicon, report, PRECEDENCE_OF[kind], open_people if kind == "heads" else frozenset(),
                        spellings)
    rows = sorted(set(rows), key=lambda r: (r[1], r[3], r[5], r[0], r))
    write(args.out, HEADER, rows, len(source), len(people), report)


if __name__ == "__main__":
    main()
