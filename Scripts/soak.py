#!/usr/bin/env python3
"""Soak test of `chancery serve`: CLIENTS threads for SECONDS of mixed valid, oversized and hostile requests.

    Scripts/soak.py --store /tmp/soak.sqlite [--seconds 60] [--clients 50] [--binary .build/release/chancery]

Fill a store first, e.g. `swift run -c release chancery-bench store ../shared/corpus/dev 100000 /tmp/soak.sqlite`.
Prints requests by kind and status, server crashes, the server's peak RSS and the latency of valid requests
(p50/p99). Exits 1 if the server died or stopped answering.
"""
import argparse, http.client, os, random, re, subprocess, sys, threading, time

parser = argparse.ArgumentParser()
parser.add_argument("--store", required=True)
parser.add_argument("--seconds", type=float, default=60)
parser.add_argument("--clients", type=int, default=50)
parser.add_argument("--binary", default=".build/release/chancery")
parser.add_argument("--hostile", type=float, default=0.3, help="share of hostile requests")
parser.add_argument("--kinds", default="0,1,2,3,4,5,6,7,8",
                    help="hostile kinds to send (see hostile()), to find which one slows valid requests")
parser.add_argument("--server-args", default="", help="extra arguments for chancery serve, e.g. '--deadline 2'")
args = parser.parse_args()

server = subprocess.Popen([args.binary, "serve", "--store", args.store, "--port", "0", "--token", "soak"]
                          + args.server_args.split(),
                          stderr=subprocess.PIPE, text=True)
line = server.stderr.readline()
match = re.search(r":(\d+)/", line)
if not match:
    sys.exit(f"server did not start: {line}")
port = int(match.group(1))
threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()

SCRIPT = "<script>alert(1)</script>"
KINDS = [int(k) for k in args.kinds.split(",")]
VALID = ["/api/events", "/api/events?country=RUS&since=2020-01-01&until=2020-12-31", "/api/events?root=04&limit=100",
         "/api/actors", "/", "/?country=USA", "/api/events?text=talks", "/openapi.json"]

def hostile(rng):
    """A request a careless or hostile client sends: (method, path, body, headers)."""
    kind = rng.choice(KINDS)
    if kind == 0: return ("GET", "/api/events?actor=" + "a" * 65536, None, {})
    if kind == 1: return ("GET", "/api/events?actor=%25&location=_", None, {})
    if kind == 2: return ("GET", "/api/events?since=2026-13-45", None, {})
    if kind == 3: return ("POST", "/api/code", b"x" * (6 << 20), {"Content-Type": "text/plain"})
    if kind == 4: return ("POST", "/api/code", bytes(rng.randrange(256) for _ in range(2000)), {"Content-Type": "application/octet-stream"})
    if kind == 5: return ("POST", "/api/code", f"Xi Jinping visits Moscow {SCRIPT}".encode(), {"Origin": "https://evil.example"})
    if kind == 6: return ("POST", "/api/code", ("Putin met Xi in Beijing on Monday. " * 3000).encode(), {"Content-Type": "text/plain"})
    if kind == 7: return ("GET", "/documents/%2F..%2F..%2Fetc%2Fpasswd", None, {})
    return ("POST", "/api/code", b'{"text": "Putin meets', {"Content-Type": "application/json"})

results, latencies, lock = {}, [], threading.Lock()
deadline = time.time() + args.seconds

def client(n):
    rng = random.Random(n)
    while time.time() < deadline:
        valid = rng.random() >= args.hostile
        method, path, body, headers = ("GET", rng.choice(VALID), None, {}) if valid else hostile(rng)
        start = time.time()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request(method, path, body=body, headers=headers)
            status = conn.getresponse().status
            conn.close()
        except Exception as e:
            status = type(e).__name__
        took = time.time() - start
        with lock:
            key = ("valid" if valid else "hostile", status)
            results[key] = results.get(key, 0) + 1
            if valid: latencies.append(took)

peak = 0
threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
for t in threads: t.start()
while any(t.is_alive() for t in threads):
    try:
        rss = int(re.search(r"VmRSS:\s+(\d+)", open(f"/proc/{server.pid}/status").read()).group(1)) // 1024
        peak = max(peak, rss)
    except Exception:
        pass
    time.sleep(0.5)
alive = server.poll() is None
try:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10); conn.request("GET", "/api/events?limit=1")
    answers = conn.getresponse().status == 200
except Exception:
    answers = False
server.terminate()
latencies.sort()
def pct(p): return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")
print(f"{args.clients} clients, {args.seconds:.0f} s: " + ", ".join(f"{k[0]} {k[1]}: {v}" for k, v in sorted(results.items(), key=str)))
print(f"server alive: {alive}, answers after: {answers}, crashes: {0 if alive else 1}, peak RSS {peak} MB, "
      f"valid p50 {pct(0.5):.1f} ms, p99 {pct(0.99):.1f} ms over {len(latencies)} requests")
sys.exit(0 if alive and answers else 1)
