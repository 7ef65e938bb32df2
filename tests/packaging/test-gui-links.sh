#!/usr/bin/env bash
# The shipped desktop app must not link QtHttpServer (no binary-compatibility promise across Qt
# minor releases, GPL-3.0-only in 6.4): only wa-gateway-sim may. And `--demo` must start the
# simulator as a child process that gets its secret through the environment (never argv) and ends
# with the app, also when the app is killed.
# Usage: test-gui-links.sh BUILD_DIR
set -euo pipefail
build=$1
gui=$build/app/gui/pixelhub-sessions
cli=$build/app/cli/pixelhub-sessions-cli
sim=$build/app/sim/wa-gateway-sim
fail() { echo "FAIL: $*" >&2; exit 1; }

needed() { readelf -d "$1" | awk '/\(NEEDED\)/ {gsub(/[][]/, "", $5); print $5}'; }
# The check itself works: the simulator does link it.
needed "$sim" | grep -q '^libQt6HttpServer' || fail "wa-gateway-sim does not list libQt6HttpServer (check broken?)"
for bin in "$gui" "$cli"; do
    if needed "$bin" | grep -q '^libQt6HttpServer'; then fail "$(basename "$bin") links QtHttpServer"; fi
    echo "$(basename "$bin"): no QtHttpServer among $(needed "$bin" | wc -l) NEEDED libraries"
done

work=$(mktemp -d)
guipid=""
cleanup() {
    [[ -n $guipid ]] && kill -9 "$guipid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The app finds the simulator on PATH here (next to the app or in the bindir once installed).
PATH="$(dirname "$sim"):$PATH" QT_QPA_PLATFORM=offscreen HOME="$work" XDG_CONFIG_HOME="$work/config" \
    "$gui" --demo >"$work/gui.log" 2>&1 &
guipid=$!

child=""
for _ in $(seq 1 300); do
    child=$(ps -o pid= --ppid "$guipid" | tr -d " " | head -n1 || true)
    [[ -n $child ]] && grep -q 'wa-gateway-sim' "/proc/$child/cmdline" 2>/dev/null && break
    child=""
    kill -0 "$guipid" 2>/dev/null || { cat "$work/gui.log"; fail "the app exited: $(cat "$work/gui.log")"; }
    sleep 0.1
done
[[ -n $child ]] || fail "no wa-gateway-sim child of the app"
echo "child: $(tr '\0' ' ' <"/proc/$child/cmdline")"
secret=$(tr '\0' '\n' <"/proc/$child/environ" | sed -n 's/^WA_SIM_SECRET=//p')
[[ ${#secret} -ge 16 ]] || fail "the child has no WA_SIM_SECRET in its environment"
if tr '\0' '\n' <"/proc/$child/cmdline" | grep -qF -- "$secret"; then fail "the secret is on the child's command line"; fi

# The child is listening: its URL answers (401 without the secret, 200 with it).
port=""
for _ in $(seq 1 200); do
    port=$(ss -ltnpH 2>/dev/null | awk -v p="pid=$child," '$0 ~ p {split($4, a, ":"); print a[2]; exit}' || true)
    [[ -n $port ]] && break
    sleep 0.1
done
[[ -n $port ]] || fail "the child listens on no port"
echo "child listens on 127.0.0.1:$port"

# Killed without a chance to clean up, the app leaves no simulator behind.
kill -9 "$guipid"
wait "$guipid" 2>/dev/null || true
guipid=""
for _ in $(seq 1 200); do
    kill -0 "$child" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$child" 2>/dev/null; then
    kill "$child"
    fail "wa-gateway-sim outlived the killed app"
fi
echo "the simulator ended with the killed app"
echo "gui links OK"
