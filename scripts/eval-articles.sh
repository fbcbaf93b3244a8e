#!/usr/bin/env bash
# Scores `marsad extract` on the whole-article event gold (data/events/annotation/articles/): takes the
# articles' text from the shared unlabelled news file (never stored here), extracts, and runs the shared
# scorer. Usage: scripts/eval-articles.sh [NEWS.jsonl.gz] [SHARED_EVAL_DIR]   (last line: the scorer's JSON)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
news="${1:-$here/../shared/data/unlabelled/news-ar.jsonl.gz}"
evaldir="${2:-$here/../shared/eval}"
gold="$here/data/events/annotation/articles"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$news" "$gold/gold.json" > "$work/articles.jsonl" <<'PY'
import gzip, json, sys
want = {k for k in json.load(open(sys.argv[2], encoding="utf-8")) if not k.startswith("_")}
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        a = json.loads(line)
        if a["id"] in want:
            print(json.dumps({k: a[k] for k in ("id", "outlet", "published", "title", "text")}, ensure_ascii=False))
PY
"$here/marsad" extract "$work/articles.jsonl" > "$work/out.jsonl"
python3 "$evaldir/score_extract.py" "$gold/gold.json" "$gold/entities.json" "$work/out.jsonl" ${VERBOSE:+--verbose}
