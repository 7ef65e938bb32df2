#!/usr/bin/env bash
# On demand (root, network): installs the Debian package into a fresh root of another Debian
# release with apt, as a new user would, and starts its window under Xvfb against the simulator
# running on this machine (the chroot shares the network), then takes a screenshot.
#
#   packaging/test-deb-in-chroot.sh SUITE ROOT_DIR BUILD_DIR [OUTPUT_DIR]
#   e.g. packaging/test-deb-in-chroot.sh trixie /var/tmp/trixie-root build
#
# ROOT_DIR is made with debootstrap when it does not exist yet (from this machine's Debian mirror).
# Also tries to install pixelhub-sessions-sim there and reports whether apt accepts it (it must not
# where the Qt minor version differs). Prints the paths of the screenshot and logs.
set -euo pipefail
source "$(dirname "$0")/start-simulator.sh"
suite=$1
root=$2
build=$(cd "$3" && pwd)
out=${4:-$build/test-output/chroot-$suite}
mkdir -p "$out"
out=$(cd "$out" && pwd)
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
log() { printf '[test-deb-in-chroot %(%H:%M:%S)T] %s\n' -1 "$*"; }

version=$(sed -n 's/^project(PixelHubSessions VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../CMakeLists.txt")
deb=$build/pixelhub-sessions_${version}_amd64.deb
simdeb=$build/pixelhub-sessions-sim_${version}_amd64.deb
if [[ ! -f $deb ]]; then
    (cd "$build" && cpack -G DEB >/dev/null) || fail "cpack"
fi
[[ -f $deb ]] || fail "no $deb"
sim=$build/app/sim/wa-gateway-sim
[[ -x $sim ]] || fail "no $sim"

if [[ ! -x $root/usr/bin/apt-get ]]; then
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    log "debootstrap $suite into $root from ${mirror:-http://deb.debian.org/debian}"
    debootstrap --variant=minbase "$suite" "$root" "${mirror:-http://deb.debian.org/debian}" >"$out/debootstrap.log" 2>&1 ||
        fail "debootstrap: $(tail -n 5 "$out/debootstrap.log")"
fi

mounted=()
cleanup() {
    [[ -n ${sim_pid:-} ]] && kill "$sim_pid" 2>/dev/null || true
    local m
    for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done
}
trap cleanup EXIT
for m in proc sys dev; do
    mountpoint -q "$root/$m" || { mount --bind "/$m" "$root/$m" && mounted+=("$root/$m"); }
done
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$root/tmp/phs"
cp "$deb" "$simdeb" "$root/tmp/phs/"

log "apt install ./$(basename "$deb") on $suite"
chroot "$root" /usr/bin/env DEBIAN_FRONTEND=noninteractive sh -c \
    "apt-get update -q && apt-get install -y -q ./tmp/phs/$(basename "$deb") xvfb xauth x11-apps fonts-dejavu-core" \
    >"$out/apt-install.log" 2>&1 || fail "apt install: $(tail -n 15 "$out/apt-install.log")"
chroot "$root" dpkg-query -W -f='${Package} ${Version}\n' pixelhub-sessions libqt6core6t64 libqt6core6 2>/dev/null |
    tee "$out/versions.txt" || true
if chroot "$root" /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --simulate \
    "./tmp/phs/$(basename "$simdeb")" >"$out/apt-sim.log" 2>&1; then
    echo "pixelhub-sessions-sim: apt accepts it on $suite" | tee "$out/sim-package.txt"
else
    echo "pixelhub-sessions-sim: apt refuses it on $suite: $(grep -m1 'Depends' "$out/apt-sim.log")" |
        tee "$out/sim-package.txt"
fi
chroot "$root" pixelhub-sessions-cli --version | tee "$out/cli-version.txt"

log "starting the simulator on this machine"
start_simulator "$sim" "$root/tmp/phs/activity.db" "$out" || fail "simulator"
secret=$sim_secret url=$sim_url

log "starting the window under Xvfb in the $suite root"
chroot "$root" /usr/bin/env PIXELHUB_GATEWAY_SECRET="$secret" HOME=/tmp/phs sh -c "
    Xvfb :77 -screen 0 1100x700x24 -nolisten tcp >/tmp/phs/xvfb.log 2>&1 &
    x=\$!; sleep 2
    DISPLAY=:77 pixelhub-sessions --demo --gateway '$url' --activity-dsn sqlite:///tmp/phs/activity.db \
        >/tmp/phs/app.log 2>&1 &
    a=\$!; sleep 25
    DISPLAY=:77 xwd -root -silent >/tmp/phs/window.xwd
    kill \$a; kill \$x" || true
cp "$root/tmp/phs/app.log" "$out/app.log"
[[ -s $root/tmp/phs/window.xwd ]] || fail "no screenshot; app log: $(cat "$out/app.log")"
convert "xwd:$root/tmp/phs/window.xwd" "$out/window-$suite.png"
grep -q "symbol lookup error" "$out/app.log" && fail "symbol lookup error: $(cat "$out/app.log")"
log "screenshot: $out/window-$suite.png"
