#!/usr/bin/env python3
"""Convert the Party Facts extract of Wikipedia's political parties outside Europe and North America into a lexicon
of parties by name and acronym.

Reads  Scripts/data/partyfacts-wikipedia.tsv (or --source): rows partyfacts_id, country, name_short, name,
       year_founded, year_dissolved of import/wikipedia/wikipedia.csv in the Party Facts data repository
       (hdigital/partyfactsdata; the file's header names the source, licence and what the extract leaves out),
       and UD English EWT (../shared/data/ud-english-ewt, or --shared) for the acronyms general English writes.
Writes Sources/ChanceryCore/Resources/Lexicon/parties-partyfacts.tsv (or --out), rows
       phrase, country, role, actor, kind (party), since, until
       in the format of Lexicon/parties.tsv, which the lexicon loads with every other Lexicon/*.tsv.

Rules (counts of what was kept and dropped, by reason, are printed):
  * Country: Party Facts' code, Somaliland's (SML) as Somalia's and Zanzibar's (ZZB) as Tanzania's, as CAMEO codes
    them; a code Lexicon/countries.tsv does not know (South Yemen, South Vietnam) is dropped.
  * Role PTY for every party, as events.md codes political parties; a party in government is still a party (the
    coding guide sets parties beside the state, not in it). A trade union Party Facts lists for its election lists
    ("Hong Kong Federation of Trade Unions") is LAB. Since and until are the founding and dissolution years; a
    dissolution year before the founding year (a slip of the source) is left out.
  * A name that holds an armed force's word (army, brigade, militia, mujahideen, kata'ib, defence force) is an armed
    group's or a state's force, not a party: dropped (groups.tsv and groups-phoenix.tsv code armed groups).
  * A name that names another country than its own ("Democratic Party of Côte d'Ivoire" filed under Burkina Faso,
    "Bangladesh Awami League" under Pakistan, "Bolshevik-Leninist Party of India, Ceylon and Burma") is one the
    source files under a country it was not, or no longer is, a party of: dropped. Country names are those of
    countries.tsv, longest first ("Equatorial Guinea" is not Guinea).
  * A name of one or two words, each a common English word (common-words.txt; a country's name or demonym is
    none: "Kenya National Congress" is kept), is one that parties of many countries bear or that a text uses of
    others ("Democratic Party", "Popular Action", "Justice"): dropped; such a party is still found by its acronym
    when it has one. A longer name of common words ("National Resistance Movement") is kept when no other party of
    the extract or of the hand-written files bears it (the rules below). So is a name of two words, a country's
    name or demonym and a word roles.tsv codes as armed forces or police ("Lebanese Forces": "Lebanese forces" is
    the army; "Nepali Congress" is kept).
  * The name without a final "Party" ("Pheu Thai", "Inkatha Freedom") is also kept when two words or more are
    left and one is none of a country's name or demonym, a word general English writes or a person bears (UD EWT,
    common words, the people lexicons) and a word of the names of parties of several countries: "Iraqi Islamic
    Party", "Democratic Socialist Party" give none, nor does a name of one word and "Party" ("Confederate"), nor
    one whose rest names a country or is part of a country's name ("Virgin Islands Party").
  * A disambiguator in parentheses (Wikipedia's "(Laos)", "(political party)", "(1961)") is left out of the phrase;
    a parenthesis that is part of the name ("Pakistan Muslim League (N)", "Janata Dal (Secular)") stays.
  * Acronyms: name_short split at "/" (Party Facts' separator); a piece is kept when it is all capitals of at least
    four Latin letters or digits ("PSUV", "AIADMK", "SWAPO"). Acronyms of three letters or fewer are also the
    abbreviations of bodies the lexicon does not know (CDC of Liberia is also the US Centers for Disease Control,
    PAC of South Africa a political action committee, UNC of Trinidad a university, ABC of Cuba a network): dropped,
    with the one-word names of three capitals. Pieces in mixed case ("Pakatan", "PCdoB") are names or spellings the
    text may write otherwise: dropped. An acronym (or a one-word name: "GABRIELA", "Maki") that UD English EWT
    writes in any case (INC), that is a common word, or that is a word of a person's name in the people lexicons
    (GABRIELA) is too common to stand for one party: dropped. PhraseIndex matches a one-word phrase in capitals in
    any text whose first letter is a capital ("Inc", "Viva"), so this is the acronym's only guard.
  * A phrase that parties of two countries share ("Liberal Party", ANC of South Africa and of Togo, UMNO of Malaysia
    and of Singapore) is dropped; rows of one party (Party Facts lists some twice) are merged, the earliest founding
    and the latest dissolution kept.
  * Hand-written lexicon files win: a phrase any other Lexicon/*.tsv has (parties.tsv, groups.tsv, countries.tsv)
    is dropped.
Deterministic: the same extract gives the same file byte for byte.

Run from the project root: python3 Scripts/import-partyfacts-parties.py
"""
import argparse
import os
import re
import sys

