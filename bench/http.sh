#!/usr/bin/env bash
# Load test of the HTTP API (issue: persistence and HTTP API) on loopback with wrk:
#  - GET state with 64 connections on a ledger of about 10,000 entries (the bundled dataset plus
#    generated ones), reporting requests a second and latency percentiles;
#  - single appends (POST ledger) with 64 connections, each request a new entry.
# The server runs on an embedded H2 file in a temporary folder and is stopped at the end.
# Needs wrk (Debian: apt-get install wrk). Usage: bench/http.sh [DURATION_SECONDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration="${1:-20}"
port=7391
command -v wrk >/dev/null || { echo "bench/http.sh needs wrk (apt-get install wrk)" >&2; exit 2; }
mvn -B -q -Dstyle.color=never -DskipTests package
work="$(mktemp -d)"
export DETENTE_DATA_DIR="$work/data"
app="java -jar detente-app/target/detente.jar"
java -cp detente-bench/target/benchmarks.jar org.detente.bench.UsRuLedgerFile "$work/entries.json" 9903
$app db import "$work/entries.json"
token="$($app token create --name bench --role editor | tail -n 1)"
$app serve --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
echo "ledger: $(curl -s "http://127.0.0.1:$port/api/dyads" | grep -o '"lastSequence":[0-9]*')"
# Warm-up (JIT, caches), not reported.
wrk -t2 -c64 -d10s "http://127.0.0.1:$port/api/dyads/us-ru/state?asOf=2025-04-10" >/dev/null
TOKEN="$token" wrk -t2 -c16 -d5s -s bench/wrk/append.lua "http://127.0.0.1:$port" >/dev/null
echo "== GET /api/dyads/us-ru/state?asOf=2025-04-10, 64 connections, ${duration}s"
wrk -t2 -c64 -d"${duration}s" --latency "http://127.0.0.1:$port/api/dyads/us-ru/state?asOf=2025-04-10"
echo "== GET /api/dyads/us-ru/state with a different date per request, 64 connections, ${duration}s"
wrk -t2 -c64 -d"${duration}s" --latency -s bench/wrk/state-dates.lua "http://127.0.0.1:$port"
echo "== POST /api/dyads/us-ru/ledger (single appends), 64 connections, ${duration}s"
TOKEN="$token" wrk -t2 -c64 -d"${duration}s" --latency -s bench/wrk/append.lua "http://127.0.0.1:$port"
echo "ledger after appends: $(curl -s "http://127.0.0.1:$port/api/dyads" | grep -o '"lastSequence":[0-9]*')"
