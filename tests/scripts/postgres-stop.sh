#!/bin/sh
# Stops the private PostgreSQL started by postgres-start.sh BASE. Add --purge to delete BASE.
set -eu

base=${1:-${TMPDIR:-/tmp}/phs-postgres}
purge=${2:-}
bin=${PHS_PG_BIN:-/usr/lib/postgresql/15/bin}

if [ -f "$base/data/PG_VERSION" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$bin/pg_ctl" -D "$base/data" -m fast -w stop >&2 || true
    else
        "$bin/pg_ctl" -D "$base/data" -m fast -w stop >&2 || true
    fi
fi
if [ "$purge" = --purge ]; then
    rm -rf "$base"
fi