import lexicon_phrases

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RESOURCES = os.path.join(ROOT, "Sources", "ChanceryCore", "Resources")
LEXICON = os.path.join(RESOURCES, "Lexicon")
COMMON_WORDS = os.path.join(RESOURCES, "en", "words", "common-words.txt")
# Party Facts codes of places CAMEO files under a state.
COUNTRY_MAP = {"SML": "SOM", "ZZB": "TZA"}
ARMED_WORDS = re.compile(r"\b(army|armies|brigades?|militias?|mujahideen|mujahidin|kata'?ib|defen[cs]e forces?)\b", re.I)
UNION_WORDS = re.compile(r"\btrade unions?\b", re.I)
# Words a name's commonness does not turn on.
FUNCTION_WORDS = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "with", "through", "by"}
ACRONYM = re.compile(r"^[A-Z0-9ÇĞİÖŞÜ]{4,}$")
PAREN = re.compile(r"\s*\(([^)]*)\)$")

# The comment lines the file opens with.
HEADER = """\
Political parties outside Europe and North America, converted from Party Facts' extract of Wikipedia
(hdigital/partyfactsdata import/wikipedia/wikipedia.csv; text of Wikipedia, CC BY-SA; see
Gazetteer/ATTRIBUTION.md) by Scripts/import-partyfacts-parties.py. Do not edit: change the script or
parties.tsv (which wins) and rerun it. Columns as parties.tsv: phrase, country, role, actor, kind, since, until.
"""



