#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine and starts Pixel Hub Sessions.
# With no gateway configured (Settings, PIXELHUB_GATEWAY_URL or --gateway), it starts in demo
# mode against the gateway simulator (wa-gateway-sim, started as a child process). Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${PHS_BUILD_DIR:-$ROOT/build}

bash packaging/install-deps.sh
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=${PHS_BUILD_TYPE:-RelWithDebInfo} -DPHS_BUILD_TESTS=OFF
cmake --build "$BUILD" -j"$(nproc)" --target pixelhub-sessions pixelhub-sessions-cli wa-gateway-sim

# The demo starts wa-gateway-sim as a child process; in the build tree it is found on PATH.
PATH="$BUILD/app/sim:$PATH" exec "$BUILD/app/gui/pixelhub-sessions" --demo-if-unconfigured "$@"
