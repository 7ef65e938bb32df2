#!/usr/bin/env bash
# Builds the two .deb files with CPack, checks their metadata and contents, unpacks it into a scratch root
# and runs the installed CLI. Usage: test-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
# Two packages: the app (GUI + CLI) and the simulator, which alone links QtHttpServer.
deb=$work/out/pixelhub-sessions_${version}_amd64.deb
simdeb=$work/out/pixelhub-sessions-sim_${version}_amd64.deb
[[ -f "$deb" ]] || fail "no pixelhub-sessions .deb produced: $(ls "$work/out")"
[[ -f "$simdeb" ]] || fail "no pixelhub-sessions-sim .deb produced: $(ls "$work/out")"
echo "packages: $(basename "$deb") ($(du -h "$deb" | cut -f1)), $(basename "$simdeb") ($(du -h "$simdeb" | cut -f1))"

info=$(dpkg-deb -f "$deb" Package Version Depends Suggests)
echo "$info"
grep -q "^Package: pixelhub-sessions$" <<<"$info" || fail "package name"
grep -q "^Version: $version" <<<"$info" || fail "version"
# shlibdeps must have computed the Qt libraries the binaries link, plus the plugins listed by hand.
for dep in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-mysql; do
    grep -q "$dep" <<<"$info" || fail "Depends lacks $dep"
done
# Nothing in the app's package may tie it to one QtHttpServer: it must install on newer Qt releases.
if grep -q "httpserver" <<<"$(dpkg-deb -f "$deb" Depends)"; then fail "the app's package depends on QtHttpServer"; fi

siminfo=$(dpkg-deb -f "$simdeb" Package Depends)
echo "$siminfo"
# QtHttpServer has no binary-compatibility promise across minor releases: pinned to the built one.
qt_minor=$(dpkg-query -W -f='${Version}' libqt6httpserver6 | cut -d. -f1,2)
grep -q "libqt6httpserver6 (>= $qt_minor" <<<"$siminfo" || fail "the simulator's Depends lacks libqt6httpserver6 >= $qt_minor"
grep -q "libqt6httpserver6 (<< ${qt_minor%.*}.$((${qt_minor#*.} + 1))~)" <<<"$siminfo" ||
    fail "the simulator's Depends does not stop below the next minor release of libqt6httpserver6"

dpkg-deb -x "$deb" "$work/root"
root=$work/root
for bin in pixelhub-sessions pixelhub-sessions-cli; do
    [[ -x "$root/usr/bin/$bin" ]] || fail "missing /usr/bin/$bin"
done
[[ ! -e "$root/usr/bin/wa-gateway-sim" ]] || fail "wa-gateway-sim belongs in pixelhub-sessions-sim"
grep -q "^License: MIT" "$root/usr/share/doc/pixelhub-sessions/copyright" || fail "missing or wrong copyright file"
dpkg-deb -x "$simdeb" "$work/simroot"
[[ -x "$work/simroot/usr/bin/wa-gateway-sim" ]] || fail "missing /usr/bin/wa-gateway-sim in the simulator package"
grep -q "GPL-3.0-only" "$work/simroot/usr/share/doc/pixelhub-sessions-sim/copyright" ||
    fail "the simulator's copyright file does not name GPL-3.0-only"
desktop=$root/usr/share/applications/com.pixelhub.Sessions.desktop
[[ -f "$desktop" ]] || fail "missing desktop entry"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop" || fail "desktop-file-validate"; fi
metainfo=$root/usr/share/metainfo/com.pixelhub.Sessions.metainfo.xml
[[ -f "$metainfo" ]] || fail "missing metainfo"
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"; fi
[[ -f "$root/usr/share/icons/hicolor/scalable/apps/pixelhub-sessions.svg" ]] || fail "missing SVG icon"
for size in 16 32 48 128 256; do
    [[ -f "$root/usr/share/icons/hicolor/${size}x${size}/apps/pixelhub-sessions.png" ]] || fail "missing ${size}px icon"
done
ls "$root"/usr/share/pixelhub-sessions/translations/*pt_BR*.qm >/dev/null 2>&1 || fail "missing pt_BR translation"
[[ -f "$root/usr/lib/systemd/system/pixelhub-sessions-healthcheck.timer" ]] || fail "missing systemd timer"
[[ -f "$root/usr/lib/systemd/system/pixelhub-sessions-healthcheck.service" ]] || fail "missing systemd service"
envfile=$root/usr/share/doc/pixelhub-sessions/examples/healthcheck.env.example
[[ -n "$envfile" && "$(stat -c %a "$envfile")" == 600 ]] || fail "healthcheck.env.example must be installed 0600"

out=$("$root/usr/bin/pixelhub-sessions-cli" --version)
echo "installed CLI: $out"
grep -q "$version" <<<"$out" || fail "installed CLI --version does not say $version"
echo "package OK"
