#!/usr/bin/env python3
"""Convert the OEDA Phoenix country actor dictionary into a dated lexicon of office holders.

Reads  /work/shared/data/oeda/Phoenix.Countries.actors.txt (or the path given as the first
       argument): the Open Event Data Alliance Phoenix dictionary from openeventdata/petrarch2,
       MIT licence, TABARI/PETRARCH actor format.
Writes Sources/ChanceryCore/Resources/Lexicon/people-phoenix.tsv (or the second argument), rows
       phrase, country, role, actor, kind (person), since, until, title (empty)
       in the format of Lexicon/people.tsv (see ActorLexicon.loadActors).

Rules (see also the printed report):
  * An entry is a head line `NAME_`, its `+VARIANT` lines and its tab-indented `[CODE ...]` lines.
    As in PETRARCH's reader, consecutive head lines with no codes between them share the codes that
    follow (the Boris Yeltsin entry is written that way).
  * Persons only: the head must be a full name of two or more words (particles such as "al",
    "bin", "de" inside it do not count; leading honorifics such as SHEIKH or SIR are stripped), with
    no institution, place or office word, and the entry must have codes with a CAMEO sector after
    the country (RUSGOV, USAELI...). Entries from CountryInfo.txt are office holders by
    construction and are only refused for unmistakable words (MINISTRY, PARTY, REPUBLIC...), so
    that Anthony Lake, Julie Bishop or German Vargas Lleras stay; other entries must also pass a
    longer list (CITY, ARMY, LAKE, a leading country word...), and an undated office code outside
    CountryInfo.txt (ALBIN_KURTI_ [KSVOPP]) is refused because it would claim 1950-2014.
  * Codes: country = first three letters (a territory chunk such as USAPRIGOV gives PRI when the
    lexicon knows the territory; CAMEO-only codes are mapped to the lexicon's: SUN/USR -> USR,
    KSV -> XKX, TMP -> TLS, IMY -> IMN, ROM -> ROU, ZAR -> COD; Mauritania's leaders, whose names have
    "Ould", filed under Mauritius' MUS, -> MRT); role = first CAMEO sector chunk
    after it; ELI (elite, out of office) -> empty role; IGO codes are skipped.
  * Dates: YYMMDD (YY >= 50 -> 19YY, else 20YY; a start that would fall after its end is read as
    19YY) or YYYYMMDD. `<D` runs from 1950, `>D` (and a bare single date) runs to 2014, an undated
    code is the entry's default for every year 1950-2014 that no dated code covers (PETRARCH
    semantics). Years are clamped to 1950-2014: the dictionary ends early 2014 and must not claim
    later offices.
  * One code per person per year, so that the loader (which takes the first row that holds in a
    year) cannot pick a stale one: an office code beats ELI; among equals, the code covering more
    days of that year wins. Consecutive years with the same code make one row.
  * Phrases: the head and the `+` variants that are full names (2+ words, no titles such as
    PRESIDENT/MR/MINISTER/THE/ADMINISTRATION, no leading country word such as US/AMERICAN);
    `_` becomes a space, trailing `_` goes, names are capitalised as written in news ("Bashar
    al-Assad", "O'Neill", "McNamara", "Mohammed VI"; no lower-case particles for East Asian names).
  * Entries that share a phrase and a country are one person entered twice and are merged. A phrase
    that still names two people (Elizabeth II for GBR and KNA) is dropped as ambiguous.
  * Hand-checked entries win. For a phrase that Lexicon/people.tsv already has: if people.tsv means
    someone else (no shared country or name), the phrase is dropped; if it is the same person, only
    the years that people.tsv does not cover are written (so Ehud Barak's 1999-2001 premiership
    stays while people.tsv's 2007-2013 rows decide those years). A phrase of another lexicon file
    is dropped. A person people.tsv knows takes its canonical actor name, found by a shared phrase
    or, for Western-order names, by the same country and surname with a similar given name
    (Yuriy/Yury Ushakov, James R./James Clapper).

Run from anywhere: python3 Scripts/import-phoenix-people.py
"""
import collections
import datetime
import difflib
import os
import random
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEX = os.path.join(ROOT, "Sources/ChanceryCore/Resources/Lexicon")
SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/oeda/Phoenix.Countries.actors.txt"
OUTPUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(LEX, "people-phoenix.tsv")

FIRST_YEAR, LAST_YEAR = 1950, 2014

