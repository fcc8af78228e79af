#!/usr/bin/env bash
# Benchmarks of news event data (issue 7) on synthetic GDELT 2.0 files with planted reciprocal pairs:
#   import into DuckDB (target: >= 500,000 rows/s), the all-dyads reciprocity scan on DuckDB
#   (target: <= 30 s), and the same scan on Spark local[1] and local[2] (target: local[2] >= 1.6x faster,
#   medians of five scans after three warm-ups in one session).
# Usage: bench/events.sh [EVENTS] [FILES]      (default 10,000,000 events in 20 files; ~1.9 GB on disk)
# The files and the DuckDB store go to target-bench-events/ (delete it afterwards).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
events=${1:-10000000}
files=${2:-20}
work=$PWD/target-bench-events
mkdir -p "$work"
mvn -B -q -DskipTests -pl detente-events-spark -am install
mvn -B -q -pl detente-events-spark dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test
cp="detente-events-spark/target/test-classes:detente-events-spark/target/classes:$(cat "$work/classpath")"
opens=$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' detente-events-spark/pom.xml)
run() { java -Xmx3g $opens -cp "$cp" org.detente.events.spark.bench.EventsBench "$@"; }
uptime
if [ ! -d "$work/files" ] || [ "$(ls "$work/files" | wc -l)" != "$files" ] || [ ! -f "$work/files.$events" ]; then
  rm -rf "$work/files" "$work"/files.*; run generate "$work/files" "$events" "$files" && touch "$work/files.$events"
fi
for i in 1 2; do run import "$work/files" "$work/events.duckdb"; done
for i in 1 2; do run scan-duckdb "$work/events.duckdb"; done
# Spark: one session per engine size, three warm-up scans then five timed ones (the median is the
# figure). The first scans of a JVM spend several CPU-seconds compiling Spark's code paths: the JIT
# does that on the spare core of a local[1] run but takes it from the task threads of local[2].
for threads in 1 2; do run scan-spark "$work/files" "$threads" 3 5; done
uptime
