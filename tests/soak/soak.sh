#!/bin/sh
# Soak test: builds the benchmark tree (build-bench, RelWithDebInfo, -DPHS_BENCHMARKS=ON) and runs
# soak_driver: the real window offscreen, refreshing every second against wa-gateway-sim with random
# faults, for DURATION seconds (default 600). Prints RSS / fd figures; non-zero exit on a crash, a
# hung refresh, no recovery, or fds that grew.
#   tests/soak/soak.sh [DURATION] [SEED]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${PHS_BENCH_BUILD_DIR:-"$root/build-bench"}
duration=${1:-600}
seed=${2:-}

cmake -S "$root" -B "$build" -DPHS_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"${PHS_JOBS:-2}" --target soak_driver wa-gateway-sim

export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES='*.debug=false'
# Never the user's gateway: the driver gives the app its own profile, URL and secret.
unset PIXELHUB_GATEWAY_URL PIXELHUB_GATEWAY_SECRET PIXELHUB_ACTIVITY_DSN PIXELHUB_ACTIVITY_PASSWORD

status=0
if [ -n "$seed" ]; then
    "$build/tests/benchmarks/soak_driver" "$duration" "$seed" || status=$?
else
    "$build/tests/benchmarks/soak_driver" "$duration" || status=$?
fi
if [ "$status" -gt 128 ]; then
    echo "soak: the driver crashed (signal $((status - 128)))" >&2
fi
exit "$status"
