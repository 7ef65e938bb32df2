#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (a real Secret
# Service), in a scratch HOME so nothing touches the user's keyrings. Works headless, as root.
# Usage: with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
scratch=$(mktemp -d /tmp/phs-keyring.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
export XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION
exec dbus-run-session -- bash -c '
    eval "export $(printf %s "phs-test-keyring" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    exec "$@"' _ "$@"
