#!/usr/bin/env bash
# Benchmark of the web dashboard (issues 5 and 11): server render time of every page after warm-up
# (each request a page the page cache has not kept), a page's first load on loopback (the HTML and
# every script and style sheet it names, fetched with no cache), the JavaScript and CSS shipped to the
# browser, gzip-compressed, and page views a second under wrk at 64 connections over a mix of pages,
# on the bundled data and on ledgers with 10,000 and 100,000 generated entries more (H2 file).
# Budgets: render <= 50 ms per page with the bundled dataset; first load <= 1 s; assets <= 1.5 MB
# gzipped; >= 1,000 page views/s with p99 <= 100 ms on the bundled data, >= half that at 100,000.
# Usage: bench/web.sh [--no-build] [PORT]   (default port 7099)
# Environment: SIZES (generated entries per load run, default "0 10000 100000"; 0 is the bundled data
# alone), DURATION (seconds of each measured wrk run, default 20). Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ "${1:-}" == "--no-build" ]]; then shift; else mvn -B -q -DskipTests -pl detente-app,detente-bench -am package; fi
command -v wrk >/dev/null || { echo "bench/web.sh needs wrk (apt-get install wrk)" >&2; exit 2; }
SIZES="${SIZES:-0 10000 100000}"
DURATION="${DURATION:-20}"
PORT="${1:-7099}"
BASE="http://127.0.0.1:$PORT"
DYAD=us-ru
AS_OF=2025-06-01
WARMUP=30
RUNS=50
PAGES=("" /missions /ledger /roadmap /reciprocity /capacity /scenarios /record)
# Starts the server with the given arguments and waits until it answers; refuses a port another process holds.
start_server() {
  if curl -s -o /dev/null "$BASE/health"; then echo "port $PORT is in use by another process" >&2; exit 2; fi
  java -jar detente-app/target/detente.jar serve --host 127.0.0.1 --port "$PORT" "$@" >"${SERVE_LOG:-/dev/null}" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 600); do curl -sf -o /dev/null "$BASE/health" && break; sleep 0.2; done
  kill -0 "$SERVER" 2>/dev/null || { echo "the server did not start" >&2; exit 1; }
}

trap 'kill "$SERVER" 2>/dev/null || true' EXIT
start_server --in-memory

# Server time of one request: from the request sent to the first byte back (loopback, so ~ render time).
server_ms() { curl -s -o /dev/null -w '%{time_pretransfer} %{time_starttransfer}\n' "$1" |
  awk '{ printf "%.2f\n", ($2 - $1) * 1000 }'; }

printf '%-14s %8s %8s %8s\n' page median_ms p95_ms max_ms
worst=0
for page in "${PAGES[@]}"; do
  url="$BASE/dyads/$DYAD$page?asOf=$AS_OF"
  # A parameter the page ignores makes each request a page the cache has not kept: a real render.
  for i in $(seq 1 "$WARMUP"); do curl -s -o /dev/null "$url&warm=$i"; done
  times=$(for i in $(seq 1 "$RUNS"); do server_ms "$url&run=$i"; done | sort -n)
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

# Page views a second: the server on an H2 file in a temporary folder, over the bundled data plus
# SIZE generated entries, wrk at 64 connections over the mix of bench/wrk/pages.lua. Columns: the
# ledger's size, seconds from the start to the first answer (every ledger is read before listening),
# the first page after that, the first render of each of the mix's 36 pages (fill), then wrk.
kill "$SERVER" 2>/dev/null || true
wait "$SERVER" 2>/dev/null || true
work="$(mktemp -d)"
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$work"' EXIT
echo
echo "load average before the load runs: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %8s %8s %9s %7s %10s %8s %7s\n' generated ledger start_s first_ms fill_s req_per_s p99_ms non2xx
for size in $SIZES; do
  rm -rf "$work/data"
  export DETENTE_DATA_DIR="$work/data"
  if [[ "$size" -gt 0 ]]; then
    java -cp detente-bench/target/benchmarks.jar org.detente.bench.UsRuLedgerFile "$work/entries.json" "$size"
    java -jar detente-app/target/detente.jar db import "$work/entries.json" >/dev/null 2>&1
  else
    java -jar detente-app/target/detente.jar db migrate >/dev/null 2>&1
  fi
  started=$(date +%s%N)
  SERVE_LOG="$work/serve.log" start_server
  start_s=$(awk -v s="$started" -v e="$(date +%s%N)" 'BEGIN { printf "%.1f", (e - s) / 1e9 }')
  ledger=$(curl -s "$BASE/api/dyads" | grep -o '"id":"us-ru".*' | grep -o '"lastSequence":[0-9]*' | head -1 | grep -o '[0-9]*$' || true)
  # The first page after the start: the ledger is read before the server listens, so this is one render.
  first_ms=$(server_ms "$BASE/dyads/$DYAD?asOf=$AS_OF")
  # The first render of each page of the mix, one after the other (a large ledger's pages take long
  # to render once); then a short warm-up of the JIT under load, not reported.
  fill_started=$(date +%s%N)
  for date in 2018-06-30 2021-01-01 2025-04-10 2025-06-01; do
    for page in "" /missions /ledger /roadmap /comparison /reciprocity /capacity /scenarios /record; do
      curl -s -o /dev/null "$BASE/dyads/$DYAD$page?asOf=$date"
    done
  done
  fill_s=$(awk -v s="$fill_started" -v e="$(date +%s%N)" 'BEGIN { printf "%.1f", (e - s) / 1e9 }')
  wrk -t2 -c64 -d5s -s bench/wrk/pages.lua "$BASE" >/dev/null
  wrk -t2 -c64 -d"${DURATION}s" --latency -s bench/wrk/pages.lua "$BASE" >"$work/wrk.txt"
  rps=$(awk '/^Requests\/sec/ { print $2 }' "$work/wrk.txt")
  p99=$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
    else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }' "$work/wrk.txt")
  non2xx=$(awk '/Non-2xx/ { print $NF }' "$work/wrk.txt")
  printf '%-10s %8s %8s %9s %7s %10s %8s %7s\n' "$size" "${ledger:-?}" "$start_s" "$first_ms" "$fill_s" "$rps" "$p99" "${non2xx:-0}"
  kill "$SERVER"
  wait "$SERVER" 2>/dev/null || true
done
echo "load average after the load runs: $(cut -d' ' -f1-3 /proc/loadavg)"
