#!/usr/bin/env bash
# Renders every web page to PNG with headless Chromium, at desktop (1280×900) and phone (390×844) sizes, for a person
# to look at. Usage: Scripts/screenshots.sh [OUTPUT-FOLDER]   (default: screenshots/)
# Needs: chromium (apt-get install chromium) and a release build (swift build -c release --product chancery), or
# CHANCERY_BIN=.build/debug/chancery. EXTRA_CORPUS="../shared/corpus/dev" is ingested after the watchlists are saved,
# so the map has more located events and the watch page shows new ones.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-screenshots}"
mkdir -p "$out"
command -v chromium >/dev/null || { echo "chromium is not installed: apt-get install -y chromium" >&2; exit 1; }
SERVE_OPTIONS="--token screenshots" . Scripts/example-server.sh
api="http://127.0.0.1:$port"
event=$(curl -fs "$api/api/events?sort=mentions&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"][0]["id"])')
doc=$(curl -fs "$api/api/events/$event" | python3 -c 'import json,sys; print(json.load(sys.stdin)["doc"])')
# The busiest country pair, for the dyad view, and a watchlist on it with one more on a country, for the watch page.
pair=$(curl -fs "$api/api/events?limit=500" | python3 -c '
import collections, json, sys
pairs = collections.Counter(tuple(sorted((e["source"]["country"], (e["target"] or {}).get("country", ""))))
                            for e in json.load(sys.stdin)["events"])
a, b = next(p for p, _ in pairs.most_common() if p[0] and p[1] and p[0] != p[1])
countries = collections.Counter(c for p in pairs.elements() for c in p if c)
print(f"a={a}&b={b} {countries.most_common(1)[0][0]}")')
busiest=${pair#* }; pair=${pair% *}
a=${pair#a=}; a=${a%%&*}; b=${pair#*&b=}
curl -fs -o /dev/null -d "name=$a-$b&country=$a&counterpart=$b&token=screenshots" "$api/watch"
curl -fs -o /dev/null -d "name=$busiest-all&country=$busiest&token=screenshots" "$api/watch"
if [ -n "${EXTRA_CORPUS:-}" ]; then "$bin" ingest $EXTRA_CORPUS --store "$work/examples.sqlite"; fi
shoot() {  # name path width height
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$out/$1.png" --window-size="$3,$4" \
    "$api$2" >/dev/null 2>&1
  echo "$out/$1.png"
}
for size in "desktop 1280 900" "phone 390 844"; do
  set -- $size
  shoot "index-$1" "/" "$2" "$3"
  shoot "map-$1" "/map" "$2" "$3"
  shoot "dyad-$1" "/dyads?$pair" "$2" "$3"
  shoot "watch-$1" "/watch" "$2" "$3"
  shoot "event-$1" "/events/$event" "$2" "$3"
  shoot "document-$1" "/documents/$doc" "$2" "$3"
  shoot "paste-$1" "/paste" "$2" "$3"
done
