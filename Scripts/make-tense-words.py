#!/usr/bin/env python3
"""Derive the time tagger's tense word lists in Sources/ChanceryCore/Resources/en/words:

- past-forms.txt: the irregular past and past-participle forms of Resources/Coding/verb-forms.tsv ("told", "taken",
  "led"), leaving out those spelled like the verb's base or present ("put", "set", "come"), which show no tense, and
  the regular ones the table spells out ("preferred"), which the tagger's "-ed" rule reads.
- ed-non-verbs.txt: lower-case words ending in "-ed" that UD English EWT tags as a past verb (VBD or VBN) less than
  half the time ("need", "hundred", "interested", "indeed"): an "-ed" word not in it reads as a past form.
- infinitive-verbs.txt: lower-case words that EWT has after the infinitive marker "to" as a base-form verb (VB) more
  often than as anything else there ("to admit", "to pay"; not "to power"): "to" before one looks forward.

    python3 Scripts/make-tense-words.py [--shared ../shared]

Sources: verb-forms.tsv (this repository) and the train, dev and test files of UD English EWT (CC BY-SA 4.0) in
../shared/data/ud-english-ewt. Sorted, deterministic.
"""
import argparse
import collections
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RESOURCES = os.path.join(ROOT, "Sources", "ChanceryCore", "Resources")
WORDS = os.path.join(RESOURCES, "en", "words")
WORD = re.compile(r"^[a-z]+(?:['-][a-z]+)*$")
FOOTER = (
    "# Read by TimeWords (Time/TimeWords.swift) for TimeTagger.Context.tense (Time/TimeTense.swift).\n"
    "# One word a line; a resource folder of your own may add lines to this list, or take a built-in entry out with\n"
    "# a line \"-word\".\n"
)


def regular_third(base):
    """The third-person present of a base form, as Inflector.regularThird spells it."""
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def past_forms():
    """Irregular past and participle forms that differ from the base and present forms of every verb."""
    rows = []
    with open(os.path.join(RESOURCES, "Coding", "verb-forms.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t") + [""] * 5
            rows.append([c.strip().lower() for c in cols[:5]])
    present = set()
    for base, _, _, third, _ in rows:
        present.update([base, third or regular_third(base)])
    forms = set()
    for base, past, participle, _, _ in rows:
        for form in (past, participle):
            # Spelled-out regular forms ("preferred", "planned") are left to the "-ed" rule, which weighs them as
            # possible adjectives; short ones ("led", "fed") it does not reach.
            regular = form.endswith("ed") and len(form) > 4
            if form and WORD.match(form) and form not in present and not regular:
                forms.add(form)
    return sorted(forms)


def ed_non_verbs(shared):
    """-ed words EWT tags as VBD or VBN in less than half their lower-case occurrences."""
    tags = collections.defaultdict(collections.Counter)
    folder = os.path.join(shared, "data", "ud-english-ewt")
    for part in ("train", "dev", "test"):
        with open(os.path.join(folder, f"en_ewt-ud-{part}.conllu"), encoding="utf-8") as f:
            for line in f:
                cols = line.split("\t")
                if len(cols) > 4 and not line.startswith("#") and cols[1].endswith("ed") and WORD.match(cols[1]):
                    tags[cols[1]][cols[4]] += 1
    return sorted(w for w, c in tags.items() if c["VBD"] + c["VBN"] < sum(c.values()) / 2)


def infinitive_verbs(shared):
    """Words EWT tags VB after "to" (PART) more often than it has them after "to" otherwise."""
    verb, other = collections.Counter(), collections.Counter()
    folder = os.path.join(shared, "data", "ud-english-ewt")
    for part in ("train", "dev", "test"):
        previous = None
        with open(os.path.join(folder, f"en_ewt-ud-{part}.conllu"), encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if line.startswith("#") or len(cols) < 5:
                    previous = None
                    continue
                if "-" in cols[0] or "." in cols[0]:
                    continue
                word = cols[1]
                if previous is not None and previous[1].lower() == "to" and WORD.match(word):
                    if previous[3] == "PART" and cols[4] == "VB":
                        verb[word] += 1
                    else:
                        other[word] += 1
                previous = cols
    return sorted(w for w in verb if verb[w] > other[w])


def write(name, header, words):
    with open(os.path.join(WORDS, name), "w", encoding="utf-8") as f:
        f.write(header)
        f.write(FOOTER)
        for w in words:
            f.write(w + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    args = parser.parse_args()
    write(
        "past-forms.txt",
        "# Irregular past and past-participle forms (\"told\", \"taken\") that show a clause's tense is past, from the\n"
        "# irregular rows of Resources/Coding/verb-forms.tsv. Generated by Scripts/make-tense-words.py; do not edit by hand.\n",
        past_forms(),
    )
    write(
        "ed-non-verbs.txt",
        "# Words ending in \"-ed\" that are seldom a past verb (\"need\", \"hundred\", \"interested\"): UD English EWT\n"
        "# (CC BY-SA 4.0) tags them VBD or VBN less than half the time. Generated by Scripts/make-tense-words.py; do not\n"
        "# edit by hand.\n",
        ed_non_verbs(args.shared),
    )
    write(
        "infinitive-verbs.txt",
        "# Verbs in their base form after the infinitive marker \"to\" (\"to admit\", \"to pay\"): UD English EWT (CC BY-SA\n"
        "# 4.0) has them there as VB more often than as anything else. Generated by Scripts/make-tense-words.py; do not\n"
        "# edit by hand.\n",
        infinitive_verbs(args.shared),
    )


if __name__ == "__main__":
    main()
