#!/usr/bin/env bash
# Start-up of the command line (issue: the command line answers quickly): the wall time of
# `detente --help` and `detente status`, through the ./detente launcher (class-data archive, quick
# compiler) and as a plain `java -jar` of the same jar, each beside `java -version` in the same run;
# with BASELINE_JAR (a detente.jar of an earlier build), also that jar as a plain `java -jar`, the way
# the launcher ran it before. The commands take turns, round after round, so a change of the
# machine's load falls on all of them alike. Reported: the median wall time, as a multiple of
# `java -version`'s, and the median CPU time (user + system, which the load of other processes
# changes less). status reads an embedded H2 file in a temporary folder, created and seeded first.
# Needs GNU time (/usr/bin/time) and bc. Usage: bench/cli.sh [ROUNDS [BASELINE_JAR]]   (default 15)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-15}"
baseline="${2:-}"
[ -x /usr/bin/time ] || { echo "bench/cli.sh needs GNU time (apt-get install time)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DETENTE_DATA_DIR="$work/data"
./detente status >/dev/null 2>&1   # builds the jar and the archive when needed; creates and seeds the database
jar=detente-app/target/detente.jar

names=("java -version" "./detente --help" "./detente status" "java -jar detente.jar --help" "java -jar detente.jar status")
commands=("java -version" "./detente --help" "./detente status" "java -jar $jar --help" "java -jar $jar status")
if [ -n "$baseline" ]; then
  names+=("baseline java -jar --help" "baseline java -jar status")
  commands+=("java -jar $baseline --help" "java -jar $baseline status")
fi
for i in "${!commands[@]}"; do : > "$work/times.$i"; : > "$work/cpu.$i"; done
for _ in $(seq 1 2); do   # warm-up rounds (file cache), not reported
  for c in "${commands[@]}"; do $c >/dev/null 2>&1; done
done
for _ in $(seq 1 "$rounds"); do
  for i in "${!commands[@]}"; do
    start=$(date +%s%N)
    /usr/bin/time -o "$work/cpu" -f "%U %S" ${commands[$i]} >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 )) >> "$work/times.$i"
    awk '{printf "%d\n", ($1 + $2) * 1000000}' "$work/cpu" >> "$work/cpu.$i"
  done
done

median() { sort -n "$1" | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}'; }
base=$(median "$work/times.0")
echo "$(java -version 2>&1 | head -n 1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $rounds rounds"
printf '%-30s %12s %16s %14s\n' "command" "median (ms)" "× java -version" "CPU (ms)"
for i in "${!commands[@]}"; do
  m=$(median "$work/times.$i")
  cpu=$(median "$work/cpu.$i")
  printf '%-30s %12.1f %16.1f %14.0f\n' "${names[$i]}" "$(echo "$m / 1000" | bc -l)" "$(echo "$m / $base" | bc -l)" \
    "$(echo "$cpu / 1000" | bc -l)"
done
