#!/usr/bin/env bash
# Load test of `marsad serve` on loopback: ingests the seed articles into a temporary SQLite
# corpus, serves it, and runs wrk (Debian package) with N connections for D seconds per route,
# printing median and p95 latency and requests/s. Usage: bench/web/load.sh [connections] [seconds]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
conns="${1:-20}"; secs="${2:-30}"; port="${MARSAD_LOAD_PORT:-5391}"
command -v wrk >/dev/null || { echo "load.sh: wrk is required (apt-get install wrk)" >&2; exit 2; }
seeds="${MARSAD_SEEDS:-$root/../shared/seeds/seeds.jsonl}"
work="$(mktemp -d)"; trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$root/marsad" ingest "$seeds" --db "$work/corpus.db" >/dev/null
"$root/marsad" serve --db "$work/corpus.db" --port "$port" 2>"$work/serve.log" & server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 50); do curl -fs "$base/api/stats" >/dev/null 2>&1 && break; sleep 0.2; done
doc="$(head -1 "$seeds" | sed -E 's/.*"id": *"([^"]+)".*/\1/')"
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
haftar="$(enc "حفتر")"
cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("%8.2f ms  %8.2f ms  %9.0f req/s  %d errors\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
printf "%-28s %11s %11s %15s\n" route median p95 throughput
for route in "/" "/documents/$doc" "/api/search?q=$haftar" "/api/documents/$doc" "/api/entities?q=$haftar" \
             "/api/entities/$haftar" "/api/graph" "/api/timeline?entity=$haftar" "/api/stats" "/assets/main.js"; do
  printf "%-28s " "$(python3 -c 'import sys,urllib.parse;print(urllib.parse.unquote(sys.argv[1])[:28])' "$route")"
  wrk -t2 -c"$conns" -d"${secs}s" -H 'Accept-Encoding: br' -s "$work/report.lua" "$base$route" | tail -1
done
