#!/usr/bin/env bash
# Builds the .deb with CPack, checks its metadata and contents, unpacks it into a scratch root
# and runs the installed CLI. Usage: test-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/*.deb | head -n1)
[[ -f "$deb" ]] || fail "no .deb produced"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

info=$(dpkg-deb -f "$deb" Package Version Depends)
echo "$info"
grep -q "^Package: pixelhub-sessions$" <<<"$info" || fail "package name"
grep -q "^Version: $version" <<<"$info" || fail "version"
# shlibdeps must have computed the Qt libraries the binaries link, plus the plugins listed by hand.
for dep in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-mysql; do
    grep -q "$dep" <<<"$info" || fail "Depends lacks $dep"
done

dpkg-deb -x "$deb" "$work/root"
root=$work/root
for bin in pixelhub-sessions pixelhub-sessions-cli wa-gateway-sim; do
    [[ -x "$root/usr/bin/$bin" ]] || fail "missing /usr/bin/$bin"
done
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
envfile=$(find "$root/usr/share/doc" -name healthcheck.env.example | head -n1)
[[ -n "$envfile" && "$(stat -c %a "$envfile")" == 600 ]] || fail "healthcheck.env.example must be installed 0600"

out=$("$root/usr/bin/pixelhub-sessions-cli" --version)
echo "installed CLI: $out"
grep -q "$version" <<<"$out" || fail "installed CLI --version does not say $version"
echo "package OK"
