#!/usr/bin/env bash
# README command 2: set up, build and run every test.
#   1. unit, catalogue, zlint-conformance, real-corpus and CLI tests (ctest)
#   2. the same unit and catalogue tests under AddressSanitizer + UBSan, and a
#      bounded libFuzzer run of every parser entry point (one clang-14 build)
# Tests that need ../shared (zlint suite, real corpus) skip with a message
# when it is absent. Set CAIR_FUZZ_SECONDS to change the fuzz budget.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=$(nproc)
bash scripts/deps.sh
# Each step's wall time, so that a slow stage shows (README "Build time").
t0=$SECONDS
took() { echo "   ($1: $((SECONDS - t0)) s)"; t0=$SECONDS; }

echo "== 1/2 build and test (Release) =="
# No LTO here: it speeds the linter by a quarter but makes each of the dozen
# test executables a whole-program link; only the benchmarks ask for it (README "Benchmark").
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAIR_LTO=OFF -DCAIR_LINTS_ONLY= >/dev/null
ninja -C build -j "$jobs"
took "build"
# A throw-away PostgreSQL server for the scan's PostgreSQL source test.
if pg_env=$(bash scripts/pg_test_db.sh); then
  eval "$pg_env"
  trap 'eval "${CAIR_TEST_PG_STOP:-true}" >/dev/null 2>&1 || true' EXIT
else
  echo "PostgreSQL could not be started: its scan test will skip" >&2
fi
(cd build && ctest --output-on-failure -j "$jobs")
took "ctest"
if [ -d ../shared/conformance/zlint ]; then
  ./build/cair conformance zlint ../shared/conformance/zlint \
    --known tests/data/zlint_known_disagreements.tsv > build/zlint-conformance.txt || true
  echo "zlint suite (cair conformance zlint, full output in build/zlint-conformance.txt):"
  tail -n 2 build/zlint-conformance.txt | sed 's/^/  /; s/ passed, / rows agree, /; s/ failed$/ rows do not (yet)/'
  took "zlint suite"
fi

echo "== 2/2 unit and catalogue tests under ASan + UBSan, then bounded fuzzing (clang-14) =="
# One instrumented build serves both: the libraries carry ASan, UBSan (no
# recovery: any UB fails) and libFuzzer's coverage hooks, so the lint
# catalogue is compiled twice in CI, not three times.
# -O1 and line tables only: what ASan's and UBSan's reports need (file:line in
# every frame); the lint catalogue compiles in two thirds of the CPU of
# RelWithDebInfo's -O2 -g, the rest in ~90 %.
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
  -DCAIR_FUZZ=ON -DCAIR_BENCH=OFF -DCAIR_TESTS=ON -DCAIR_LINTS_ONLY= >/dev/null
ninja -C build-fuzz -j "$jobs" cair_unit_tests cair_catalogue_tests fuzzers
took "clang build"
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
# The catalogue tests in one gtest shard per core, side by side (each test
# runs in exactly one shard), the unit tests beside them; outputs in order.
shards=() asan_failed=0
for ((i = 0; i < jobs; i++)); do
  GTEST_TOTAL_SHARDS=$jobs GTEST_SHARD_INDEX=$i ./build-fuzz/tests/cair_catalogue_tests --gtest_brief=1 \
    > "build-fuzz/catalogue-shard-$i.log" 2>&1 &
  shards+=($!)
done
./build-fuzz/tests/cair_unit_tests --gtest_brief=1 || asan_failed=1
for i in "${!shards[@]}"; do
  wait "${shards[$i]}" || asan_failed=1
  echo "cair_catalogue_tests, shard $((i + 1))/$jobs:"
  cat "build-fuzz/catalogue-shard-$i.log"
done
((asan_failed == 0))
took "ASan + UBSan tests"
bash fuzz/run.sh build-fuzz "${CAIR_FUZZ_SECONDS:-20}"
took "fuzzing"
echo "all test stages passed"