def read_extract(path):
    """The extract's rows as dicts (comment lines skipped)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 6:
                sys.exit("%s:%d: expected 6 tab-separated columns, found %d" % (path, n, len(cols)))
            pid, country, short, name, since, until = cols
            rows.append({"id": pid, "country": country, "short": short, "name": name.strip(),
                         "since": int(since) if since else None, "until": int(until) if until else None})
    return rows


def countries():
    """Country code -> the country's names (kind country), and every name -> its code, from countries.tsv."""
    names, codes = {}, {}
    with open(os.path.join(LEXICON, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 5 or cols[4] != "country":
                continue
            names.setdefault(cols[1], set()).add(cols[0].lower())
            codes.setdefault(cols[0].lower(), cols[1])
    return names, codes


def words_of(path):
    """The lines of a word list, comments skipped."""
    with open(path, encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}


def force_words():
    """Lower-cased phrases the role lexicons (roles*.tsv) code as armed forces or police (MIL, COP)."""
    found = set()
    for name in sorted(os.listdir(LEXICON)):
        if name.startswith("roles") and name.endswith(".tsv"):
            for line in words_of(os.path.join(LEXICON, name)):
                cols = line.split("\t")
                if len(cols) > 1 and cols[1].upper() in ("MIL", "COP"):
                    found.add(cols[0])
    return found


def ewt_words(shared):
    """Every token UD English EWT writes, lower case: words and abbreviations general English uses ("inc", "ufc")."""
    found = set()
    folder = os.path.join(shared, "data", "ud-english-ewt")
    for part in ("train", "dev", "test"):
        with open(os.path.join(folder, "en_ewt-ud-%s.conllu" % part), encoding="utf-8") as f:
            for line in f:
                cols = line.split("\t")
                if len(cols) > 1 and cols[0].isdigit():
                    found.add(cols[1].lower())
    return found


def name_words():
    """Lower-cased words of the people lexicons' names (people*.tsv): given names and surnames ("gabriela")."""
    found = set()
    for name in sorted(os.listdir(LEXICON)):
        if name.startswith("people") and name.endswith(".tsv"):
            for line in words_of(os.path.join(LEXICON, name)):
                found.update(line.split("\t")[0].split())
    return found


def tokens(text):
    """Lower-cased words of a name, possessive 's and punctuation split off."""
    return re.findall(r"[a-zà-ÿ0-9]+(?:['’-][a-zà-ÿ0-9]+)*", text.lower().replace("'s ", " ").replace("’s ", " "))


def named_countries(name, codes):
    """Codes of the countries a name names, longest names first so that a shorter one inside is not counted."""
    text = " " + " ".join(tokens(name)) + " "
    found = set()
    for country in sorted(codes, key=len, reverse=True):
        key = " " + " ".join(tokens(country)) + " "
        if len(key) > 3 and key in text:
            found.add(codes[country])
            text = text.replace(key, " | ")
    return found


def phrase_of(name, own_names):
    """The name without a Wikipedia disambiguator in parentheses (a country, "political party", a year)."""
    m = PAREN.search(name)
    if m:
        inner = m.group(1).strip().lower()
        if inner in own_names or re.fullmatch(r"\d{4}|political party|party", inner) or " " in inner and any(
                inner.endswith(n) for n in own_names):
            return name[:m.start()].strip()
    return name


def generic(name, common, nations):
    """True when every content word is a common English word (a country's name or demonym is none) and there are
    fewer than three of them: a longer name of common words ("National Resistance Movement") is one party's."""
    content = [w for w in tokens(name) if w not in FUNCTION_WORDS]
    return 0 < len(content) < 3 and all(w in common and w not in nations for w in content)


def nation_words():
    """One-word names and demonyms of countries.tsv, lower case ("lebanese", "kenya")."""
    with open(os.path.join(LEXICON, "countries.tsv"), encoding="utf-8") as f:
        return {c[0].lower() for c in (l.rstrip("\n").split("\t") for l in f if not l.startswith("#"))
                if " " not in c[0]}


def short_form(name, ordinary, codes):
    """The name without a final "Party" as news writes it ("Pheu Thai", "Inkatha Freedom"), when two words or more
    are left and one of them is not `ordinary`: "Colorado", "Iraqi Islamic" and "Democratic Socialist" are no
    parties, and a single word left is too often another thing ("Confederate", "Inuit", "Felicity")."""
    words = name.split(" ")
    if len(words) < 3 or words[-1] != "Party":
        return None
    rest = " ".join(words[:-1])
    content = [w for w in tokens(rest) if w not in FUNCTION_WORDS]
    if len(content) < 2 or all(w in ordinary for w in content):
        return None
    # A country's name in it or around it makes it a place's words ("Virgin Islands", "Sierra Leone People's").
    key = " ".join(tokens(rest))
    if named_countries(rest, codes) or any(key in " ".join(tokens(c)) for c in codes):
        return None
    return rest


def ordinary_words(rows, nations, usual):
    """Words no short form may turn on: countries' names and demonyms, words general English writes or a person
    bears, and words of the names of parties of more than one country ("democratic", "patriotic", "agrarian")."""
    countries_of = {}
    for r in rows:
        for w in set(tokens(r["name"])):
            countries_of.setdefault(w, set()).add(r["country"])
    return nations | usual | {w for w, cs in countries_of.items() if len(cs) > 1}


def acronyms(short):
    """Acronym candidates of a name_short: (kept, dropped-with-reason) pieces."""
    kept, dropped = [], []
    for piece in (p.strip() for p in short.split("/") if p.strip()):
        if ACRONYM.match(piece) and re.search(r"[A-ZÇĞİÖŞÜ]", piece):
            kept.append(piece)
        elif re.fullmatch(r"[A-Z0-9]{1,3}", piece):
            dropped.append("acronym of three letters or fewer")
        elif not re.fullmatch(r"[A-Za-z0-9ÇĞİÖŞÜçğıöşü]+", piece):
            dropped.append("acronym not in Latin letters")
        else:
            dropped.append("acronym not all capitals (a name or a spelling)")
    return kept, dropped


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", default=os.path.join(HERE, "data", "partyfacts-wikipedia.tsv"))
    ap.add_argument("--out", default=os.path.join(LEXICON, "parties-partyfacts.tsv"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    args = ap.parse_args()
    names, codes = countries()
    nations = nation_words()
    common, forces = words_of(COMMON_WORDS), force_words()
    usual = ewt_words(args.shared) | name_words() | common
    hand = lexicon_phrases.phrases(LEXICON, args.out)
    dropped, owners, rows = {}, {}, {}

    def drop(reason, n=1):
        dropped[reason] = dropped.get(reason, 0) + n

    def offer(text, country, role, actor, since, until):
        key = text.lower()
        if key in hand:
            drop("phrase of a hand-written lexicon file")
            return
        owners.setdefault(key, set()).add(country)
        old = rows.get((key, country))
        if old:
            since = min(y for y in (since, old[4]) if y is not None) if since or old[4] else None
            until = None if until is None or old[5] is None else max(until, old[5])
        rows[(key, country)] = (text, country, role, old[3] if old else actor, since, until)

    extract = read_extract(args.source)
    ordinary = ordinary_words(extract, nations, usual)
    for r in extract:
        country = COUNTRY_MAP.get(r["country"], r["country"])
        if country not in names:
            drop("country code unknown to countries.tsv")
            continue
        if r["until"] is not None and r["until"] < 2000:
            drop("dissolved before 2000")
            continue
        since, until = r["since"], r["until"]
        if until is not None and since is not None and until < since:
            drop("dissolution year before founding year (left out, row kept)")
            until = None
        name = r["name"]
        if ARMED_WORDS.search(name):
            drop("an armed force's name, not a party's")
            continue
        if named_countries(name, codes) - {country}:
            drop("names another country than its own")
            continue
        role = "LAB" if UNION_WORDS.search(name) else "PTY"
        text = phrase_of(name, names[country])
        words = tokens(text)
        if generic(text, common, nations):
            drop("a generic name (every word a common English word)")
        elif len(words) == 2 and words[0] in nations and words[1] in forces:
            drop("a country's word and a force's word (\"Lebanese Forces\")")
        elif " " not in text and (text.lower() in usual or re.fullmatch(r"[A-Z0-9]{1,3}", text)):
            drop("one-word name of three capitals, or one general English writes, or a person's name")
        else:
            offer(text, country, role, text, since, until)
            short = short_form(text, ordinary, codes)
            if short:
                offer(short, country, role, text, since, until)
        kept, bad = acronyms(r["short"])
        for reason in bad:
            drop(reason)
        for acronym in kept:
            if acronym.lower() in usual:
                drop("acronym that general English writes (UD EWT), a common word or a person's name")
                continue
            offer(acronym, country, role, text, since, until)
    shared_keys = {k for k, v in owners.items() if len(v) > 1}
    for key in [k for k in rows if k[0] in shared_keys]:
        del rows[key]
    drop("phrase of parties of several countries", len(shared_keys))
    lexicon_phrases.write(args.out, HEADER.splitlines(),
        [(text, country, role, actor, "party", str(since or ""), str(until or ""))
         for text, country, role, actor, since, until in (rows[key] for key in sorted(rows))])
    print("wrote %d phrases of %d parties to %s" % (len(rows), len({(v[1], v[3]) for v in rows.values()}),
                                                     os.path.relpath(args.out, ROOT)), file=sys.stderr)
    for reason in sorted(dropped, key=lambda r: (-dropped[r], r)):
        print("  dropped %5d  %s" % (dropped[reason], reason), file=sys.stderr)


if __name__ == "__main__":
    main()
