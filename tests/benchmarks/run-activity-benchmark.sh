#!/bin/sh
# The activity benchmark (issue 15): the first answer of `pixelhub-sessions-cli list --json` on a
# cold MariaDB, by table size. Usage: tests/benchmarks/run-activity-benchmark.sh [BUILD_DIR]
#
# A private MariaDB (port PHS_BENCH_MYSQL_PORT, default 33307; data in PHS_BENCH_DIR, default
# BUILD_DIR/bench-mariadb, kept between runs: loading 5,000,000 rows takes minutes) that reads
# from disk for real: O_DIRECT, no buffer pool dump or load, restarted before every cold step.
# For each size of PHS_BENCH_SIZES (default "1000000 2000000 5000000"): the database bench_<size>
# is generated once (activity-bench-generate.sh), then
#   restart; bench_activity cli   first CLI call with an empty cache, checked; 1,000 new rows; again
#   restart; bench_activity old   the old page's LIKE query on PHS_BENCH_OLD_SAMPLE channels (2)
# against wa-gateway-sim serving 200 connected sessions canal000..canal199.
# BUILD_DIR must be configured with -DPHS_BENCHMARKS=ON (default: build-bench, configured here).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-bench}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -DPHS_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release >&2
fi
cmake --build "$build" --target bench_activity pixelhub-sessions-cli wa-gateway-sim -j2 >&2
exe() { find "$build" -name "$1" -type f -perm -u+x | head -n 1; }
bench=$(exe bench_activity)
cli=$(exe pixelhub-sessions-cli)
sim=$(exe wa-gateway-sim)

base=${PHS_BENCH_DIR:-$build/bench-mariadb}
port=${PHS_BENCH_MYSQL_PORT:-33307}
export PHS_MYSQL_EXTRA_OPTS="--innodb-flush-method=O_DIRECT --innodb-buffer-pool-dump-at-shutdown=0 --innodb-buffer-pool-load-at-startup=0"
start_db() { PHS_MYSQL_PORT=$port "$root/tests/scripts/mariadb-start.sh" "$base"; }
eval "$(start_db)"
work=$(mktemp -d "${TMPDIR:-/tmp}/phs-bench.XXXXXX")
sim_pid=
cleanup() {
    [ -z "$sim_pid" ] || kill "$sim_pid" 2>/dev/null || true
    "$root/tests/scripts/mariadb-stop.sh" "$base" || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# 200 connected sessions; the rows spell them "Canal 007" and "canal007".
{
    printf '{"listDelayPerSessionMs":0,"sessions":['
    i=0
    while [ $i -lt 200 ]; do
        n=$(printf '%03d' $i)
        [ $i -eq 0 ] || printf ','
        printf '{"id":"canal%s","name":"Canal %s","phase":"connected","silent":true}' "$n" "$n"
        i=$((i + 1))
    done
    printf ']}\n'
} >"$work/scenario.json"
secret=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
sim_port=$(shuf -i 20000-60000 -n 1)
WA_SIM_SECRET=$secret "$sim" --port "$sim_port" --scenario "$work/scenario.json" >"$work/sim.log" 2>&1 &
sim_pid=$!
sleep 1
export PHS_BENCH_CLI=$cli PHS_BENCH_GATEWAY=http://127.0.0.1:$sim_port PHS_BENCH_SECRET=$secret

dsn_base=${PHS_TEST_MYSQL_DSN%/*}
summary=$work/summary
for rows in ${PHS_BENCH_SIZES:-1000000 2000000 5000000}; do
    db=bench_$rows
    have=$(mariadb --no-defaults --socket="$base/mysqld.sock" -uroot -N -e \
        "SELECT row_count FROM $db.bench_meta" 2>/dev/null || true)
    if [ "$have" != "$rows" ]; then
        echo "run-activity-benchmark: generating $db (minutes)" >&2
        nice "$root/tests/benchmarks/activity-bench-generate.sh" "$base/mysqld.sock" "$db" "$rows"
    fi
    "$root/tests/scripts/mariadb-stop.sh" "$base"
    eval "$(start_db)" # cold: nothing of the table in the buffer pool
    export PHS_TEST_MYSQL_DSN=$dsn_base/$db
    export PHS_BENCH_HOME="$work/home-$rows" # empty: no cache, no settings
    echo "== $rows rows" | tee -a "$summary"
    "$bench" cli | tee -a "$summary" || echo "check: FAILED" | tee -a "$summary"
    "$root/tests/scripts/mariadb-stop.sh" "$base"
    eval "$(start_db)"
    export PHS_TEST_MYSQL_DSN=$dsn_base/$db
    "$bench" old | tee -a "$summary" || true
done
echo
echo "== summary (first answer, whole CLI call, cold)"
awk '/^== [0-9]/ {rows=$2} /^cold_cli_ms/ {c[rows]=$2} /^warm_cli_ms/ {w[rows]=$2}
     /^cold_mismatches/ {m[rows]=$2} /^old_first_channel_ms/ {o[rows]=$2}
     END {printf "%10s %12s %10s %10s %18s\n", "rows", "cold_ms", "warm_ms", "wrong", "old_1_channel_ms";
          for (r in c) printf "%10s %12s %10s %10s %18s\n", r, c[r], w[r], m[r], o[r]}' "$summary" | sort -n
