#!/usr/bin/env bash
# Start-up cost, for issuance systems that start one linter process per
# certificate (issue 19). In one run, each row started RUNS times by
# bench/spawn_bench.cc (posix_spawn + wait4, no shell in between; stdout and
# stderr to /dev/null): median and 90th-percentile wall time, and the medians
# of the child's CPU time, page faults and peak RSS, for
#   /bin/true, static_hello                   the floor of creating a process here
#   cair --version, cair lint CERT            the front executable
#   cair-full --version, cair-full lint CERT  every library loaded (cair before the split)
#   zlint CERT, x509lint CERT                 the peers
# then user-space instructions of one run of each (valgrind; INSTRUCTIONS=0
# skips it), which do not depend on the machine's load; and the time from
# starting `cair serve` to its first answer (/healthz), median of
# SERVE_RUNS, on an existing store.
#   bench/startup_bench.sh [RUNS] [BUILD_DIR]      (defaults: 50, build)
# CERT is the first certificate of samples/subscribers.pem. The peers are
# ../shared/peers/bin/{zlint,x509lint} (CAIR_PEERS_DIR overrides); a missing
# peer is reported and skipped. Wall time depends on the machine's load (it
# is shared): compare rows of the same run, and CPU time and page faults,
# which depend on it much less.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
build=${2:-build}
serve_runs=${SERVE_RUNS:-7}
peers=${CAIR_PEERS_DIR:-../shared/peers/bin}
[ -f "$build/build.ninja" ] && ninja -C "$build" cair spawn_bench static_hello >/dev/null
spawn=$build/bench/spawn_bench
[ -x "$spawn" ] || { echo "startup_bench: $spawn not built (configure with -DCAIR_BENCH=ON)" >&2; exit 2; }
work=$(mktemp -d /tmp/cair-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
cert=$work/cert.pem
openssl x509 -in samples/subscribers.pem -out "$cert"

median() {  # numbers on stdin -> their median
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# measure LABEL PROGRAM ARGS...: one row of spawn_bench; then, unless
# INSTRUCTIONS=0, the user-space instructions of one run under valgrind
# (printed after the table).
count_instructions=0
[ "${INSTRUCTIONS:-1}" != 0 ] && command -v valgrind >/dev/null && count_instructions=1
: >"$work/instructions"
measure() {
  local label=$1 n; shift
  "$spawn" --runs "$runs" --label "$label" -- "$@"
  [ "$count_instructions" = 1 ] || return 0
  n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | tail -n 1) || true  # a peer may fail under valgrind
  printf "%-40s %s\n" "$label" "${n:-(valgrind could not run it)}" >>"$work/instructions"
}
peer() {  # LABEL NAME ARGS...: a peer linter, if it is there
  local label=$1 name=$2; shift 2
  if [ -x "$peers/$name" ]; then
    measure "$label" "$peers/$name" "$@"
  else
    printf "%-40s (not found: %s)\n" "$label" "$peers/$name"
  fi
}

echo "start-up, $runs runs each ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)); certificate: first of samples/subscribers.pem"
"$spawn" --header
measure "/bin/true (floor, dynamic libc)" /bin/true
measure "static_hello (floor, static)" "$build/bench/static_hello"
measure "cair --version" "$build/cair" --version
measure "cair lint cert.pem" "$build/cair" lint "$cert"
measure "cair-full --version (every library)" "$build/cair-full" --version
measure "cair-full lint cert.pem (every library)" "$build/cair-full" lint "$cert"
peer "zlint cert.pem" zlint "$cert"
peer "x509lint cert.pem" x509lint "$cert"

if [ "$count_instructions" = 1 ]; then
  echo "user-space instructions of one run (valgrind --tool=callgrind; the kernel's work is not counted)"
  cat "$work/instructions"
fi

# `cair serve`: from the fork to the first /healthz answer, polling the
# output for the port and then the port, without sleeping (bash builtins
# only, so the poll costs no process start of its own).
serve_ready_ms() {
  local db=$1 t0 t1 line="" port="" status=""
  : >"$work/serve.out"
  t0=$EPOCHREALTIME
  "$build/cair" serve --listen 127.0.0.1:0 --db "$db" >"$work/serve.out" 2>"$work/serve.err" &
  local pid=$!
  while [ -z "$port" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "startup_bench: cair serve exited: $(cat "$work/serve.err")" >&2; exit 1; }
    IFS= read -r line <"$work/serve.out" 2>/dev/null || true
    [[ $line =~ listening\ on\ http://[0-9.]+:([0-9]+) ]] && port=${BASH_REMATCH[1]}
  done
  until [ -n "$status" ]; do
    if exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
      printf 'GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
      IFS= read -r status <&3 || true
      exec 3<&-
    fi
  done
  t1=$EPOCHREALTIME
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [[ $status == *" 200 "* ]] || { echo "startup_bench: /healthz answered: $status" >&2; exit 1; }
  echo "$t0 $t1" | awk '{ printf "%.3f\n", ($2 - $1) * 1000 }'
}
serve_ready_ms "$work/serve.db" >/dev/null  # creates the store (migrations)
: >"$work/serve"
for ((i = 0; i < serve_runs; i++)); do serve_ready_ms "$work/serve.db" >>"$work/serve"; done
printf "%-40s %7.2f ms  (median of %d; fresh store: %.2f ms)\n" "cair serve: start to first /healthz answer" \
  "$(median <"$work/serve")" "$serve_runs" "$(serve_ready_ms "$work/fresh.db")"
