#!/usr/bin/env bash
# Builds the fuzzers with clang and runs each for SECONDS (default 60) on the seed corpora.
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=${PHS_FUZZ_BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build" -DPHS_FUZZ=ON -DPHS_BUILD_TESTS=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined" >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz_response fuzz_qr fuzz_webhook
for name in response qr webhook; do
    corpus=$(mktemp -d)
    cp tests/fuzz/corpus/$name/* "$corpus"/
    echo "== fuzz_$name for ${seconds}s"
    QT_QPA_PLATFORM=offscreen "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=65536 \
        -rss_limit_mb=2048 -print_final_stats=1 "$corpus" 2>&1 | grep -E "stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY|Done" || true
    rm -rf "$corpus"
done
