#!/usr/bin/env bash
# Scan throughput on a generated corpus of COUNT certificates (default
# 1,000,000) made from ../shared/corpus/real by bench/make_corpus: cair scan
# with the full catalogue on 1 and 2 cores, beside cair's parse-only floor
# and the in-memory parse rate (cair_bench on the real corpus, no reading,
# base64 or SHA-256) measured in the same run, with peak RSS of each. Rates
# are given per second of wall clock and per second of CPU (user + system,
# all threads): on a shared machine the second is the one to compare.
# zlint (../shared/peers/bin/zlint, or $ZLINT) runs in the same run on every
# 50th certificate of the real corpus, one file per certificate, one core
# (GOMAXPROCS=1), as the baseline of the issue's "100x zlint"; the last line
# gives cair's full-catalogue rate on one core over zlint's, per CPU-second.
#   bench/scan_bench.sh [COUNT] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
build=${2:-build}
real=../shared/corpus/real
[ -d "$real" ] || { echo "scan_bench: $real not found" >&2; exit 3; }
ninja -C "$build" cair make_corpus cair_bench >/dev/null
corpus=${TMPDIR:-/tmp}/cair-bench-$count.pem
[ -s "$corpus" ] || "$build/bench/make_corpus" "$count" "$corpus" "$real"/leaf.pem "$real"/precert.pem "$real"/intermediate.pem
echo "corpus: $corpus ($(du -h "$corpus" | cut -f1), $count certificates)"
run() {  # label, args... (sets last_cpu_rate)
  local label=$1; shift
  local out
  out=$( { /usr/bin/time -f "%e %M %U %S" "$@" >/dev/null; } 2>&1 | tail -n 1)
  read -r secs kib user sys <<<"$out"
  last_cpu_rate=$(awk -v n="$count" -v c="$user" -v y="$sys" 'BEGIN { printf "%.0f", n / (c + y) }')
  awk -v l="$label" -v s="$secs" -v k="$kib" -v c="$user" -v y="$sys" -v n="$count" \
    'BEGIN { printf "%-32s %8.0f certs/s  %6.1f s wall  %8.0f certs/CPU-s  peak RSS %6.1f MiB\n", l, n / s, s, n / (c + y), k / 1024 }'
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/cair_bench" --min-seconds 2 "$real"/leaf.pem "$real"/precert.pem "$real"/intermediate.pem |
  awk '/^cair parse +[0-9]/{ printf "%-32s %8.0f certs/s  (in memory, real corpus, 1 thread)\n", "in-memory parse (cair_bench)", $3 }
       /^cair parse \+/{ printf "%-32s %8.0f certs/s  (in memory, real corpus, 1 thread)\n", "in-memory parse + all lints", $6 }'
run "parse only (floor), 1 core"       "$build/cair" scan -q -j 1 --parse-only "$corpus"
run "full catalogue, 1 core"           "$build/cair" scan -q -j 1 "$corpus"
cair_rate=$last_cpu_rate
run "full catalogue, 2 cores"          "$build/cair" scan -q -j 2 "$corpus"

zlint=${ZLINT:-../shared/peers/bin/zlint}
if [ -x "$zlint" ]; then
  dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
  awk -v d="$dir" '/BEGIN CERT/{n++; k=(n%50==1); if (k) f=sprintf("%s/%06d.pem", d, n)} k{print > f} /END CERT/{if (k) close(f); k=0}' \
    "$real"/leaf.pem "$real"/precert.pem "$real"/intermediate.pem
  files=("$dir"/*.pem)
  out=$( { GOMAXPROCS=1 /usr/bin/time -f "%e %M %U %S" "$zlint" "${files[@]}" >/dev/null; } 2>&1 | tail -n 1)
  read -r secs kib user sys <<<"$out"
  awk -v s="$secs" -v c="$user" -v y="$sys" -v n="${#files[@]}" -v k="$kib" -v r="$cair_rate" \
    'BEGIN { z = n / (c + y); printf "%-32s %8.0f certs/s  %6.1f s wall  %8.0f certs/CPU-s  peak RSS %6.1f MiB (%d real certificates)\n", "zlint, 1 core (GOMAXPROCS=1)", n / s, s, z, k / 1024, n
             printf "cair full catalogue / zlint, per CPU-second, one core: %.1fx\n", r / z }'
else
  echo "zlint not found at $zlint (set ZLINT=...): no zlint baseline in this run"
fi
