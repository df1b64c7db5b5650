#!/usr/bin/env bash
# Incident store at scale (issue: 3,000,000 affected certificates, the size of
# the largest real mass-revocation incident): problem import, a CRL import of
# one issuer's share of them, CRLs of every issuer (COUNT entries in all,
# imported in one transaction), and `cair due`, each timed with peak RSS.
#   bench/incident_bench.sh [COUNT] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-3000000}
build=${2:-build}
real=../shared/corpus/real
[ -d "$real" ] || { echo "incident_bench: $real not found" >&2; exit 3; }
ninja -C "$build" cair make_corpus make_crl >/dev/null
tmp=${TMPDIR:-/tmp}
corpus=$tmp/cair-bench-$count.pem
[ -s "$corpus" ] || "$build/bench/make_corpus" "$count" "$corpus" "$real"/leaf.pem "$real"/precert.pem "$real"/intermediate.pem
crl=$tmp/cair-bench-$count.crl
[ -s "$crl" ] || "$build/bench/make_crl" "$count" "$crl" "$real"/leaf.pem "$real"/precert.pem "$real"/intermediate.pem
crls=$tmp/cair-bench-$count-crls
[ -d "$crls" ] || "$build/bench/make_crl" "$count" "$crls/" "$real"/leaf.pem "$real"/precert.pem "$real"/intermediate.pem
db=$tmp/cair-bench-$count.db
rm -f "$db" "$db"-wal "$db"-shm
run() {  # label, args...
  local label=$1; shift
  local out
  out=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null; } 2>&1 | tail -n 1)
  awk -v l="$label" -v s="${out% *}" -v k="${out#* }" 'BEGIN { printf "%-44s %8.1f s  peak RSS %7.1f MiB\n", l, s, k / 1024 }'
}
id=$("$build/cair" incident open --db "$db" --title 'Bench: mass revocation' --aware-at 2026-03-10T12:00:00Z)
run "problem add: $count certificates" "$build/cair" problem add "$id" --db "$db" --name mass --reason 12 \
  --criterion bench --certs "$corpus"
run "crl import: $(stat -c %s "$crl") byte CRL" "$build/cair" crl import "$id" --db "$db" "$crl"
entries=$(find "$crls" -name '*.crl' | wc -l)
run "crl import: $entries CRLs, $count entries" "$build/cair" crl import "$id" --db "$db" "$crls"/*.crl
run "due" "$build/cair" due --db "$db" --now 2026-03-12T00:00:00Z
"$build/cair" incident show "$id" --db "$db" | sed -n 3p
