#!/usr/bin/env bash
# Throughput of cair where the corpora live, beside `cair scan` measured in
# the same run on the same COUNT certificates (default 100,000, generated from
# ../shared/corpus/real by bench/make_corpus):
#   cair scan -j 1 and -j 2                         (the baseline)
#   PostgreSQL: SELECT count(*) FROM certs, cair_findings(der) in a throw-away
#     server (scripts/pg_test_db.sh) with 1 and 2 parallel workers doing all
#     the work (parallel_leader_participation off), and in the backend alone
#   the Python module from 1 and 2 threads (one slice of the corpus each)
#   the Dask example (python/examples/dask_lint.py) on a 2-worker LocalCluster
# Each measured command runs in its own session (setsid), as the PostgreSQL
# server does: with the kernel's autogroup scheduling, a session's threads
# share one slice of a busy machine, which would otherwise favour the server.
# The extension is installed with `cmake --install --component postgresql`
# when pg_config's directories are writable, else its SQL is run against the
# built module by absolute path.
#   bench/scaleout_bench.sh [COUNT] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
count=${1:-100000}
build=$(cd "${2:-build}" && pwd)
real=../shared/corpus/real
[ -d "$real" ] || { echo "scaleout_bench: $real not found" >&2; exit 3; }
ninja -C "$build" cair make_corpus cair_postgresql cair_python >/dev/null
py=$(sed -n 's/^CAIR_PYTHON3:INTERNAL=//p' "$build/CMakeCache.txt")
export PYTHONPATH="$build/python"
corpus=${TMPDIR:-/tmp}/cair-bench-$count.pem
[ -s "$corpus" ] || "$build/bench/make_corpus" "$count" "$corpus" "$real"/leaf.pem "$real"/precert.pem "$real"/intermediate.pem
work=$(mktemp -d /tmp/cair-scaleout.XXXXXX)
pg_stop=true
trap 'eval "$pg_stop" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
lints=$("$build/cair" lint --list-lints-json | wc -l)
echo "corpus: $corpus ($(du -h "$corpus" | cut -f1), $count certificates); $lints lints; $(nproc) cores"

report() {  # label, seconds
  awk -v l="$1" -v s="$2" -v n="$count" 'BEGIN { printf "%-52s %9.0f certs/s  %7.1f s\n", l, n / s, s }'
}
timed() {  # label, command...: wall time of the command
  local label=$1; shift
  local t0=$EPOCHREALTIME
  setsid -w "$@" >/dev/null
  report "$label" "$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')"
}

echo "== baseline: cair scan, every lint of this build =="
timed "cair scan -j 1" "$build/cair" scan -q -j 1 "$corpus"
timed "cair scan -j 2" "$build/cair" scan -q -j 2 "$corpus"

echo "== PostgreSQL $(pg_config --version | awk '{print $2}'): cair_findings(der) over a bytea table =="
if pg_env=$(bash scripts/pg_test_db.sh 2>&1); then
  eval "$pg_env"
  pg_stop=$CAIR_TEST_PG_STOP
  psql -X -q "$CAIR_TEST_PG" -c "CREATE DATABASE cair_bench"
  db="$CAIR_TEST_PG dbname=cair_bench"
  pkglib=$(pg_config --pkglibdir)
  if [ -w "$pkglib" ] && [ -w "$(pg_config --sharedir)/extension" ]; then
    cmake --install "$build" --component postgresql >/dev/null
    psql -X -q "$db" -c "CREATE EXTENSION cair"
  else
    sed -e '/^\\echo/d' -e "s|MODULE_PATHNAME|$build/postgresql/cair.so|" postgresql/cair--0.1.sql | psql -X -q "$db"
  fi
  psql -X -q "$db" -c "CREATE TABLE certs (id bigserial PRIMARY KEY, der bytea)"
  t0=$EPOCHREALTIME
  "$py" -c '
import sys, cair
out = sys.stdout
for der in cair.der_objects(open(sys.argv[1], "rb").read()):
    out.write("\\\\x" + der.hex() + "\n")
' "$corpus" | psql -X -q "$db" -c "\\copy certs (der) FROM pstdin"
  psql -X -q "$db" -c "VACUUM ANALYZE certs" -c "ALTER TABLE certs SET (parallel_workers = 2)"
  report "load (COPY, $(psql -X -qtA "$db" -c "SELECT pg_size_pretty(pg_total_relation_size('certs'))"))" \
    "$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')"
  in_db() {  # label, workers (0: the backend alone)
    local ms
    ms=$(psql -X -q "$db" -c "SET max_parallel_workers_per_gather = $2" \
           -c "SET parallel_leader_participation = $([ "$2" -eq 0 ] && echo on || echo off)" \
           -c '\timing on' -c "SELECT count(*) FROM certs, cair_findings(der)" |
         sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1)
    report "$1" "$(awk -v m="$ms" 'BEGIN { print m / 1000 }')"
  }
  in_db "in-database, backend alone (no parallel plan)" 0
  in_db "in-database, 1 parallel worker" 1
  in_db "in-database, 2 parallel workers" 2
else
  echo "PostgreSQL could not be started: $pg_env"
fi

echo "== Python module (cair.findings per object, GIL released while linting) =="
setsid -w "$py" - "$corpus" "$count" <<'PY'
import sys, threading, time
import cair
ders = cair.der_objects(open(sys.argv[1], "rb").read())
def run(part):
    for der in part:
        cair.findings(der)
for threads in (1, 2):
    parts = [ders[i::threads] for i in range(threads)]
    workers = [threading.Thread(target=run, args=(p,)) for p in parts]
    t0 = time.monotonic()
    for w in workers: w.start()
    for w in workers: w.join()
    s = time.monotonic() - t0
    label = f"python, {threads} thread{'s' if threads > 1 else ''}"
    print(f"{label:<52} {len(ders) / s:9.0f} certs/s  {s:7.1f} s")
PY

echo "== Dask: python/examples/dask_lint.py, LocalCluster with 2 worker processes =="
mkdir -p "$work/bundles"
awk -v dir="$work/bundles" -v per=$(( (count + 15) / 16 )) '
  /-----BEGIN/ { if (n % per == 0) { f = sprintf("%s/bundle-%03d.pem", dir, n / per) } n++ }
  { print > f }' "$corpus"
# (Read to the end: a reader closing the pipe early would fail the run under pipefail.)
dask_out=$(setsid -w "$py" python/examples/dask_lint.py "$work/bundles" --workers 2 2>/dev/null)
printf '%s\n' "$dask_out" | sed -n 1p |
  awk '{ for (i = 1; i <= NF; ++i) if ($i == "in") s = $(i + 1); printf "%-52s %9.0f certs/s  %7.1f s  (cluster start not counted)\n", "dask, 2 workers (16 bundles)", $1 / s, s }'
