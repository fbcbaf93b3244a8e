#!/usr/bin/env bash
# Screenshots of every page of `marsad serve` at a desktop (1366×900) and a phone (390×844) size, taken by
# Debian's headless chromium, to be looked at by eye (overlaps, right-to-left layout, overflow on the phone).
# Usage: bench/web/screens.sh OUT_DIR [DB]. Without DB, the seed articles and the first MARSAD_SCREENS_DOCS (300)
# articles of ../shared/data/unlabelled/news-ar.jsonl.gz are ingested into a temporary corpus (read in place).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:?usage: screens.sh OUT_DIR [DB]}"; db="${2:-}"; port="${MARSAD_SCREENS_PORT:-5392}"
browser="${MARSAD_CHROMIUM:-$(command -v chromium || true)}"
[ -x "$browser" ] || { echo "screens.sh: Debian's chromium is required (apt-get install chromium)" >&2; exit 2; }
mkdir -p "$out"
work="$(mktemp -d)"; trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -z "$db" ]; then
  db="$work/corpus.db"
  news="$root/../shared/data/unlabelled/news-ar.jsonl.gz"
  "$root/marsad" ingest "$root/../shared/seeds/seeds.jsonl" <(zcat "$news" | head -n "${MARSAD_SCREENS_DOCS:-300}") --db "$db" >/dev/null
fi
"$root/marsad" serve --db "$db" --port "$port" 2>"$work/serve.log" & server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -fs "$base/api/stats" >/dev/null 2>&1 && break; sleep 0.2; done
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
doc="$(curl -fs "$base/api/documents?limit=1" | json 'd["hits"][0]["document_id"]')"
actor="$(curl -fs "$base/api/entities?type=PER&sort=documents&limit=1" | json 'd["entities"][0]["id"]')"
q="$(python3 -c 'import urllib.parse;print(urllib.parse.quote("حفتر"))')"
pages=("home=/" "search=/?q=$q" "document=/documents/$doc" "entities=/entities" "entity=/entities/$actor"
       "graph=/graph" "graph-entity=/graph?entity=$actor" "timeline=/timeline?entity=$actor" "camps=/camps"
       "map=/map" "corrections=/corrections" "notfound=/no-such-page")
for size in 1366x900 390x844; do
  for page in "${pages[@]}"; do
    name="${page%%=*}"; path="${page#*=}"
    # the virtual time budget lets the page's scripts fetch and draw before the picture is taken
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking \
      --user-data-dir="$work/profile" --window-size="${size/x/,}" --virtual-time-budget=15000 \
      --screenshot="$out/$name-$size.png" "$base$path" >/dev/null 2>&1 || echo "screens.sh: $name at $size: no picture (timed out)" >&2
  done
done
ls "$out"