# The licence of Phoenix.Countries.actors.txt (from its header), repeated in the output.
MIT_NOTICE = """
The MIT License (MIT)
Copyright (c) 2014 Open Event Data Alliance
Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:
The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.
THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

# CAMEO sector codes that may follow the country in a person's code.
ROLES = {
    "GOV", "MIL", "LEG", "JUD", "OPP", "REB", "COP", "SPY", "BUS", "CVL", "LAB", "EDU", "REL", "MED",
    "NGO", "HLH", "REF", "ELI", "AGR", "CRM", "DEV", "ENV", "HRI", "INS", "MOD", "RAD", "UAF", "IGO",
    "PTY", "SEP", "UNK", "NGM", "IMG", "SET", "DIP", "PRO", "MNC", "CRI",
}
# Phoenix (CAMEO) country codes that differ from the lexicon's ISO3-based ones.
COUNTRY_MAP = {"SUN": "USR", "KSV": "XKX", "TMP": "TLS", "IMY": "IMN", "ROM": "ROU", "ZAR": "COD"}

# Words that make a head an institution, group or place rather than a person. CountryInfo.txt
# entries are office holders by construction, so only the STRONG words disqualify them (Anthony
# Lake, Carla Hills, Julie Bishop, German Vargas Lleras and Jihad Azour are people); other entries
# must pass the whole list.
STRONG_INSTITUTION_WORDS = set("""
MINISTRY MINISTRIES PARTY PARTIES GOVERNMENT GOVERNMENTS PARLIAMENT PROVINCE PROVINCES ADMINISTRATION
DEPARTMENT COUNCIL COMMITTEE ASSEMBLY REPUBLIC KINGDOM EMPIRE STATES UNION ISLANDS COMMISSION
ORGANIZATION ORGANISATION ASSOCIATION FEDERATION NATIONAL DEMOCRATIC SOCIALIST COMMUNIST LIBERATION
REVOLUTIONARY ISLAMIC FORCES ARMY ARMIES MOVEMENT BRIGADE BRIGADES AUTHORITY AGENCY BUREAU
DIRECTORATE INTELLIGENCE SECURITY AFFAIRS POLITBURO PRESIDIUM OBSERVATORY UNIVERSITY COURT
""".split())
INSTITUTION_WORDS = STRONG_INSTITUTION_WORDS | set("""
CITY STATE FRONT FORCE BATTALION REGIMENT DIVISION CORPS ISLAND REGION REGIONAL DISTRICT COUNTY
TERRITORY TERRITORIES POLICE SERVICE SERVICES BANK OFFICE CABINET SENATE CONGRESS FEDERAL COALITION
ALLIANCE LEAGUE NATIONALS PEOPLE PEOPLES PEOPLE'S MILITIA MILITIAS GROUP GROUPS NETWORK INSTITUTE
COLLEGE SCHOOL HOSPITAL CHURCH MOSQUE TEMPLE CAMP AIRPORT HARBOUR HARBOR VALLEY RIVER LAKE MOUNT
MOUNTAIN MOUNTAINS BAY GULF SEA OCEAN COAST DESERT PENINSULA STRAIT CANAL PLATEAU HILLS TOWN VILLAGE
MUNICIPALITY PREFECTURE GOVERNORATE OBLAST KRAI OKRUG CANTON AUTHORITIES OPPOSITION REBELS REBEL
INSURGENTS COMMAND HEADQUARTERS BOARD JUNTA REGIME DYNASTY FAMILY CLAN TRIBE TRIBES COMMUNITY
COMMUNITIES MEDIA NEWS TELEVISION RADIO NEWSPAPER PRESS JOURNAL COMPANY CORPORATION INDUSTRIES
ENTERPRISES LIMITED LTD INC FOUNDATION FUND PROGRAM PROGRAMME MISSION EMBASSY CONSULATE SYNDICATE
CHAMBER SOVIET SOVIETS MAJLIS KNESSET DUMA VOLKSKAMMER BUNDESTAG LEGISLATURE JIHAD MUJAHIDEEN TALIBAN
HEZBOLLAH HAMAS QAEDA JAISH JAYSH KATAEB KATAIB LIWA HARAKAT TANZEEM TEHRIK TAHRIK SARAYA SARAYAT
ANSAR ANSARU PALACE STREET SQUARE THINK TANK WASHINGTON-BASED RIFLES
""".split())

# Words that never belong to a bare personal name: offices, forms of address, function words.
STRONG_TITLE_WORDS = set("""
PRESIDENT PRESIDENTS VICE VICE-PRESIDENT PRIME MINISTER MINISTERS MINISTER-PRESIDENT MR MR. MRS MRS.
MS MS. DR. SECRETARY SECRETARY-GENERAL SEC. MIN. THE OF AND FOR ADMINISTRATION GOVERNMENT
SENATOR SEN. GEN. GOV. GOVERNOR FORMER EX CHANCELLOR CHAIRMAN CHAIRWOMAN CHAIRPERSON LEADER LEADERS
COMMANDER COLONEL COL. LT. ADMIRAL ADM. CAPT. SGT. AMBASSADOR DEPUTY DIRECTOR SPOKESMAN SPOKESWOMAN
FOREIGN DEFENSE DEFENCE INTERIOR FINANCE JUSTICE PREMIER PM BUNDESKANZLER KANZLER OFFICIAL ENVOY
ACTING INTERIM SPEAKER MAYOR PROSECUTOR PRESIDENT-ELECT EXCELLENCY MAJESTY HIGHNESS MONSIEUR MADAME
MISTER COMRADE PRESIDENCY CONGRESSMAN CONGRESSWOMAN REPRESENTATIVE REP. AYATOLLAH HOJATOLESLAM
HOJATOLISLAM HOJJATOLESLAM CARDINAL ARCHBISHOP POPE REFORMER DICTATOR STRONGMAN WARLORD RULER
MONARCH REGENT ACTIVIST CROWN GENERAL LIEUTENANT CAPTAIN SERGEANT BRIGADIER
""".split())
# Also titles, but words that are given names or name parts too (Amir Peretz, Sultan Rayev, Prince
# Johnson, Sheikh Hasina, Maurice Bishop, Hun Sen, Ratu Sir Kamisese Mara): they disqualify a
# variant only when the head name does not contain them.
NAME_LIKE_TITLES = set("""
KING QUEEN PRINCE PRINCESS SHEIKH SHEIK SHAIKH SHAYKH EMIR AMIR SULTAN SIR LORD LADY BARON BARONESS
DAME BISHOP FATHER IMAM MULLAH CHIEF JUDGE HEAD FIELD MARSHAL SEN GEN GOV DR MISS HER HIS REV REV.
REVEREND SAMDECH EMPEROR EMPRESS TSAR CZAR SHAH
""".split())
TITLE_WORDS = STRONG_TITLE_WORDS | NAME_LIKE_TITLES
# Leading honorifics stripped from a head (when a full name remains) to get the name the coder
# matches after reading the title itself.
LEADING_TITLES = {"SHEIKH", "SHEIK", "SHAIKH", "SHAYKH", "SIR", "DR", "DR.", "PRINCE", "PRINCESS",
                  "KING", "QUEEN", "EMIR", "AMIR", "SULTAN", "GENERAL", "GEN.", "GEN", "PRESIDENT",
                  "MR", "MR.", "MRS", "MRS.", "MS.", "LORD", "LADY", "DAME", "CROWN", "AYATOLLAH",
                  "HOJATOLISLAM", "HOJATOLESLAM", "COLONEL", "COL.", "ADMIRAL", "MARSHAL",
                  "CARDINAL", "ARCHBISHOP", "BISHOP", "IMAM", "MULLAH", "ACTING", "MINISTER",
                  "PRIME", "FIELD", "LIEUTENANT", "LT.", "CAPTAIN", "CAPT.", "BRIGADIER",
                  "REV.", "REVEREND", "FATHER", "SENATOR", "SEN.", "GOV.", "GOVERNOR", "HIS",
                  "HER", "MAJESTY", "HIGHNESS", "EXCELLENCY", "EMPEROR", "PM", "SAMDECH", "CHIEF",
                  "BARON", "BARONESS"}

# Name particles: written in lower case when not the first word, and not counted as name words.
PARTICLES = {"bin", "bint", "ibn", "al", "el", "ad", "ag", "ash", "as", "at", "az", "ar", "ul", "ud",
             "de", "del", "della", "der", "des", "di", "da", "do", "dos", "das", "du", "van", "von",
             "den", "ter", "ten", "y", "e", "zu", "af", "av", "op", "wa", "wal"}
# After "de"/"del", these articles stay lower-case too ("de la Rúa", "de los Santos").
ARTICLES = {"la", "las", "los", "le", "les", "l'"}
ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}

report = collections.Counter()      # reason -> entries
examples = collections.defaultdict(list)
notes = collections.Counter()       # code- and phrase-level notes
note_examples = collections.defaultdict(list)


def skip(reason, example):
    report["skipped: " + reason] += 1
    if len(examples[reason]) < 6:
        examples[reason].append(example)


def note(reason, example):
    notes[reason] += 1
    if len(note_examples[reason]) < 6:
        note_examples[reason].append(example)


def fold(s):
    """Case- and accent-insensitive key: alphanumeric runs, as the lexicon tokenizer compares them."""
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return tuple(re.findall(r"[a-z0-9]+", s))


# ---------------------------------------------------------------------------------------------
# The existing lexicon
# ---------------------------------------------------------------------------------------------

def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append([c.strip() for c in line.split("\t")])
    return rows


# Files that later imports generate, each yielding to this one: reading them here would make this file depend on
# the order the imports ran in (they would take this file's phrases, and this file theirs).
LATER_IMPORTS = {"people-leaders.tsv", "people-officeholders.tsv", "provinces.tsv", "roles-phoenix.tsv",
                 "international-phoenix.tsv", "groups-phoenix.tsv"}


def existing_lexicon():
    people = collections.defaultdict(list)    # folded phrase -> [(since, until, actor, country)]
    others = {}                                # folded phrase -> file name
    codes = set()
    country_words = set()
    for name in sorted(os.listdir(LEX)):
        if not name.endswith(".tsv") or name == os.path.basename(OUTPUT) or name == "roles.tsv" or name in LATER_IMPORTS:
            continue
        for c in read_tsv(os.path.join(LEX, name)):
            if len(c) < 5:
                continue
            key = fold(c[0])
            if name == "people.tsv":
                since = int(c[5]) if len(c) > 5 and c[5].isdigit() else None
                until = int(c[6]) if len(c) > 6 and c[6].isdigit() else None
                people[key].append((since, until, c[3] or c[0], c[1]))
            else:
                others.setdefault(key, name)
            if name == "countries.tsv":
                codes.add(c[1])
                if c[4] in ("country", "demonym", "people") and len(key) == 1:
                    country_words.add(key[0])
    return people, others, codes, country_words


# ---------------------------------------------------------------------------------------------
# Parsing the dictionary
# ---------------------------------------------------------------------------------------------

def read_entries(path):
    """Entries as dicts: head, heads (further code-less heads), variants, codes, comment, line."""
    text = open(path, "rb").read().decode("utf-8", "replace")
    entries, cur = [], None
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("<!"):
            continue
        body, _, comment = stripped.partition("#")
        body = body.partition(";")[0].strip()   # legacy TABARI comments
        if not body:
            continue
        if body.startswith("["):
            if cur is None:
                continue
            cur["codes"].append(body)
        elif body.startswith("+"):
            if cur is not None:
                cur["variants"].append(body[1:].strip())
        else:
            inline = None
            if "[" in body:
                body, _, rest = body.partition("[")
                inline, body = "[" + rest, body.strip()
            if cur is not None and not cur["codes"]:
                # PETRARCH: a head after a code-less entry shares the codes that follow.
                cur["heads"].append(body)
                if inline:
                    cur["codes"].append(inline)
                continue
            cur = {"head": body, "heads": [], "variants": [], "codes": [inline] if inline else [],
                   "comment": comment.strip(), "line": number}
            entries.append(cur)
    return entries


def words_of(phrase):
    """Upper-case words of a dictionary phrase (underscores and spaces separate words)."""
    phrase = phrase.replace("_", " ").strip().upper()
    return [w for w in phrase.split() if w]


def parse_date(s):
    """A datetime.date from YYMMDD or YYYYMMDD (with the dictionary's typos), or None."""
    s = s.strip()
    if len(s) == 7:      # 9008223: one digit too many
        s = s[:6]
    elif len(s) == 9:    # 201005011
        s = s[:8]
    elif len(s) == 10:   # 1920030320: a stray "19" before a full date
        s = s[2:]
    if len(s) == 6:
        yy = int(s[:2])
        year = 1900 + yy if yy >= 50 else 2000 + yy
        month, day = int(s[2:4]), int(s[4:6])
        two_digit = True
    elif len(s) == 8:
        year, month, day = int(s[:4]), int(s[4:6]), int(s[6:8])
        two_digit = False
    else:
        return None, False
    month = min(max(month, 1), 12)
    last = (datetime.date(year + (month == 12), month % 12 + 1, 1) - datetime.timedelta(days=1)).day
    day = min(max(day, 1), last)
    return datetime.date(year, month, day), two_digit


START = datetime.date(FIRST_YEAR, 1, 1)
END = datetime.date(LAST_YEAR, 12, 31)


def parse_code(raw, territories):
    """(country, role, start, end, dated) or a string saying why the code is not a person's."""
    m = re.match(r"\[\s*([^\s\]]+)\s*([^\]]*)\]?", raw)
    if not m:
        return "unreadable code"
    code, rest = m.group(1), m.group(2).strip()
    if code == "---":
        return "null code ---"
    country = code[:3]
    if not re.fullmatch(r"[A-Z]{3}", country):
        return "country chunk not three capitals"
    if country == "IGO":
        return "IGO code"
    chunks = [code[i:i + 3] for i in range(3, len(code), 3)]
    if chunks and chunks[0] not in ROLES and (chunks[0] in territories or chunks[0] in COUNTRY_MAP):
        country = chunks.pop(0)        # USAPRIGOV: Puerto Rico's governor
    role = next((c for c in chunks if c in ROLES), None)
    if role is None:
        return "no CAMEO sector after the country (a place or status code)"
    if role == "IGO":
        return "IGO code"
    country = COUNTRY_MAP.get(country, country)
    if country not in territories:
        return "country unknown to countries.tsv"    # KNT: Kinakuta, PETRARCH's test country
    role = "" if role == "ELI" else role
    if not rest:
        return (country, role, START, END, False)
    if rest[0] in "<>":
        d, _ = parse_date(rest[1:])
        if d is None:
            return "unreadable date"
        return (country, role, START, d, True) if rest[0] == "<" else (country, role, d, END, True)
    if "-" in rest:
        a, _, b = rest.partition("-")
        start, two = parse_date(a)
        end, _ = parse_date(b)
        if start is None or end is None:
            return "unreadable date"
        if start > end and two and start.replace(year=start.year - 100) <= end:
            start = start.replace(year=start.year - 100)   # 440101-890624 is 1944, not 2044
        if start > end:
            return "start after end"
        return (country, role, start, end, True)
    d, _ = parse_date(rest)
    if d is None:
        return "unreadable date"
    note("bare single date read as 'from then on'", raw)
    return (country, role, d, END, True)


def days_in_year(start, end, year):
    a = max(start, datetime.date(year, 1, 1))
    b = min(end, datetime.date(year, 12, 31))
    return (b - a).days + 1 if a <= b else 0


def periods_of(codes):
    """Year -> (country, role): the one code that holds for the person in each year 1950-2014."""
    dated = [c for c in codes if c[4]]
    default = [c for c in codes if not c[4]]
    if len({(c[0], c[1]) for c in default}) > 1:
        note("several undated default codes; the last one is used", str(default))
    by_year = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        best, best_key = None, None
        for country, role, start, end, _ in dated:
            days = days_in_year(start, end, year)
            if days == 0:
                continue
            key = (role != "", days, start)     # an office beats ELI; then more days; then newer
            if best_key is None or key > best_key:
                best, best_key = (country, role), key
        if best is None and default:
            best = (default[-1][0], default[-1][1])
        if best is not None:
            by_year[year] = best
    return by_year


def runs(by_year, years=None):
    """Consecutive years with the same code as (code, since, until), optionally only some years."""
    out = []
    for year in sorted(by_year):
        if years is not None and year not in years:
            continue
        code = by_year[year]
        if out and out[-1][0] == code and out[-1][2] == year - 1:
            out[-1][2] = year
        else:
            out.append([code, year, year])
    return [tuple(c) for c in out]


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

def cap_word(w, first, prev, last=False):
    """Capitalise one word of a name (already lower-cased)."""
    if not w:
        return w
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]?", w):
        return w.upper()                                  # G.J., J.D
    if w.upper() in ROMAN and len(w) > 1 and last:
        return w.upper()                                  # Roman numerals (Mohammed VI; not Xi Jinping)
    if not first and (w in PARTICLES or (w in ARTICLES and prev in ("de", "del", "di", "da"))):
        return w
    if "-" in w:
        parts = w.split("-")
        out = []
        for i, p in enumerate(parts):
            if i == 0:
                out.append(cap_word(p, first, prev))
            else:
                out.append(cap_word(p, True, parts[i - 1]) if p not in PARTICLES else p)
        # "al-Assad" after a given name: the leading particle stays lower-case.
        return "-".join(out)
    if "'" in w:
        head, _, tail = w.partition("'")
        if head == "":
            return "'" + cap_word(tail, True, prev)       # 'Aziz
        if len(head) == 1:
            return head.upper() + "'" + cap_word(tail, True, prev)   # O'Neill, D'Alema
        return cap_word(head, first, prev) + "'" + tail  # Sha'bi
    if w.startswith("mc") and len(w) > 3:
        return "Mc" + w[2].upper() + w[3:]
    return w[0].upper() + w[1:]


