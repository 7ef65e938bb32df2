#!/bin/bash
# LeakSanitizer on the CLI: runs every verb (and failing paths) of an ASan build
# (-DPHS_SANITIZE=ON) against wa-gateway-sim. Usage: tests/scripts/lsan-cli.sh [BUILD_DIR]
B=${1:-build-asan}
export WA_SIM_SECRET=lsan-secret-0123456789abcdef PIXELHUB_GATEWAY_SECRET=lsan-secret-0123456789abcdef
export ASAN_OPTIONS=detect_leaks=1 QT_QPA_PLATFORM=offscreen HOME=$(mktemp -d)
$B/app/sim/wa-gateway-sim --port 0 > "$HOME/sim.out" 2>&1 &
SIM=$!
sleep 2
URL=$(grep -o "http://127.0.0.1:[0-9]*" "$HOME/sim.out")
fails=0
run() {
    out=$("$B/app/cli/pixelhub-sessions-cli" --gateway "$URL" "$@" 2>&1); rc=$?
    if grep -q "LeakSanitizer\|AddressSanitizer\|runtime error" <<<"$out"; then echo "LEAK/ERROR in: $*"; echo "$out" | grep -A15 "Sanitizer" | head -30; fails=$((fails+1)); else echo "clean (exit $rc): $*"; fi
}
run list
run --json list
run show pixel12digital
run healthcheck --dry-run
run test-connection
run create lsannew --wait 0 --qr-png "$HOME/qr.png"
run delete lsannew --yes
run show nope
run --gateway http://127.0.0.1:1 list
PIXELHUB_GATEWAY_SECRET=wrong run list
kill $SIM
echo "leak runs failing: $fails"
[[ $fails -eq 0 ]]
