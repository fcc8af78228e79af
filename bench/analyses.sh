#!/usr/bin/env bash
# Benchmark of the roadmap (issue: roadmap and analyses): 10,000 goals with 50,000 precondition
# edges evaluated as of a date (0 %, 30 % and 70 % of the goals met), and reciprocity pairing and the
# escalation index over 1,000,000 entries.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests -pl detente-bench -am package
java -jar detente-bench/target/benchmarks.jar 'RoadmapBenchmark|ReciprocityBenchmark' "$@"
