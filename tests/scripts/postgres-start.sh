#!/bin/sh
# Starts a private PostgreSQL 15 server for the activity tests: an ordinary background process
# (no systemd) with its own data directory and socket under BASE, on 127.0.0.1 only, in time
# zone -03:00. Runs the server as user postgres when started by root.
#
# Usage: eval "$(tests/scripts/postgres-start.sh /tmp/phs-postgres)"
# Prints only `export` lines on stdout. Stop it with tests/scripts/postgres-stop.sh BASE.
# Environment: PHS_PG_PORT (default 35432), PHS_PG_BIN (default /usr/lib/postgresql/15/bin).
set -eu

base=${1:-${TMPDIR:-/tmp}/phs-postgres}
port=${PHS_PG_PORT:-35432}
bin=${PHS_PG_BIN:-/usr/lib/postgresql/15/bin}
mkdir -p "$base"
base=$(cd "$base" && pwd)
data=$base/data

log() { echo "postgres-start: $*" >&2; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$base"
fi
if [ ! -s "$base/password" ]; then
    (umask 077 && od -An -N12 -tx1 /dev/urandom | tr -d ' \n' >"$base/password")
fi
password=$(cat "$base/password")

if [ ! -f "$data/PG_VERSION" ]; then
    log "initialising $data"
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        >"$base/initdb.log" 2>&1 || { cat "$base/initdb.log" >&2; exit 1; }
    {
        echo "local all all trust"
        echo "host all postgres 127.0.0.1/32 trust"
        echo "host all all 127.0.0.1/32 scram-sha-256"
    } >"$data/pg_hba.conf"
fi

if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "starting postgres on 127.0.0.1:$port"
    as_owner "$bin/pg_ctl" -D "$data" -l "$base/postgres.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $base -c timezone=-03:00" start >&2
fi

psql_admin() { as_owner "$bin/psql" -h "$base" -p "$port" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
if ! psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'phs'" | grep -q 1; then
    psql_admin -c "CREATE ROLE phs LOGIN"
fi
psql_admin -c "ALTER ROLE phs PASSWORD '$password'"
if ! psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = 'pixelhub'" | grep -q 1; then
    psql_admin -c "CREATE DATABASE pixelhub OWNER phs"
fi

log "ready: postgresql://phs@127.0.0.1:$port/pixelhub (log $base/postgres.log)"
echo "export PHS_TEST_PG_DSN=postgresql://phs@127.0.0.1:$port/pixelhub"
echo "export PHS_TEST_PG_PASSWORD=$password"
