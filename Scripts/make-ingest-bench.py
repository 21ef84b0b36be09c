#!/usr/bin/env python3
"""Writes the two 10,000-document JSON Lines files the README's ingest figures are measured on.

    Scripts/make-ingest-bench.py [--shared ../shared] [--out DIR]

- articles.jsonl: the dev articles repeated to 10,000 documents (id NAME-N, url and source outlet-(N mod 50), the
  article's date and headline), the worst case for fusion: every copy fuses into the events of the first;
- shuffled.jsonl: the sentences of the dev articles and the plover-gsr documents shuffled (seed 20) into 10,000
  distinct stories of 6-16 sentences, dated like the dev articles.
Deterministic: the same corpus gives the same files byte for byte.
"""
import argparse
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SENTENCE_END = re.compile(r'(?<=[.!?])["\u201d]?\s+(?=[A-Z"\u201c])')


def read_articles(shared):
    """The dev articles as (name, date, title, body), in file-name order."""
    articles = []
    for path in sorted(glob.glob(os.path.join(shared, "corpus", "dev", "*.txt"))):
        lines = open(path, encoding="utf-8").read().split("\n")
        date = lines[0].split(" ", 1)[1].strip() if lines[0].startswith("date ") else None
        articles.append((os.path.basename(path)[:-4], date, lines[1].strip(), "\n".join(lines[2:]).strip()))
    return articles


def record(ident, date, title, text, n):
    """One JSON Lines record from outlet n mod 50."""
    return json.dumps({"id": ident, "date": date, "title": title, "text": text,
                       "url": f"https://outlet-{n % 50}.example/{ident}", "source": f"outlet-{n % 50}"}) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    parser.add_argument("--out", default=".")
    args = parser.parse_args()
    articles = read_articles(args.shared)
    if not articles:
        raise SystemExit(f"no dev articles under {args.shared}/corpus/dev: pass --shared")
    with open(os.path.join(args.out, "articles.jsonl"), "w", encoding="utf-8") as f:
        for n in range(10000):
            name, date, title, body = articles[n % len(articles)]
            f.write(record(f"{name}-{n}", date, title, body, n))
    sentences = []
    for _, _, _, body in articles:
        for paragraph in body.split("\n"):
            sentences += [s for s in SENTENCE_END.split(paragraph.strip()) if len(s) > 20]
    with open(os.path.join(args.shared, "corpus", "plover-gsr", "documents.jsonl"), encoding="utf-8") as f:
        for line in f:
            sentences += [s for s in SENTENCE_END.split(json.loads(line)["text"].strip()) if len(s) > 20]
    dates = [date for _, date, _, _ in articles]
    rng = random.Random(20)
    with open(os.path.join(args.out, "shuffled.jsonl"), "w", encoding="utf-8") as f:
        for n in range(10000):
            text = " ".join(rng.choice(sentences) for _ in range(rng.randint(6, 16)))
            f.write(record(f"story-{n}", rng.choice(dates), f"Story {n}", text, n))
    print(f"{len(sentences)} sentences; wrote articles.jsonl and shuffled.jsonl in {args.out}")


if __name__ == "__main__":
    main()
