"""The phrases the lexicon files already hold, shared by the import scripts so that hand-written files win."""
import os


def phrases(lexicon, out_path):
    """Lower-cased phrase -> (country, file name) of every lexicon file but `out_path`, the first file by name winning."""
    found = {}
    for name in sorted(os.listdir(lexicon)):
        path = os.path.join(lexicon, name)
        if not name.endswith(".tsv") or os.path.abspath(path) == os.path.abspath(out_path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    cols = line.rstrip("\n").split("\t")
                    found.setdefault(cols[0].strip().lower(), (cols[1] if len(cols) > 1 else "", name))
    return found


def write(path, header, rows):
    """Writes a lexicon file: each line of `header` as a comment, then each row's columns tab-separated."""
    with open(path, "w", encoding="utf-8") as out:
        for line in header:
            out.write("# " + line + "\n")
        for cols in rows:
            out.write("\t".join(cols) + "\n")
