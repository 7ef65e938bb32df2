#!/bin/sh
# Starts a private MariaDB server for the activity tests and benchmarks: an ordinary background
# process (no systemd) with its own datadir and socket under BASE, listening on 127.0.0.1 only.
# The server runs in time zone -03:00 on purpose (production runs in Brazil; clients may not).
#
# Usage: eval "$(tests/scripts/mariadb-start.sh /tmp/phs-mariadb)"
# Prints only `export` lines on stdout; everything else goes to stderr. Idempotent: a server
# already running from BASE is reused. Stop it with tests/scripts/mariadb-stop.sh BASE.
# Environment: PHS_MYSQL_PORT (default 33306); PHS_MYSQL_EXTRA_OPTS, more mariadbd options (the
# activity benchmark reads from disk for real: O_DIRECT, no buffer pool dump/load at restart).
set -eu

base=${1:-${TMPDIR:-/tmp}/phs-mariadb}
port=${PHS_MYSQL_PORT:-33306}
mkdir -p "$base"
base=$(cd "$base" && pwd)
datadir=$base/data
sock=$base/mysqld.sock
pidfile=$base/mysqld.pid
log=$base/mysqld.log

log() { echo "mariadb-start: $*" >&2; }

user_opt=
if [ "$(id -u)" -eq 0 ]; then
    user_opt=--user=root
fi

# One password per BASE, generated once, readable only by the owner.
if [ ! -s "$base/password" ]; then
    (umask 077 && od -An -N12 -tx1 /dev/urandom | tr -d ' \n' >"$base/password")
fi
password=$(cat "$base/password")

if [ ! -d "$datadir/mysql" ]; then
    log "initialising $datadir"
    mariadb-install-db --no-defaults --datadir="$datadir" --auth-root-authentication-method=normal \
        --skip-test-db $user_opt >"$base/install.log" 2>&1 || { cat "$base/install.log" >&2; exit 1; }
fi

running=no
if [ -s "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    running=yes
    log "reusing the server already running (pid $(cat "$pidfile"))"
fi

if [ "$running" = no ]; then
    log "starting mariadbd on 127.0.0.1:$port"
    mariadbd --no-defaults --datadir="$datadir" --socket="$sock" --port="$port" --bind-address=127.0.0.1 \
        --pid-file="$pidfile" --log-error="$log" --default-time-zone=-03:00 \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --innodb-buffer-pool-size=512M --innodb-flush-log-at-trx-commit=2 --innodb-log-file-size=256M \
        --max-allowed-packet=64M ${PHS_MYSQL_EXTRA_OPTS:-} $user_opt </dev/null >/dev/null 2>&1 &
fi

i=0
until mariadb-admin --no-defaults --socket="$sock" -uroot ping >/dev/null 2>&1; do
    i=$((i + 1))
    if [ "$i" -gt 60 ]; then
        log "the server did not become ready in 30 s; see $log"
        tail -n 20 "$log" >&2 || true
        exit 1
    fi
    sleep 0.5
done

mariadb --no-defaults --socket="$sock" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS pixelhub CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'phs'@'127.0.0.1' IDENTIFIED BY '$password';
ALTER USER 'phs'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON pixelhub.* TO 'phs'@'127.0.0.1';
FLUSH PRIVILEGES;
USE pixelhub;
-- Production schema, gateway-contract.md section 5.4.
CREATE TABLE IF NOT EXISTS webhook_raw_logs (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    received_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    event_type VARCHAR(100) NULL,
    payload_hash VARCHAR(16) NULL,
    payload_json LONGTEXT NOT NULL,
    processed TINYINT(1) NOT NULL DEFAULT 0,
    event_id VARCHAR(36) NULL,
    error_message VARCHAR(500) NULL,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    INDEX idx_event_type (event_type),
    INDEX idx_received_at (received_at),
    INDEX idx_payload_hash (payload_hash),
    INDEX idx_processed (processed)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
SQL

log "ready: mysql://phs@127.0.0.1:$port/pixelhub (socket $sock, log $log)"
echo "export PHS_TEST_MYSQL_DSN=mysql://phs@127.0.0.1:$port/pixelhub"
echo "export PHS_TEST_MYSQL_PASSWORD=$password"
