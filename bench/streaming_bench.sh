#!/usr/bin/env bash
# Issue 18: memory flat in the size of the incident. For an incident of
# SMALL and of LARGE affected certificates (generated and added as in
# bench/incident_bench.sh), times and peak RSS of the commands that walk
# every certificate, side by side, with `cair incident show` (which reads no
# certificate row) as the baseline measured in the same run:
#   report       `cair report ID --kind full --out F` (lists too long for a
#                Bugzilla comment go to F-appendix-N.*)
#   appendix     `cair report ID --kind full --appendix A.csv`
#   export       `cair incident export ID --out E.json`
#   import       `cair incident import E.json` into an empty store
# and checks the issue's bounds: peak RSS grows by at most 64 MiB from SMALL
# to LARGE, and stays under 256 MiB at LARGE (exit 1 otherwise).
#   bench/streaming_bench.sh [SMALL] [LARGE] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-100000}
large=${2:-1000000}
build=${3:-build}
real=../shared/corpus/real
[ -d "$real" ] || { echo "streaming_bench: $real not found" >&2; exit 3; }
ninja -C "$build" cair make_corpus >/dev/null
tmp=${TMPDIR:-/tmp}
declare -A secs kib

measure() {  # key, args...: runs the command, records seconds and peak KiB
  local key=$1; shift
  local out
  out=$( { /usr/bin/time -f "%e %M" "$@" >/dev/null; } 2>&1 | tail -n 1)
  secs[$key]=${out% *}
  kib[$key]=${out#* }
}

for count in "$small" "$large"; do
  corpus=$tmp/cair-bench-$count.pem
  [ -s "$corpus" ] || "$build/bench/make_corpus" "$count" "$corpus" "$real"/leaf.pem "$real"/precert.pem "$real"/intermediate.pem
  db=$tmp/cair-stream-$count.db
  db2=$tmp/cair-stream-$count-import.db
  work=$tmp/cair-stream-$count
  rm -rf "$db" "$db"-wal "$db"-shm "$db2" "$db2"-wal "$db2"-shm "$work"
  mkdir -p "$work"
  id=$("$build/cair" incident open --db "$db" --title 'Bench: mass revocation' --aware-at 2026-03-10T12:00:00Z)
  "$build/cair" problem add "$id" --db "$db" --name mass --reason 12 --criterion bench --certs "$corpus" >/dev/null 2>&1
  measure "show $count" "$build/cair" incident show "$id" --db "$db"
  measure "report $count" "$build/cair" report "$id" --db "$db" --kind full --now 2026-03-11T00:00:00Z --out "$work/full.md"
  measure "appendix $count" "$build/cair" report "$id" --db "$db" --kind full --now 2026-03-11T00:00:00Z \
    --out "$work/full-a.md" --appendix "$work/app.csv"
  measure "export $count" "$build/cair" incident export "$id" --db "$db" --out "$work/export.json"
  measure "import $count" "$build/cair" incident import "$work/export.json" --db "$db2"
  exported=$(stat -c %s "$work/export.json")
  echo "incident of $count certificates: export JSON $((exported / 1048576)) MiB" >&2
  rm -rf "$db2" "$db2"-wal "$db2"-shm
done

printf '%-36s %22s %22s %12s\n' "command" "$small certificates" "$large certificates" "RSS growth"
fail=0
for op in show report appendix export import; do
  s1=${secs["$op $small"]} k1=${kib["$op $small"]} s2=${secs["$op $large"]} k2=${kib["$op $large"]}
  label=$op
  [ "$op" = show ] && label="incident show (baseline)"
  awk -v l="$label" -v s1="$s1" -v k1="$k1" -v s2="$s2" -v k2="$k2" 'BEGIN {
    printf "%-36s %7.1f s %8.1f MiB %7.1f s %8.1f MiB %+8.1f MiB\n", l, s1, k1 / 1024, s2, k2 / 1024, (k2 - k1) / 1024 }'
  if [ "$op" != show ]; then
    if [ $((k2 - k1)) -gt $((64 * 1024)) ]; then echo "FAIL: $op grows by more than 64 MiB" >&2; fail=1; fi
    if [ "$k2" -ge $((256 * 1024)) ]; then echo "FAIL: $op at $large takes 256 MiB or more" >&2; fail=1; fi
  fi
done
exit $fail
