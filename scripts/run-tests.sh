#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine and runs the whole test suite:
# installs the packages, builds with warnings as errors, starts a private MariaDB and Xvfb,
# runs ctest. Usage: scripts/run-tests.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${PHS_BUILD_DIR:-$ROOT/build}

bash packaging/install-deps.sh --tests

cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=${PHS_BUILD_TYPE:-RelWithDebInfo} -DPHS_WERROR=ON -DPHS_BUILD_TESTS=ON ${PHS_CMAKE_ARGS:-}
cmake --build "$BUILD" -j"$(nproc)"

cleanup() {
    if [[ -n "${MARIADB_DIR:-}" && -x "$ROOT/tests/scripts/mariadb-stop.sh" ]]; then
        "$ROOT/tests/scripts/mariadb-stop.sh" "$MARIADB_DIR" --purge >/dev/null 2>&1 || true
    fi
    if [[ -n "${PG_DIR:-}" && -x "$ROOT/tests/scripts/postgres-stop.sh" ]]; then
        "$ROOT/tests/scripts/postgres-stop.sh" "$PG_DIR" --purge >/dev/null 2>&1 || true
    fi
    if [[ -n "${XVFB_PID:-}" ]]; then kill "$XVFB_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

# A loopback port nothing listens on (another server left running must not break the run).
free_port() {
    local p
    for p in $(shuf -i 20000-60000 -n 100); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return 0
        fi
    done
    return 1
}

# Starts one private database server (an ordinary process on a free loopback port) with its
# tests/scripts/<name>-start.sh and exports what the tests need; stops the run, with the server's
# log, when it does not start.
start_db() {
    local name=$1 port_var=$2 dir_var=$3 dir exports
    dir=$(mktemp -d "/tmp/phs-$name.XXXXXX")
    printf -v "$dir_var" '%s' "$dir" # for cleanup, even if the start fails
    exports=$(env "$port_var=$(free_port)" "tests/scripts/$name-start.sh" "$dir") || {
        echo "run-tests: $name did not start:" >&2
        tail -n 20 "$dir"/*.log >&2 || true
        exit 1
    }
    eval "$exports"
}

# MariaDB is production's database; PostgreSQL has a backend too.
start_db mariadb PHS_MYSQL_PORT MARIADB_DIR
start_db postgres PHS_PG_PORT PG_DIR
export PHS_REQUIRE_MYSQL=1 PHS_REQUIRE_PG=1

# A virtual X display for the tests that want a real window system (tray); the others use offscreen.
if command -v Xvfb >/dev/null; then
    for n in 91 92 93 94 95 96 97 98 99; do
        if [[ ! -e /tmp/.X11-unix/X$n && ! -e /tmp/.X$n-lock ]]; then
            Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
            XVFB_PID=$!
            export PHS_TEST_DISPLAY=":$n"
            break
        fi
    done
fi

export PHS_REQUIRE_ZBAR=1
status=0
(cd "$BUILD" && ctest --output-on-failure -j"$(nproc)" --timeout 600 "$@") || status=$?

# The Windows installer under Wine, only where the cross-built Qt toolchain is cached already
# (building it takes ~45 min, so CI never starts that itself). PHS_SKIP_WINDOWS=1 skips it.
if [[ -z ${PHS_SKIP_WINDOWS:-} && $# -eq 0 ]] && packaging/windows/build-installer.sh has-toolchain; then
    win_build=${PHS_WIN_BUILD:-$ROOT/build-win64}
    if PHS_WIN_BUILD=$win_build packaging/windows/build-installer.sh product &&
        packaging/windows/test-under-wine.sh "$win_build" "$BUILD"; then
        echo "run-tests: Windows installer OK under Wine"
    else
        echo "run-tests: Windows installer FAILED under Wine" >&2
        status=1
    fi
fi
exit "$status"
