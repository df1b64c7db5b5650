#!/usr/bin/env bash
# Configures and builds `cair` (and cair-full) in build/: Release (-O3, no debug information).
#   scripts/build.sh [extra cmake args]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
# The same configuration as scripts/test.sh, so that the tests reuse this build.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAIR_LTO=OFF -DCAIR_LINTS_ONLY= "$@" >/dev/null
ninja -C build -j "$(nproc)" cair