# Countries whose names have no lower-case particles (Phan Van Khai, Nguyen Thi Binh, Zhu De).
NO_PARTICLES = {"VNM", "KHM", "LAO", "CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "JPN", "MMR", "THA", "MNG"}


def pretty(words, countries=()):
    """Dictionary words (upper case) to a name as written in news."""
    out, prev = [], ""
    plain = bool(set(countries) & NO_PARTICLES)
    for i, w in enumerate(words):
        lw = w.lower()
        last_particle = i == len(words) - 1 and lw in PARTICLES   # Li Bin
        out.append(cap_word(lw, i == 0 or last_particle or (plain and lw in PARTICLES), prev,
                            last=i > 0 and i == len(words) - 1))
        prev = lw
    name = " ".join(out)
    name = re.sub(r"\bJr\b\.?", "Jr.", name)
    return name


def clean_words(phrase):
    """Upper-case words of a phrase: underscores split, stray punctuation dropped, text after a
    comma dropped ("JOHN_ROLAND_ROBINSON, BARON_MARTONMERE_"), backtick ayn made an apostrophe."""
    phrase = phrase.replace("`", "'").partition(",")[0].partition("(")[0]   # "(ACTING" fragments
    ws = [w for w in (w.strip(";:").lstrip(".") for w in words_of(phrase)) if w]
    ws = [w for w in ws if not (w.startswith('"') and w.endswith('"'))]      # "NANDO" nicknames
    out = []
    for w in ws:                                                              # AL-_QASIMI
        if out and out[-1].endswith("-"):
            out[-1] += w
        else:
            out.append(w)
    return out


def garbled(text):
    """Control characters or replacement marks where an accented letter was lost (STRASK\x1aY)."""
    return any(ord(ch) < 0x20 or ch == "\ufffd" for ch in text.replace("\t", ""))


def is_full_name(ws):
    """At least two name words, one of them more than an initial. Particles inside the name
    ("al", "bin", "de") do not count; a first word always does (Al Gore, Du Qinglin), so does a
    last one (Zhu De), a closing Roman numeral (Harald V) and a dotted initial (P. Chidambaram)."""
    count = real = 0
    for i, w in enumerate(ws):
        core = w.rstrip(".")
        if 0 < i < len(ws) - 1 and w.lower() in PARTICLES:
            continue
        if i > 0 and i == len(ws) - 1 and w in ROMAN:
            count += 1
        elif len(core) > 1:
            count += 1
            real += 1
        elif core and (w.endswith(".") or i == 0):
            count += 1
    return count >= 2 and real >= 1


def strip_leading_titles(ws):
    i = 0
    while i < len(ws) - 1 and ws[i] in LEADING_TITLES:
        i += 1
    return ws[i:]


def is_country_word(w, country_words):
    f = fold(w)
    return (len(f) == 1 and f[0] in country_words) or w in ("US", "U.S.", "U.S", "UK", "U.K.", "USA")


def variant_problem(ws, head_ws, country_words):
    if not ws:
        return "empty"
    if garbled(" ".join(ws)):
        return "garbled characters"
    if any(ch in " ".join(ws) for ch in "()/&\""):
        return "punctuation"
    if any(w in STRONG_TITLE_WORDS for w in ws):
        return "title word"
    if any(w in NAME_LIKE_TITLES and w not in head_ws for w in ws):
        return "title word"
    if any(w in INSTITUTION_WORDS and w not in head_ws for w in ws):
        return "institution word"
    if is_country_word(ws[0], country_words) and ws[0] != head_ws[0]:
        return "country word"
    if any(re.search(r"\d", w) for w in ws):
        return "digits"
    if not is_full_name(ws):
        return "single word or not a full name"
    return None


def translit(w):
    """Rough key for transliteration variants: Aleksandr/Alexander, Yuriy/Yury, Sergey/Sergei."""
    w = w.replace("ks", "x").replace("iy", "i").replace("y", "i").replace("ph", "f").replace("kh", "h")
    return w


def same_person(a, b):
    """Two spellings of one Western-order name: same surname, given names alike, and middle names
    equal or only initials on one side (James R. Clapper / James Clapper)."""
    fa, fb = fold(a), fold(b)
    if len(fa) < 2 or len(fb) < 2 or fa[-1] != fb[-1]:
        return False
    if difflib.SequenceMatcher(None, translit(fa[0]), translit(fb[0])).ratio() < 0.85:
        return False
    ma, mb = fa[1:-1], fb[1:-1]
    if ma == mb:
        return True
    extra = ma if not mb else mb if not ma else None
    return extra is not None and all(len(t) == 1 for t in extra)


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

def classify(e, country_words, territories):
    """A candidate person dict, or None (the reason is counted)."""
    label = e["head"]
    ci = "countryinfo" in e["comment"].lower()
    head_ws = clean_words(e["head"])
    if garbled(e["head"]):
        skip("garbled characters in head (a letter lost in the source)", repr(label))
        return None
    if len(head_ws) < 2:
        skip("head is a single word (country, city, institution)", label)
        return None
    words = STRONG_INSTITUTION_WORDS if ci else INSTITUTION_WORDS
    inst = [w for w in head_ws if w in words]
    if inst:
        skip("institution/place/group word in head", f"{label} ({inst[0]})")
        return None
    if not ci and is_country_word(head_ws[0], country_words):
        skip("head starts with a country word (not from CountryInfo)", label)
        return None
    name_ws = strip_leading_titles(head_ws)
    if not is_full_name(name_ws):
        name_ws = head_ws          # Amir Peretz, Prince Johnson, Lord Adonis
    strong = [w for w in name_ws if w in STRONG_TITLE_WORDS]
    if strong:
        skip("title or office word in head", f"{label} ({strong[0]})")
        return None
    if any(re.search(r"\d", w) for w in name_ws):
        skip("digits in head", label)
        return None
    if not is_full_name(name_ws):
        skip("head is not a full name (one name word after titles and particles)", label)
        return None
    if not e["codes"]:
        skip("no codes", label)
        return None
    parsed, bad = [], []
    for raw in e["codes"]:
        p = parse_code(raw, territories)
        (bad.append((p, raw)) if isinstance(p, str) else parsed.append(p))
    if not parsed:
        skip("no person code (" + bad[0][0] + ")", label + " " + " ".join(e["codes"][:3]))
        return None
    if "OULD" in head_ws and any(p[0] == "MUS" for p in parsed):
        # The source files Mauritania's heads of state and government (CountryInfo.txt) under
        # Mauritius' code MUS; "Ould" (son of) is a Mauritanian patronymic no Mauritian name has.
        note("Mauritanian ('Ould') name coded MUS (Mauritius) in the source: MRT", label)
        parsed = [("MRT",) + p[1:] if p[0] == "MUS" else p for p in parsed]
    if not any(p[4] for p in parsed) and not ci and any(p[1] != "" for p in parsed):
        # An undated office code outside CountryInfo would claim the office for 1950-2014; an
        # undated ELI code (Deng Xiaoping, Samir Geagea) claims nothing and names a person.
        skip("only undated office codes and not from CountryInfo (no period to claim)", label + " " + " ".join(e["codes"][:3]))
        return None
    for reason, raw in bad:
        note("code skipped inside a kept entry: " + reason, label + " " + raw)
    phrases = [name_ws]
    for v in e["heads"] + e["variants"]:
        vw = clean_words(v)
        problem = variant_problem(vw, head_ws, country_words)
        if problem:
            note("variant dropped: " + problem, v)
            continue
        phrases.append(vw)
    countries = {p[0] for p in parsed}
    return {"actor": pretty(name_ws, countries), "phrases": phrases, "codes": parsed, "line": e["line"],
            "head": label, "countries": {p[0] for p in parsed}}


def main():
    people, others, codes_known, country_words = existing_lexicon()
    territories = codes_known
    entries = read_entries(SOURCE)
    print(f"read {len(entries)} entries from {SOURCE}")

    candidates = []
    for e in entries:
        c = classify(e, country_words, territories)
        if c is not None:
            candidates.append(c)
    report["kept"] = len(candidates)

    # The same person entered twice (GEIR_H._HAARDE_ and GEIR_HAARDE_): entries sharing a phrase and
    # a country are merged; the one with more variants names the actor.
    parent = list(range(len(candidates)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_of = {}
    for i, c in enumerate(candidates):
        for ws in c["phrases"]:
            for country in c["countries"]:
                key = (fold(" ".join(ws)), country)
                if key in first_of:
                    parent[find(i)] = find(first_of[key])
                else:
                    first_of[key] = i
    groups = collections.defaultdict(list)
    for i in range(len(candidates)):
        groups[find(i)].append(candidates[i])
    persons = []
    for members in groups.values():
        if len(members) > 1:
            note("entries merged as one person (shared phrase and country)", " + ".join(m["head"] for m in members))
        main_entry = max(members, key=lambda m: (len(m["phrases"]), -m["line"]))
        phrases, seen = [], set()
        for m in [main_entry] + [m for m in members if m is not main_entry]:
            for ws in m["phrases"]:
                k = fold(" ".join(ws))
                if k not in seen:
                    seen.add(k)
                    phrases.append(ws)
        codes = [c for m in members for c in m["codes"] if c[4]] + \
                [c for m in members for c in m["codes"] if not c[4]]
        by_year = periods_of(codes)
        if not by_year:
            skip("no period inside 1950-2014 (after merging)", main_entry["head"])
            continue
        persons.append({"actor": main_entry["actor"], "phrases": phrases, "by_year": by_year,
                        "line": main_entry["line"], "countries": set().union(*(m["countries"] for m in members))})

    # A phrase naming two different people (different countries) is ambiguous: drop it.
    owners = collections.defaultdict(set)
    for i, p in enumerate(persons):
        for ws in p["phrases"]:
            owners[fold(" ".join(ws))].add(i)
    ambiguous = {k for k, v in owners.items() if len(v) > 1}

    people_actors = {(a, c) for entries in people.values() for (_, _, a, c) in entries}
    rows = set()
    persons_out = set()
    renamed = 0
    for p in persons:
        actor = p["actor"]
        # Take the canonical name people.tsv uses for this person, if one of the phrases is there
        # for one of the person's countries.
        known = {a for ws in p["phrases"] for (_, _, a, c) in people.get(fold(" ".join(ws)), [])
                 if c in p["countries"]}
        if not known:
            # The same person spelt differently (Yuriy/Yury Ushakov, Aleksandr/Alexander
            # Bortnikov, James R./James Clapper): same country and surname, similar given name,
            # no conflicting middle names.
            # Not for names without a surname last (Aung Kyi, Kim Il, Cho Chang Hyun).
            if not p["countries"] & (NO_PARTICLES | {"MMR"}):
                known = {a for (a, c) in people_actors if c in p["countries"] and same_person(a, actor)}
        if len(known) == 1 and next(iter(known)) != actor:
            renamed += 1
            note("actor renamed to people.tsv's canonical name", f"{actor} -> {next(iter(known))}")
            actor = next(iter(known))
        for ws in p["phrases"]:
            phrase = pretty(ws, p["countries"])
            key = fold(phrase)
            if key in ambiguous:
                note("phrase names two people in the dictionary; dropped", f"{phrase} ({actor})")
                continue
            if key in others:
                note("phrase already used by another lexicon file; dropped", f"{phrase} ({others[key]})")
                continue
            years = set(p["by_year"])
            if key in people:
                mine = {fold(" ".join(w)) for w in p["phrases"]}
                if not any(c in p["countries"] or fold(a) in mine for (_, _, a, c) in people[key]):
                    note("phrase names someone else in people.tsv; dropped", f"{phrase} ({actor})")
                    continue
                for since, until, _, _ in people[key]:
                    lo = since if since is not None else FIRST_YEAR
                    hi = until if until is not None else LAST_YEAR
                    years -= set(range(lo, hi + 1))
                if not years:
                    note("phrase in people.tsv for all its years; dropped", phrase)
                    continue
                note("phrase in people.tsv; only the years people.tsv does not cover kept", phrase)
            for (country, role), since, until in runs(p["by_year"], years):
                rows.add((phrase, country, role, actor, "person", since, until, ""))
                persons_out.add(p["line"])

    unknown = sorted({r[1] for r in rows} - codes_known)
    rows = sorted(rows, key=lambda r: (r[1], r[3].lower(), r[5], r[0].lower(), r[2]))

    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write("# Chancery lexicon: office holders from the OEDA Phoenix country actor dictionary\n")
        f.write("# (Phoenix.Countries.actors.txt from openeventdata/petrarch2, MIT licence, Copyright (c) 2014\n")
        f.write("# Open Event Data Alliance; built from CountryInfo.140130.txt). Persons only, 1950 to early 2014.\n")
        f.write("# GENERATED by Scripts/import-phoenix-people.py: do not edit by hand; fix people.tsv (which wins)\n")
        f.write("# or the script, and regenerate.\n")
        f.write("# Columns: phrase, country (ISO3 as in countries.tsv), role (CAMEO sector; empty = out of office,\n")
        f.write("#          Phoenix ELI), actor (canonical name), kind (person), since, until (years, inclusive,\n")
        f.write("#          within 1950-2014), title (empty). One code per person per year.\n")
        f.write("#\n# The source's licence, as the MIT licence asks:\n")
        for line in MIT_NOTICE.strip("\n").split("\n"):
            f.write(("# " + line).rstrip() + "\n")
        f.write("#\n# phrase\tcountry\trole\tactor\tkind\tsince\tuntil\ttitle\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")

    # -------------------------------------------------------------------------------------
    print(f"\nentries kept as persons: {report['kept']}  (merged into {len(persons)} persons)")
    skipped = sum(v for k, v in report.items() if k.startswith("skipped"))
    print(f"entries skipped: {skipped}")
    for k, v in sorted(report.items(), key=lambda kv: -kv[1]):
        if k.startswith("skipped"):
            reason = k[len("skipped: "):]
            print(f"  {v:6d}  {reason}   e.g. {examples[reason][:4]}")
    print("\nnotes:")
    for k, v in sorted(notes.items(), key=lambda kv: -kv[1]):
        print(f"  {v:6d}  {k}   e.g. {note_examples[k][:3]}")
    print(f"\nactors renamed to people.tsv names: {renamed}")
    print(f"countries not in countries.tsv: {unknown}")
    print(f"\nwrote {OUTPUT}")
    print(f"rows: {len(rows)}   distinct persons: {len(persons_out)}   distinct actor names: "
          f"{len({r[3] for r in rows})}   distinct phrases: {len({fold(r[0]) for r in rows})}")
    print("\n20 random rows:")
    for r in random.Random(7).sample(rows, min(20, len(rows))):
        print("  " + " | ".join(str(x) for x in r))
    print("\nsanity rows:")
    for name in ("Bill Clinton", "Tony Blair", "Boris Yeltsin", "Jiang Zemin", "Ehud Barak"):
        print(f"  {name}:")
        for r in rows:
            if r[3] == name:
                print("    " + " | ".join(str(x) for x in r))


if __name__ == "__main__":
    main()
