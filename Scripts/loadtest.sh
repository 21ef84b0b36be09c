#!/usr/bin/env bash
# Loopback load test of GET /api/events on the example store: 50 concurrent connections for 30 s with wrk,
# printing throughput, errors and the latency distribution (p50 … p99).
# SERVE_OPTIONS="--cache 0" measures without the answer cache.
# Usage: Scripts/loadtest.sh [SECONDS] [CONNECTIONS]   Needs: wrk (apt-get install wrk) and a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
connections="${2:-50}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
. Scripts/example-server.sh
wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/api/events"
