#!/usr/bin/env bash
# OCSP probing rate: `cair monitor ocsp` asking a local `openssl ocsp -index`
# responder (4 worker processes, loopback) about COUNT serials, with 8
# requests in flight, beside the baseline of 1 in flight measured in the same
# run. Each request is a fresh random serial (the responder signs an
# "unknown" answer for each; cair verifies every signature and judges it).
#   bench/ocsp_probe_bench.sh [COUNT] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
build=${2:-build}
ninja -C "$build" cair >/dev/null
cair=$(cd "$build" && pwd)/cair
dir=$(mktemp -d)
pid=
# The responder and its -multi workers (by parent id).
cleanup() {
  [ -n "$pid" ] && { kill -9 $(pgrep -P "$pid") "$pid"; wait "$pid"; } 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT
cd "$dir"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem \
  -subj '/CN=Bench CA' -days 30 2>/dev/null
: > index.txt
openssl ocsp -index index.txt -port 0 -rsigner ca.pem -rkey ca.key -CA ca.pem -ndays 4 -multi 4 >ocsp.out 2>/dev/null &
pid=$!
for _ in $(seq 100); do grep -q ACCEPT ocsp.out 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's/^ACCEPT .*:\([0-9]*\) .*/\1/p' ocsp.out | head -n 1)
[ -n "$port" ] || { echo "ocsp_probe_bench: openssl ocsp did not start" >&2; exit 3; }
run() {  # in-flight
  local start end
  start=$(date +%s.%N)
  "$cair" monitor ocsp --issuer-cert ca.pem --url "http://127.0.0.1:$port/" --unissued "$count" \
    --in-flight "$1" --db "bench-$1.db" >/dev/null 2>err.txt || { cat err.txt >&2; exit 1; }
  end=$(date +%s.%N)
  grep -q "$count serials, $count requests, 0 findings" err.txt || { cat err.txt >&2; exit 1; }
  awk -v n="$count" -v f="$1" -v s="$start" -v e="$end" \
    'BEGIN { printf "%5d serials, %d in flight: %6.2f s  %8.0f requests/s\n", n, f, e - s, n / (e - s) }'
}
echo "cair monitor ocsp against openssl ocsp -multi 4 on loopback ($(nproc) cores)"
run 1
run 8
