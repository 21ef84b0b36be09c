# Sourced by screenshots.sh and loadtest.sh: builds the release binary, ingests Examples/ into a
# temporary store and starts `chancery serve` on a free loopback port. Sets $bin, $port, $server, $work.
# CHANCERY_BIN=PATH uses that binary instead of building.
if [ -z "${CHANCERY_BIN:-}" ]; then swift build -c release --product chancery >/dev/null; fi
bin=${CHANCERY_BIN:-.build/release/chancery}
work="$(mktemp -d)"
server=""
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin" ingest Examples/ --store "$work/examples.sqlite"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --store "$work/examples.sqlite" --port "$port" ${SERVE_OPTIONS:-} 2>"$work/serve.log" &
server=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/api/events?limit=1" >/dev/null && break; sleep 0.1; done
