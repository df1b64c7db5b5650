#!/usr/bin/env bash
# Start-up cost, for issuance systems that start one linter process per
# certificate (issue 19): wall time (median of RUNS) and peak RSS (median) of
#   cair --version, cair lint CERT            the front executable
#   cair-full lint CERT                       every library loaded (cair before the split)
#   zlint CERT, x509lint CERT                 the peers, in the same run
# and the time from starting `cair serve` to its first answer (/healthz),
# median of SERVE_RUNS, on an existing store.
#   bench/startup_bench.sh [RUNS] [BUILD_DIR]      (defaults: 20, build)
# CERT is the first certificate of samples/subscribers.pem. The peers are
# ../shared/peers/bin/{zlint,x509lint} (CAIR_PEERS_DIR overrides); a missing
# peer is reported and skipped. Wall times include bash's fork and exec,
# the same for every row.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
build=${2:-build}
serve_runs=${SERVE_RUNS:-7}
peers=${CAIR_PEERS_DIR:-../shared/peers/bin}
[ -f "$build/build.ninja" ] && ninja -C "$build" cair >/dev/null
work=$(mktemp -d /tmp/cair-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT
cert=$work/cert.pem
openssl x509 -in samples/subscribers.pem -out "$cert"

median() {  # numbers on stdin -> their median
  sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# measure LABEL CMD...: RUNS timed runs (after two untimed ones), then RUNS
# runs under GNU time for the peak RSS.
measure() {
  local label=$1; shift
  local i t0 t1
  "$@" >/dev/null 2>&1 || true
  "$@" >/dev/null 2>&1 || true
  : >"$work/wall"; : >"$work/rss"
  for ((i = 0; i < runs; i++)); do
    t0=$EPOCHREALTIME
    "$@" >/dev/null 2>&1 || true
    t1=$EPOCHREALTIME
    echo "$t0 $t1" | awk '{ printf "%.3f\n", ($2 - $1) * 1000 }' >>"$work/wall"
  done
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f %M -o "$work/rss.1" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$work/rss.1" >>"$work/rss"
  done
  printf "%-44s %8.2f ms %8.1f MiB\n" "$label" "$(median <"$work/wall")" \
    "$(median <"$work/rss" | awk '{ print $1 / 1024 }')"
}

peer() {  # LABEL NAME ARGS...: measure a peer linter if it is there
  local label=$1 name=$2; shift 2
  if [ -x "$peers/$name" ]; then
    measure "$label" "$peers/$name" "$@"
  else
    printf "%-44s (not found: %s)\n" "$label" "$peers/$name"
  fi
}

echo "start-up, median of $runs runs ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)); certificate: first of samples/subscribers.pem"
printf "%-44s %11s %12s\n" "command" "wall" "peak RSS"
measure "cair --version" "$build/cair" --version
measure "cair lint cert.pem" "$build/cair" lint "$cert"
measure "cair-full --version (every library)" "$build/cair-full" --version
measure "cair-full lint cert.pem (every library)" "$build/cair-full" lint "$cert"
peer "zlint cert.pem" zlint "$cert"
peer "x509lint cert.pem" x509lint "$cert"

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
printf "%-44s %8.2f ms  (median of %d; fresh store: %.2f ms)\n" "cair serve: start to first /healthz answer" \
  "$(median <"$work/serve")" "$serve_runs" "$(serve_ready_ms "$work/fresh.db")"
