#!/usr/bin/env bash
# Builds the libFuzzer target over the whole pipeline and runs it.
#   Fuzz/run.sh [SECONDS] [WORKERS]     (default 600 s on every core; crashes land in Fuzz/crashes/)
# Seeds: the bundled examples, the regression inputs in Fuzz/regressions/, and the dev corpora in ../shared when
# present (each JSON Lines record becomes one seed file).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
workers=${2:-$(nproc)}
shared=${CHANCERY_SHARED:-../shared}
out=.build/fuzz
mkdir -p "$out" Fuzz/crashes "$out/corpus"
if [ ! -x "$out/chancery-fuzz" ] || [ -n "$(find Sources/ChanceryCore Fuzz/FuzzPipeline.swift -newer "$out/chancery-fuzz" -name '*.swift' | head -1)" ]; then
  echo "building $out/chancery-fuzz (swiftc -sanitize=fuzzer,address, a few minutes)" >&2
  swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name ChanceryFuzz -g \
    $(find Sources/ChanceryCore -name '*.swift' | sort) Fuzz/FuzzPipeline.swift -o "$out/chancery-fuzz"
fi
seeds="$out/seeds"
if [ ! -d "$seeds" ]; then
  mkdir -p "$seeds"
  cp Examples/*.txt Fuzz/regressions/* "$seeds/" 2>/dev/null || true
  if [ -d "$shared/corpus" ]; then
    cp "$shared"/corpus/dev/*.txt "$seeds/"
    for f in "$shared"/corpus/*/documents.jsonl; do
      split -l 1 -d -a 5 "$f" "$seeds/$(basename "$(dirname "$f")")-"
    done
  fi
fi
export CHANCERY_RESOURCES="$PWD/Sources/ChanceryCore/Resources"
export ASAN_OPTIONS=detect_leaks=0
"$out/chancery-fuzz" -max_total_time="$seconds" -max_len=8192 -timeout=20 -rss_limit_mb=4096 \
  -workers="$workers" -jobs="$workers" -artifact_prefix=Fuzz/crashes/ -print_final_stats=1 "$out/corpus" "$seeds"
