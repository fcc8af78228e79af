#!/usr/bin/env bash
# Benchmarks of the reference-class forecast (issue 14): the pooled forecast of one dyad with 10,000
# simulation runs (target <= 200 ms on 2 cores) and the leave-one-case-out back-test over every
# bundled case (target <= 10 s).
# Usage: bench/forecasting.sh           (builds the benchmark jar first; extra arguments go to JMH)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests -pl detente-bench -am package
jar=detente-bench/target/benchmarks.jar
java -jar "$jar" 'ReferenceForecastBenchmark' -rf text -rff target-bench-forecasting.txt "$@"
