# Sourced by the loopback benchmarks (gate_load.sh, soak.sh).
# start_cair_serve NAME CAIR WORK: starts `CAIR serve` on a free loopback
# port with the store WORK/cair.db, its output in WORK/out and access log in
# WORK/access.log; sets $server (pid) and $port, or exits 1 naming NAME.
start_cair_serve() {
  local name=$1 cair=$2 work=$3
  "$cair" serve --listen 127.0.0.1:0 --db "$work/cair.db" >"$work/out" 2>"$work/access.log" &
  server=$!
  port=""
  for _ in $(seq 100); do
    port=$(sed -n 's/.*listening on http:\/\/[0-9.]*:\([0-9]*\).*/\1/p' "$work/out")
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "$name: cair serve did not start" >&2; cat "$work/access.log" >&2; exit 1; }
}
