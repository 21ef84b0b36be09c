#!/usr/bin/env bash
# Codes N recombined real sentences (default 100,000 per seed, seeds 1..3) from the examples and the dev corpora
# with a release build; a trap ends it with the Swift backtrace and the batch that held it.
#   Scripts/recombine.sh [COUNT] [SEEDS...]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}; shift || true
seeds=${*:-1 2 3}
shared=${CHANCERY_SHARED:-../shared}
swift build -c release --product chancery-recombine >/tmp/recombine-build.log 2>&1 || { tail -20 /tmp/recombine-build.log; exit 1; }
inputs=(Examples)
[ -d "$shared/corpus" ] && inputs+=("$shared/corpus/dev" "$shared"/corpus/*/documents.jsonl)
for seed in $seeds; do
  "$(swift build -c release --show-bin-path)/chancery-recombine" --seed "$seed" --count "$count" "${inputs[@]}" 2> >(grep -v '^coding documents' >&2)
done
