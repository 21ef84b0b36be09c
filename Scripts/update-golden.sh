#!/usr/bin/env bash
# Regenerates the golden outputs that `swift test` diffs (Tests/ChanceryCoreTests/Golden), on purpose:
# run it after a change whose effect on events or time expressions you have read and mean to keep,
# and commit the diff of the golden files with the change.
#   Scripts/update-golden.sh              (the dev sets are looked for in ../shared or $CHANCERY_SHARED)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${CHANCERY_SHARED:-../shared}
golden=Tests/ChanceryCoreTests/Golden
swift build -c release --product chancery >/tmp/update-golden-build.log 2>&1 || { tail -20 /tmp/update-golden-build.log; exit 1; }
bin=$(swift build -c release --show-bin-path)/chancery
# Exit status 1 means some input record was refused (MEANTIME has one bad date): that is the reader tests' business.
# Anything above 1 is a crash, and no golden file is written from a crash.
emit() {
  local rc=0
  "$bin" "$1" "$2" > "$3.tmp" 2>/dev/null || rc=$?
  if [ "$rc" -gt 1 ]; then rm -f "$3.tmp"; echo "chancery $1 $2 exited with $rc" >&2; exit 1; fi
  mv "$3.tmp" "$3"
}
emit code Examples "$golden/examples.events.jsonl"
if [ -d "$shared/corpus" ]; then
  emit code "$shared/corpus/dev" "$golden/dev.events.jsonl"
  emit code "$shared/corpus/plover-gsr/documents.jsonl" "$golden/plover-gsr.events.jsonl"
  emit code "$shared/corpus/plv-dev/documents.jsonl" "$golden/plv-dev.events.jsonl"
  emit times "$shared/corpus/timex-meantime/documents.jsonl" "$golden/timex-meantime.times.jsonl"
  emit times "$shared/corpus/timex-tbaq/documents.jsonl" "$golden/timex-tbaq.times.jsonl"
else
  echo "no $shared/corpus: only the examples' golden file was regenerated" >&2
fi
git --no-pager diff --stat -- "$golden"
