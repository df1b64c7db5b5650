#!/usr/bin/env bash
# Throughput of cair on the real corpus, one core, beside OpenSSL parsing the
# same certificates in the same run. zlint's figure on this machine class
# (about 800 certificates/s, DEVELOPERS.md) is printed as a ratio.
#   bench/run.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
corpus=../shared/corpus/real
[ -d "$corpus" ] || { echo "bench: $corpus not found" >&2; exit 3; }
ninja -C "$build" cair_bench >/dev/null
taskset -c 0 "$build/bench/cair_bench" --zlint-rate 800 "$corpus"/leaf.pem "$corpus"/precert.pem \
  "$corpus"/intermediate.pem "$corpus"/root.pem
