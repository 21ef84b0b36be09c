#!/usr/bin/env bash
# Regenerates every derived resource file whose source is in this repository or in the shared data folder, in a
# copy of the tree, in the order the imports depend on each other, and fails if any differs from the committed one:
# a derived file must come from its public source byte for byte.
#   Scripts/check-derived.sh            (the shared data is looked for in ../shared or $CHANCERY_SHARED)
# Left out: the GeoNames country, city and map files (make-geo-lexicon.py, make-city-lexicon.py,
# make-world-map.py), whose sources are Python packages and shapefiles not kept here.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=$(cd "${CHANCERY_SHARED:-../shared}" && pwd)
oeda="$shared/data/oeda"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/ChanceryCore"
cp -r Scripts "$work/Scripts"
cp -r Sources/ChanceryCore/Resources "$work/Sources/ChanceryCore/Resources"
run() { python3 "$work/Scripts/$1" "${@:2}" >/dev/null 2>"$work/$1.log" || { cat "$work/$1.log"; exit 1; }; }
lexicon="$work/Sources/ChanceryCore/Resources/Lexicon"
run import-phoenix-people.py "$oeda/Phoenix.Countries.actors.txt" "$lexicon/people-phoenix.tsv"
run import-phoenix-agents.py --shared "$shared"
run import-phoenix-groups.py --source "$oeda/Phoenix.MilNonState.actors.txt"
run import-phoenix-international.py --source "$oeda/Phoenix.International.actors.txt"
run import-state-leaders.py
run import-office-holders.py
run import-partyfacts-parties.py --shared "$shared"
run make-province-lexicon.py
run import-phoenix-regions.py --shared "$shared"
run make-common-words.py --shared "$shared"
run import-petrarch-verbs.py --shared "$shared"
run make-tense-words.py --shared "$shared"
if diff -r Sources/ChanceryCore/Resources "$work/Sources/ChanceryCore/Resources" >"$work/diff.txt"; then
  echo "every derived resource file regenerates byte for byte"
else
  head -40 "$work/diff.txt"
  echo "derived resource files differ from what their scripts write: rerun the scripts above and commit" >&2
  exit 1
fi
