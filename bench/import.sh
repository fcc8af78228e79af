#!/usr/bin/env bash
# Batch import throughput (issue: persistence): 1,000,000 generated entries imported in one batch
# into PostgreSQL (a real server started by the check) and into an H2 file, in one JVM.
# Usage: bench/import.sh [ENTRIES]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
entries="${1:-1000000}"
mvn -B -Dstyle.color=never -pl detente-store -am test -Dtest=ImportThroughputCheck \
  -Dsurefire.failIfNoSpecifiedTests=false -Ddetente.perf=true -Ddetente.perf.entries="$entries" \
  -DargLine="-Xmx6g" | grep -E "entries|import|read|Tests run" || true
