#!/usr/bin/env bash
# Scan throughput on a generated corpus of COUNT certificates (default
# 1,000,000) made from ../shared/corpus/real by bench/make_corpus: cair scan
# with the full catalogue on 1 and 2 cores, beside cair's parse-only floor
# measured in the same run, with peak RSS of each.
#   bench/scan_bench.sh [COUNT] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
build=${2:-build}
real=../shared/corpus/real
[ -d "$real" ] || { echo "scan_bench: $real not found" >&2; exit 3; }
ninja -C "$build" cair make_corpus >/dev/null
corpus=${TMPDIR:-/tmp}/cair-bench-$count.pem
[ -s "$corpus" ] || "$build/bench/make_corpus" "$count" "$corpus" "$real"/leaf.pem "$real"/precert.pem "$real"/intermediate.pem
echo "corpus: $corpus ($(du -h "$corpus" | cut -f1), $count certificates)"
run() {  # label, args...
  local label=$1; shift
  local out
  out=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null; } 2>&1 | tail -n 1)
  local secs=${out% *} kib=${out#* }
  awk -v l="$label" -v s="$secs" -v k="$kib" -v n="$count" \
    'BEGIN { printf "%-40s %10.0f certs/s  %7.1f s  peak RSS %6.1f MiB\n", l, n / s, s, k / 1024 }'
}
run "parse only (floor), 1 core"       "$build/cair" scan -q -j 1 --parse-only "$corpus"
run "full catalogue, 1 core"           "$build/cair" scan -q -j 1 "$corpus"
run "full catalogue, 2 cores"          "$build/cair" scan -q -j 2 "$corpus"
