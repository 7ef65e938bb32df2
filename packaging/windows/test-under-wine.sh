#!/usr/bin/env bash
# Installs the Windows installer silently into a fresh 64-bit Wine prefix under Xvfb and checks it:
#   - the installed files, the Start-menu entry and the uninstaller;
#   - the installed app started with --demo against the simulator running on Linux (the Windows
#     bundle has no simulator: Debian's mirror has no QtHttpServer source to cross-build), with a
#     screenshot;
#   - the installed CLI's --version and `list --json` against the same simulator;
#   - the unit tests built as Windows executables (Qt Test writes with -o FILE,txt: its output is
#     lost through a pipe under Wine);
#   - the silent uninstall.
# On demand (needs the toolchain and a Windows build, see build-installer.sh):
#
#   packaging/windows/test-under-wine.sh WIN_BUILD_DIR LINUX_BUILD_DIR [OUTPUT_DIR]
#
# OUTPUT_DIR (default WIN_BUILD_DIR/wine-test) gets the screenshot, the CLI output and the test logs.
set -euo pipefail
source "$(dirname "$0")/../start-simulator.sh"
WIN_BUILD=$(cd "$1" && pwd)
LINUX_BUILD=$(cd "$2" && pwd)
OUT=${3:-$WIN_BUILD/wine-test}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
rm -f "$OUT"/*.txt "$OUT"/*.png "$OUT"/*.log

log() { printf '[test-under-wine %(%H:%M:%S)T] %s\n' -1 "$*"; }
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

installer=$(ls "$WIN_BUILD"/PixelHubSessions-*-win64.exe 2>/dev/null | head -n1)
[[ -f $installer ]] || fail "no installer in $WIN_BUILD (run packaging/windows/build-installer.sh)"
sim=$LINUX_BUILD/app/sim/wa-gateway-sim
[[ -x $sim ]] || fail "no Linux simulator at $sim"

work=$(mktemp -d)
xvfb_pid="" sim_pid="" app_pid=""
cleanup() {
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null || true
    WINEPREFIX=$work/prefix wineserver -k 2>/dev/null || true
    [[ -n $sim_pid ]] && kill "$sim_pid" 2>/dev/null || true
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Debian 12's command is `wine` (wine64 is not on PATH). mscoree/mshtml off: no Mono/Gecko prompts.
export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
sleep 1

log "creating the Wine prefix"
wineboot -i >"$work/wineboot.log" 2>&1
wineserver -w

log "installing $(basename "$installer") silently"
instdir_win='C:\Program Files\Pixel Hub Sessions'
instdir=$WINEPREFIX/drive_c/Program\ Files/Pixel\ Hub\ Sessions
wine "$installer" /S >"$work/install.log" 2>&1 || fail "the installer failed: $(cat "$work/install.log")"
wineserver -w
for f in bin/pixelhub-sessions.exe bin/pixelhub-sessions-cli.exe bin/Qt6Core.dll bin/libwinpthread-1.dll \
    plugins/platforms/qwindows.dll plugins/sqldrivers/qsqlite.dll plugins/tls/qschannelbackend.dll Uninstall.exe; do
    [[ -f "$instdir/$f" ]] || fail "not installed: $f"
done
shortcut=$(find "$WINEPREFIX/drive_c" -path '*Start Menu*' -name 'Pixel Hub Sessions.lnk' | head -n1)
[[ -n $shortcut ]] || fail "no Start-menu entry"
echo "installed: $(du -sh "$instdir" | cut -f1) in $instdir_win; Start menu: ${shortcut#"$WINEPREFIX"/}" | tee "$OUT/install.txt"

log "starting the simulator on Linux"
start_simulator "$sim" "$work/activity.db" "$work" || fail "simulator"
secret=$sim_secret url=$sim_url
log "simulator at $url"

cli="$instdir/bin/pixelhub-sessions-cli.exe"
wine "$cli" --version >"$OUT/cli-version.txt" 2>&1 || fail "CLI --version: $(cat "$OUT/cli-version.txt")"
grep -q "pixelhub-sessions" "$OUT/cli-version.txt" || fail "CLI --version printed: $(cat "$OUT/cli-version.txt")"
log "CLI --version: $(tr -d '\r' <"$OUT/cli-version.txt")"
PIXELHUB_GATEWAY_SECRET=$secret wine "$cli" --gateway "$url" --json list >"$OUT/cli-list.json" 2>"$OUT/cli-list.err" ||
    fail "CLI list --json: $(cat "$OUT/cli-list.err")"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s=d["sessions"] if isinstance(d,dict) else d; assert len(s)>0, d; print(len(s), "sessions")' \
    "$OUT/cli-list.json" | tee "$OUT/cli-list.txt" || fail "CLI list --json gave no sessions"

log "starting the installed app with --demo against the simulator"
# The activity database the simulator writes, seen from Windows through Wine's Z: drive.
dsn="sqlite:///Z:${work}/activity.db"
PIXELHUB_GATEWAY_SECRET=$secret wine "$instdir/bin/pixelhub-sessions.exe" --demo --gateway "$url" \
    --activity-dsn "$dsn" >"$work/app.log" 2>&1 &
app_pid=$!
# No fixed wait is a check here: the screenshot is taken once the window has been up a while.
for _ in $(seq 1 120); do
    if xwininfo -root -tree 2>/dev/null | grep -q 'Pixel Hub Sessions"'; then break; fi
    kill -0 "$app_pid" 2>/dev/null || fail "the app exited: $(cat "$work/app.log")"
    sleep 0.5
done
xwininfo -root -tree | grep -q 'Pixel Hub Sessions"' || {
    import -window root "$OUT/no-app-window.png" || true
    fail "no app window; the app said: $(tail -n 20 "$work/app.log"); windows: $(xwininfo -root -tree | grep -o '"[^"]*"' | sort -u | head -n 10 | tr '\n' ' ')"
}
sleep 15 # let it list the sessions and read activity before the picture
import -window root "$OUT/app-demo.png"
log "screenshot: $OUT/app-demo.png"
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=""
wineserver -k 2>/dev/null || true

log "running the unit tests as Windows executables"
# The installed Qt (DLLs and plugins) serves the tests too; Qt6Test.dll, which the installer does
# not ship, comes from the toolchain.
qt_bin=${PHS_WIN_TOOLCHAIN:-${XDG_CACHE_HOME:-$HOME/.cache}/pixelhub-sessions/win-toolchain}/qt6/bin
[[ -f $qt_bin/Qt6Test.dll ]] || fail "no Qt6Test.dll in $qt_bin (set PHS_WIN_TOOLCHAIN)"
export WINEPATH="$instdir_win\\bin;Z:$qt_bin"
pass=0 failed=0
: >"$OUT/unit-tests.txt"
while IFS= read -r -d '' exe; do
    name=$(basename "$exe" .exe)
    envs=()
    case $name in
    tst_activity_index_sqlite) envs=(PHS_ACTIVITY_TEST_KIND=sqlite) ;;
    tst_activity_index_*) continue ;; # MariaDB/PostgreSQL: no client libraries on Windows
    tst_secretstore) envs=(PHS_TEST_KEYCHAIN=1) ;; # the Windows Credential Manager of the prefix
    esac
    result=$OUT/$name.txt
    env "${envs[@]}" QT_QPA_PLATFORM=offscreen wine "$exe" -o "Z:${result},txt" >/dev/null 2>&1 && rc=0 || rc=$?
    totals=$(grep -a '^Totals:' "$result" 2>/dev/null | tr -d '\r' || true)
    printf '%-32s rc=%d  %s\n' "$name" "$rc" "${totals:-no result file}" | tee -a "$OUT/unit-tests.txt"
    if [[ $rc -eq 0 && -n $totals ]]; then pass=$((pass + 1)); else failed=$((failed + 1)); fi
done < <(find "$WIN_BUILD" -maxdepth 2 -name 'tst_*.exe' -print0 | sort -z)
log "unit tests: $pass passed, $failed failed"
# A build without tests (PHS_WIN_TESTS=OFF) is not a pass: say it ran none.
((pass + failed > 0)) || fail "no unit test executables (tst_*.exe) in $WIN_BUILD"

log "uninstalling silently"
wine "$instdir/Uninstall.exe" /S >"$work/uninstall.log" 2>&1 || true
wineserver -w
for _ in $(seq 1 60); do
    [[ -f "$instdir/bin/pixelhub-sessions.exe" ]] || break
    sleep 0.5
done
[[ ! -f "$instdir/bin/pixelhub-sessions.exe" ]] || fail "the uninstaller left the app behind"
echo "uninstalled" >>"$OUT/install.txt"

((failed == 0)) || fail "$failed unit test executable(s) failed: see $OUT"
log "all checks passed; results in $OUT"
