#!/usr/bin/env bash
# Benchmark of the web dashboard (issue 5): server render time of every page after warm-up, a
# page's first load on loopback (the HTML and every script and style sheet it names, fetched with no
# cache), and the JavaScript and CSS shipped to the browser, gzip-compressed.
# Budgets: render <= 50 ms per page with the bundled dataset; first load <= 1 s; assets <= 1.5 MB gzipped.
# Usage: bench/web.sh [--no-build] [PORT]   (default port 7099)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ "${1:-}" == "--no-build" ]]; then shift; else mvn -B -q -DskipTests -pl detente-app -am package; fi
PORT="${1:-7099}"
BASE="http://127.0.0.1:$PORT"
DYAD=us-ru
AS_OF=2025-06-01
WARMUP=30
RUNS=50
PAGES=("" /missions /ledger /roadmap /reciprocity /capacity /scenarios /record)

java -jar detente-app/target/detente.jar serve --in-memory --host 127.0.0.1 --port "$PORT" >/dev/null 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "$BASE/health" && break; sleep 0.5; done

# Server time of one request: from the request sent to the first byte back (loopback, so ~ render time).
server_ms() { curl -s -o /dev/null -w '%{time_pretransfer} %{time_starttransfer}\n' "$1" |
  awk '{ printf "%.2f\n", ($2 - $1) * 1000 }'; }

printf '%-14s %8s %8s %8s\n' page median_ms p95_ms max_ms
worst=0
for page in "${PAGES[@]}"; do
  url="$BASE/dyads/$DYAD$page?asOf=$AS_OF"
  for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null "$url"; done
  times=$(for _ in $(seq 1 "$RUNS"); do server_ms "$url"; done | sort -n)
  median=$(echo "$times" | awk -v n="$RUNS" 'NR == int((n + 1) / 2)')
  p95=$(echo "$times" | awk -v n="$RUNS" 'NR == int(n * 0.95)')
  max=$(echo "$times" | tail -1)
  printf '%-14s %8s %8s %8s\n' "${page:-/}" "$median" "$p95" "$max"
  worst=$(awk -v a="$worst" -v b="$p95" 'BEGIN { print (b > a ? b : a) }')
done
echo "worst p95 render: $worst ms (budget 50 ms)"

# First load: the HTML, then every script and style sheet it names, one after the other, no cache.
echo
printf '%-14s %10s\n' page first_load_ms
for page in "${PAGES[@]}"; do
  url="$BASE/dyads/$DYAD$page?asOf=$AS_OF"
  start=$(date +%s%N)
  html=$(curl -s "$url")
  for asset in $(echo "$html" | grep -oE '(src|href)="/(static|webjars)/[^"]+\.(js|css)"' | sed -E 's/^(src|href)="//; s/"$//' | sort -u); do
    curl -s --compressed -o /dev/null "$BASE$asset"
  done
  end=$(date +%s%N)
  printf '%-14s %10d\n' "${page:-/}" $(( (end - start) / 1000000 ))
done

# Assets: every script and style sheet any page names, gzip -9 compressed.
echo
assets=$(for page in "${PAGES[@]}"; do curl -s "$BASE/dyads/$DYAD$page?asOf=$AS_OF"; done |
  grep -oE '(src|href)="/(static|webjars)/[^"]+\.(js|css)"' | sed -E 's/^(src|href)="//; s/"$//' | sort -u)
total_raw=0
total_gz=0
printf '%-52s %10s %10s\n' asset bytes gzip_bytes
for asset in $assets; do
  raw=$(curl -s "$BASE$asset" | wc -c)
  gz=$(curl -s "$BASE$asset" | gzip -9 | wc -c)
  printf '%-52s %10d %10d\n' "$asset" "$raw" "$gz"
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
done
printf '%-52s %10d %10d\n' total "$total_raw" "$total_gz"
echo "JavaScript and CSS shipped: $(awk -v b="$total_gz" 'BEGIN { printf "%.2f", b / 1048576 }') MB gzipped (budget 1.5 MB)"
