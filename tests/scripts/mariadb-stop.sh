#!/bin/sh
# Stops the private MariaDB server started by mariadb-start.sh BASE. Add --purge to delete BASE.
set -eu

base=${1:-${TMPDIR:-/tmp}/phs-mariadb}
purge=${2:-}
pidfile=$base/mysqld.pid

if [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    pid=$(cat "$pidfile")
    kill "$pid"
    i=0
    while kill -0 "$pid" 2>/dev/null; do
        i=$((i + 1))
        if [ "$i" -gt 60 ]; then
            echo "mariadb-stop: pid $pid did not stop in 30 s; killing it" >&2
            kill -9 "$pid" 2>/dev/null || true
            break
        fi
        sleep 0.5
    done
    echo "mariadb-stop: stopped pid $pid" >&2
else
    echo "mariadb-stop: no server running from $base" >&2
fi

if [ "$purge" = --purge ]; then
    rm -rf "$base"
fi
