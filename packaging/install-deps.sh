#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test Pixel Hub Sessions.
# Idempotent: packages already present are left alone; apt-get update only runs when needed.
set -euo pipefail

BUILD_PKGS=(
    cmake g++ make pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev libqt6svg6
    libqrcodegencpp-dev qtkeychain-qt6-dev
    libqt6sql6-sqlite libqt6sql6-mysql libqt6sql6-psql qt6-translations-l10n
    libgl-dev libxkbcommon-dev fonts-dejavu-core
)
TEST_PKGS=(
    mariadb-server postgresql xvfb xauth zbar-tools
    dbus gnome-keyring libsecret-tools
    desktop-file-utils appstream dpkg-dev file clang-format
)

want=("${BUILD_PKGS[@]}")
if [[ "${1:-}" == "--tests" ]]; then
    want+=("${TEST_PKGS[@]}")
fi

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#want[@]} packages already installed"
    exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
