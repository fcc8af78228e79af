#!/usr/bin/env bash
# Benchmarks of the ledger (issue: foundation): state as of a random date on 1,000,000 entries
# across 50 missions, the load of that ledger, and the heap it holds.
# Usage: bench/ledger.sh            (builds the benchmark jar first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests -pl detente-bench -am package
jar=detente-bench/target/benchmarks.jar
java -jar "$jar" 'ProjectionBenchmark|LedgerLoadBenchmark' -rf text -rff target-bench-ledger.txt "$@"
java -Xmx2g -cp "$jar" org.detente.bench.LedgerMemory 1000000
