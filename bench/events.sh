#!/usr/bin/env bash
# Benchmarks of news event data (issue 7) on synthetic GDELT 2.0 files with planted reciprocal pairs:
#   import into DuckDB (target: >= 500,000 rows/s), the all-dyads reciprocity scan on DuckDB
#   (target: <= 30 s), and the same scan on Spark local[1] and local[2] (target: local[2] >= 1.6x faster,
#   medians of fifteen timed scans in three JVMs each, after five warm-ups in each JVM).
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
# Spark: three JVMs per engine size, alternating local[1] and local[2] so that drifts of the machine
# fall on both; in each, five warm-up scans then five timed ones. The figure is the median of the
# fifteen timed scans of each size. The first scans of a JVM spend several CPU-seconds compiling
# Spark's code paths: the JIT does that on the spare core of a local[1] run but takes it from the
# task threads of local[2]; and the steady speed a JVM settles at varies by several per cent from
# one JVM to the next, hence the forks.
rm -f "$work/spark.log"
for fork in 1 2 3; do
  for threads in 1 2; do run scan-spark "$work/files" "$threads" 5 5 | tee -a "$work/spark.log"; done
done
awk '$1 == "scan-spark" && $3 == "run" { print $2, $5 }' "$work/spark.log" | sort -k1,1 -k2,2n | awk '
  { times[$1] = times[$1] " " $2; n[$1]++ }
  END {
    for (size in times) { split(substr(times[size], 2), t, " "); median[size] = t[int((n[size] + 1) / 2)];
      printf "scan-spark %s median of %d timed scans in 3 JVMs: %.2f s\n", size, n[size], median[size] }
    if (median["local[2]"] > 0) printf "local[2] is %.2fx faster than local[1] (target >= 1.6x)\n", median["local[1]"] / median["local[2]"]
  }'
uptime
