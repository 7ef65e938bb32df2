#!/bin/sh
# Runs the activity benchmark against a private MariaDB (port 33307, so the test server on 33306
# is untouched), then stops it. Usage: tests/benchmarks/run-activity-benchmark.sh [BUILD_DIR]
# BUILD_DIR must be configured with -DPHS_BENCHMARKS=ON (default: build-bench, configured here).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-bench}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -DPHS_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release >&2
fi
cmake --build "$build" --target bench_activity -j2 >&2

base=$build/bench-mariadb
eval "$(PHS_MYSQL_PORT=${PHS_BENCH_MYSQL_PORT:-33307} "$root/tests/scripts/mariadb-start.sh" "$base")"
trap '"$root/tests/scripts/mariadb-stop.sh" "$base"' EXIT INT TERM
bench=$(find "$build" -name bench_activity -type f -perm -u+x | head -n 1)
"$bench"
