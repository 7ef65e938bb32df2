#!/bin/sh
# Memory and time of `pixelhub-sessions-cli list` on a very large listing (issue 16, finding 13):
# 215,000 sessions in 7.9 MB (under the 8 MiB cap), served by bench_listing_server on loopback;
# the CLI runs under /usr/bin/time -v, with and without --json, each as a new user and again with
# the history there. The target: the peak resident memory of every run stays under 100 MB.
# Usage: tests/benchmarks/run-listing-benchmark.sh [BUILD_DIR] [CHANNELS]
# BUILD_DIR must be configured with -DPHS_BENCHMARKS=ON (default: build-bench, configured here).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build-bench}
channels=${2:-215000}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -DPHS_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release >&2
fi
cmake --build "$build" --target bench_listing_server pixelhub-sessions-cli -j2 >&2
exe() { find "$build" -name "$1" -type f -perm -u+x | head -n 1; }
server=$(exe bench_listing_server)
cli=$(exe pixelhub-sessions-cli)

work=$(mktemp -d "${TMPDIR:-/tmp}/phs-listing.XXXXXX")
server_pid=
cleanup() {
    [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
"$server" "$channels" >"$work/server.out" &
server_pid=$!
while [ "$(wc -l <"$work/server.out")" -lt 2 ]; do sleep 0.2; done
port=$(sed -n 1p "$work/server.out")
bytes=$(sed -n 2p "$work/server.out")
echo "listing: $channels sessions, $bytes bytes"

# Each form twice: as a new user (no settings, no cache, no history), then again in the same home,
# where the history of all those sessions is already there (read at the start, compared, handed back).
worst=0
for mode in "list" "--json list"; do
    home="$work/home-$(echo "$mode" | tr -dc 'a-z')"
    export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
    export XDG_DATA_HOME="$home/.local/share" PIXELHUB_GATEWAY_SECRET=bench-secret
    mkdir -p "$HOME"
    for run in "new user" "history there"; do
        # shellcheck disable=SC2086
        /usr/bin/time -v "$cli" --gateway "http://127.0.0.1:$port" $mode >"$work/out" 2>"$work/time" || {
            echo "pixelhub-sessions-cli $mode ($run) failed:" >&2
            cat "$work/time" >&2
            exit 1
        }
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
        wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time")
        lines=$(wc -l <"$work/out")
        echo "$mode, $run: peak RSS $((rss / 1024)) MiB, wall $wall, $lines lines of output"
        [ "$rss" -gt "$worst" ] && worst=$rss
    done
done
if [ "$worst" -gt $((100 * 1024)) ]; then
    echo "FAIL: peak RSS $((worst / 1024)) MiB is over 100 MB" >&2
    exit 1
fi
echo "OK: peak RSS under 100 MB"
