#!/usr/bin/env bash
# Renders the main web pages to PNG with headless Chromium, at desktop (1280×800) and phone (390×844) sizes,
# for a person to look at. Usage: Scripts/screenshots.sh [OUTPUT-FOLDER]   (default: screenshots/)
# Needs: chromium (apt-get install chromium) and a release build (swift build -c release --product chancery).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-screenshots}"
mkdir -p "$out"
command -v chromium >/dev/null || { echo "chromium is not installed: apt-get install -y chromium" >&2; exit 1; }
. Scripts/example-server.sh
event=$(curl -fs "http://127.0.0.1:$port/api/events?sort=mentions&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"][0]["id"])')
doc=$(curl -fs "http://127.0.0.1:$port/api/events/$event" | python3 -c 'import json,sys; print(json.load(sys.stdin)["doc"])')
shoot() {  # name path width height
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$out/$1.png" --window-size="$3,$4" \
    "http://127.0.0.1:$port$2" >/dev/null 2>&1
  echo "$out/$1.png"
}
for size in "desktop 1280 800" "phone 390 844"; do
  set -- $size
  shoot "index-$1" "/" "$2" "$3"
  shoot "event-$1" "/events/$event" "$2" "$3"
  shoot "document-$1" "/documents/$doc" "$2" "$3"
  shoot "paste-$1" "/paste" "$2" "$3"
done
