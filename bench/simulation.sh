#!/usr/bin/env bash
# Benchmarks of the simulator (issue 6): moves per second of the match engine on one core (target
# >= 10 million), and the calibrated forecast of the bundled US-Russia roadmap, 10,000 runs of 24
# months (target <= 2 s on 2 cores).
# Usage: bench/simulation.sh            (builds the benchmark jar first; extra arguments go to JMH)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests -pl detente-bench -am package
jar=detente-bench/target/benchmarks.jar
java -jar "$jar" 'MatchBenchmark|ForecastBenchmark' -rf text -rff target-bench-simulation.txt "$@"
