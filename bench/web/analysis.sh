#!/usr/bin/env bash
# Times the analysis routes of `marsad serve` on an existing store: each route asked N times one after
# another (after one untimed request that warms caches), median and p95 in ms, with the load average
# before and after. Usage: bench/web/analysis.sh DB [N] [MARSAD_DLL]
# (MARSAD_DLL: a built marsad.dll to time instead of this checkout's, e.g. an older build kept for comparison.)
# With WRITES=W (W > 0), the camps routes are then timed W times each right after a write: one sample article
# (samples/articles.jsonl, under a new id) added through POST /api/documents, untimed, before each request.
# The store keeps those documents: run it on a copy. ROUTES="/api/camps …" times only those routes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
db="$1"; n="${2:-20}"; port="${MARSAD_BENCH_PORT:-5393}"
work="$(mktemp -d)"; trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -n "${3:-}" ]; then dotnet "$3" serve --db "$db" --port "$port" 2>"$work/serve.log" & server=$!
else "$root/marsad" serve --db "$db" --port "$port" 2>"$work/serve.log" & server=$!; fi
base="http://127.0.0.1:$port"
for _ in $(seq 600); do curl -fs "$base/api/stats" >/dev/null 2>&1 && break; sleep 0.5; done
printf "%-44s %9s %9s %9s  %s\n" route first median p95 "load before → after"
routes="${ROUTES:-/api/camps /api/camps?window=year /api/camps?window=month&from=2020&to=2020 /api/claims /api/claims?contested=true /api/outlets/lens}"
read -ra route_list <<<"$routes"
for route in "${route_list[@]}"; do
  before="$(cut -d' ' -f1 /proc/loadavg)"
  first="$(curl -fs -o /dev/null -w '%{time_total}' "$base$route")"
  for _ in $(seq "$n"); do curl -fs -o /dev/null -w '%{time_total}\n' "$base$route"; done > "$work/times"
  after="$(cut -d' ' -f1 /proc/loadavg)"
  sort -g "$work/times" | awk -v r="$route" -v f="$first" -v b="$before" -v a="$after" '{ t[NR] = $1 * 1000 }
    END { m = t[int((NR + 1) / 2)]; p = t[int(NR * 0.95 + 0.999)]; printf "%-44s %9.0f %9.1f %9.1f  %s → %s\n", r, f * 1000, m, p, b, a }'
done
writes="${WRITES:-0}"
[ "$writes" -gt 0 ] || exit 0
mapfile -t articles < "$root/samples/articles.jsonl"
i=0
for route in "/api/camps" "/api/camps?window=year"; do
  before="$(cut -d' ' -f1 /proc/loadavg)"
  for _ in $(seq "$writes"); do
    i=$((i + 1))
    jq -c --arg id "bench-write-$$-$i" '.id = $id' <<<"${articles[$((i % ${#articles[@]}))]}" \
      | curl -fs -o /dev/null -H 'Content-Type: application/json' --data-binary @- "$base/api/documents"
    curl -fs -o /dev/null -w '%{time_total}\n' "$base$route"
  done > "$work/times"
  after="$(cut -d' ' -f1 /proc/loadavg)"
  sort -g "$work/times" | awk -v r="$route (after a write)" -v b="$before" -v a="$after" '{ t[NR] = $1 * 1000 }
    END { m = t[int((NR + 1) / 2)]; p = t[int(NR * 0.95 + 0.999)]; printf "%-44s %9s %9.1f %9.1f  %s → %s\n", r, "-", m, p, b, a }'
done
