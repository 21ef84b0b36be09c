#!/usr/bin/env bash
# Loopback load test of GET /api/events on the example store: 50 concurrent connections for 30 s with wrk,
# printing throughput, errors and the latency distribution (p50 … p99).
# Usage: Scripts/loadtest.sh [SECONDS] [CONNECTIONS]   Needs: wrk (apt-get install wrk) and a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
connections="${2:-50}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
swift build -c release --product chancery >/dev/null
bin=.build/release/chancery
work="$(mktemp -d)"
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin" ingest Examples/ --store "$work/examples.sqlite"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --store "$work/examples.sqlite" --port "$port" 2>"$work/serve.log" &
server=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/api/events?limit=1" >/dev/null && break; sleep 0.1; done
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/api/events"
