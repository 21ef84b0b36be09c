#!/usr/bin/env python3
"""Latency of the map and dyad pages on a large store, without the answer cache (every request a cold query).

Usage: Scripts/desk-latency.py STORE [CHANCERY-BINARY] [REQUESTS]
  STORE: a store to serve, e.g. one made by `chancery-bench store ../shared/corpus/dev 1000000 /tmp/bench.sqlite`
  CHANCERY-BINARY: default .build/release/chancery; REQUESTS: per page kind, default 200.
Starts `chancery serve --cache 0`, asks for REQUESTS distinct URLs of each kind (the whole map, the map of one country,
the map of a 90-day range, a dyad of two countries, a dyad over 90 days), one at a time, and prints p50, p99 and max.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request


def main():
    store = sys.argv[1]
    binary = sys.argv[2] if len(sys.argv) > 2 else ".build/release/chancery"
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    log = tempfile.TemporaryFile(mode="w+")
    server = subprocess.Popen([binary, "serve", "--store", store, "--port", "0", "--cache", "0"], stderr=log, stdout=log)
    try:
        base = None
        for _ in range(600):
            log.seek(0)
            m = re.search(r"at (http://127\.0\.0\.1:\d+)/", log.read())
            if m:
                base = m.group(1)
                break
            time.sleep(0.1)
        if base is None:
            log.seek(0)
            sys.exit(f"chancery serve did not start: {log.read()}")
        events = json.load(urllib.request.urlopen(base + "/api/events?limit=500&sort=mentions"))["events"]
        countries = sorted({e["source"]["country"] for e in events} | {(e["target"] or {}).get("country", "") for e in events} - {""})
        pairs = sorted({tuple(sorted((e["source"]["country"], e["target"]["country"]))) for e in events
                        if e["target"] and e["target"]["country"] and e["target"]["country"] != e["source"]["country"]})
        days = sorted({e["date"]["value"][:10] for e in events if e["date"]["value"] and len(e["date"]["value"]) >= 10})

        def plus90(day):
            t = time.strptime(day, "%Y-%m-%d")
            return time.strftime("%Y-%m-%d", time.gmtime(time.mktime(t) + 90 * 86400))

        kinds = {
            "map, whole store": lambda i: "/map" + ("?sort=newest" if i % 2 else ""),
            "map, one country": lambda i: f"/map?country={countries[i % len(countries)]}",
            "map, 90 days": lambda i: f"/map?since={days[i % len(days)]}&until={plus90(days[i % len(days)])}",
            "dyad, two countries": lambda i: "/dyads?a={}&b={}".format(*pairs[i % len(pairs)]),
            "dyad, 90 days": lambda i: "/dyads?a={}&b={}&since={}&until={}".format(*pairs[i % len(pairs)], days[i % len(days)], plus90(days[i % len(days)])),
        }
        total = json.load(urllib.request.urlopen(base + "/api/events?limit=1"))
        print(f"store {store}: {len(countries)} countries, {len(pairs)} pairs sampled; {n} requests a kind, cache off")
        for name, url in kinds.items():
            times = []
            for i in range(n):
                start = time.perf_counter()
                with urllib.request.urlopen(base + url(i)) as r:
                    r.read()
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            print(f"{name:22s} p50 {times[len(times) // 2]:7.1f} ms  p99 {times[min(len(times) - 1, int(len(times) * 0.99))]:7.1f} ms  max {times[-1]:7.1f} ms")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
