#!/usr/bin/env bash
# Soak benchmark of `cair serve` on loopback (issue 17): the gate's
# requests/s and p99 without, then with, HELD hostile connections open (half
# idle, half stalled mid-request; reopened as the server's request deadline
# closes them), and /healthz probed every 100 ms meanwhile. Bounded: each
# phase runs SECONDS, then everything stops by itself.
#
#   bench/soak.sh [CAIR_BINARY] [SECONDS] [HELD] [CONNECTIONS]
#
# Defaults: build/cair, 10 s, 1000 held connections, 4 load connections.
# Clients (bench/gate_load.cc, bench/hold_connections.cc) are built here and
# share the machine's cores with the server. Input: samples/good.tbs.der.
set -euo pipefail
cd "$(dirname "$0")/.."
cair=${1:-build/cair}
seconds=${2:-10}
held=${3:-1000}
conns=${4:-4}
[ -x "$cair" ] || { echo "soak: $cair is not built (ninja -C build cair)" >&2; exit 2; }
ulimit -n "$(ulimit -Hn)"  # the held connections need file descriptors on both sides
work=$(mktemp -d)
trap 'kill -TERM "${server:-0}" "${holder:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
# shellcheck disable=SC2046
g++ -std=c++20 -O2 -o "$work/gate_load" bench/gate_load.cc $(pkg-config --cflags --libs cpp-httplib) -pthread
# shellcheck disable=SC2046
g++ -std=c++20 -O2 -o "$work/hold" bench/hold_connections.cc $(pkg-config --cflags --libs cpp-httplib) -pthread

# shellcheck source=bench/serve_util.sh
. bench/serve_util.sh
start_cair_serve soak "$cair" "$work"
gate() { "$work/gate_load" --port "$port" --path "/v1/gate?profile=ov-tls" --seconds "$1" --connections "$conns" samples/good.tbs.der; }

echo "cpu: $(nproc) cores; server: $cair serve (pid $server), defaults (--read-timeout 5, --keep-alive 5)"
gate 1 >/dev/null || true  # warm-up
echo "gate, no held connections:      $(gate "$seconds")"
"$work/hold" --port "$port" --connections "$held" --seconds "$((seconds + 4))" >"$work/hold.json" &
holder=$!
sleep 2
echo "gate, $held held connections: $(gate "$seconds")"
wait "$holder"
echo "held connections and /healthz:  $(cat "$work/hold.json")"
kill -TERM "$server"
wait "$server" || true
