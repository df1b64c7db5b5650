#!/usr/bin/env bash
# A profile-guided, link-time-optimised build for the benchmarks (issue 15):
#   1. configure BUILD_DIR with -DCAIR_PGO=generate (instrumented, no LTO) and
#      build the benchmark programs;
#   2. train: run `cair scan --jobs 1` (the benchmark's path: every lint,
#      findings kept) and `cair lint` (every lint's result) over a training
#      set that shares no certificate with bench/scan_bench.sh's corpus
#      (leaf, precert and intermediate of ../shared/corpus/real): the repo's
#      samples/ and generated lint cases (testdata/lints), zlint's test
#      certificates and the real roots and CRLs (when ../shared is there);
#   3. reconfigure the same directory with -DCAIR_PGO=use -DCAIR_LTO=ON and
#      rebuild: g++ reads each object's profile from beside it.
# The demo and the tests never use this (scripts/build.sh, scripts/test.sh
# build `build/` without either). Then, e.g.:
#   bench/pgo.sh build-pgo && bench/scan_bench.sh 100000 build-pgo
#   bench/pgo.sh [BUILD_DIR]   (default build-pgo)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-pgo}
shared=${CAIR_SHARED_DIR:-../shared}
targets=(cair cair-full make_corpus cair_bench)
common=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DCAIR_LINTS_ONLY= -DCAIR_TESTS=OFF)

echo "pgo: 1/3 instrumented build in $build"
cmake -S . -B "$build" "${common[@]}" -DCAIR_LTO=OFF -DCAIR_PGO=generate >/dev/null
find "$build" -name '*.gcda' -delete  # profiles of an earlier source would mislead
ninja -C "$build" "${targets[@]}" >/dev/null

echo "pgo: 2/3 training"
training=(samples testdata/lints)
for f in "$shared"/conformance/zlint/testdata "$shared"/corpus/real/root.pem "$shared"/corpus/real/crl.pem; do
  if [ -e "$f" ]; then training+=("$f"); else echo "pgo: $f not found, not trained on"; fi
done
"$build/cair" scan -q -j 1 "${training[@]}" >/dev/null || [ $? -eq 1 ]
find samples testdata/lints -name '*.pem' -print0 | xargs -0 "$build/cair" lint >/dev/null 2>&1 || true
profiles=$(find "$build" -name '*.gcda' | wc -l)
[ "$profiles" -gt 0 ] || { echo "pgo: the training wrote no profile" >&2; exit 1; }
echo "pgo: $profiles object profiles"

echo "pgo: 3/3 optimised build (profiles + LTO)"
cmake -S . -B "$build" "${common[@]}" -DCAIR_LTO=ON -DCAIR_PGO=use >/dev/null
ninja -C "$build" "${targets[@]}" >/dev/null
echo "pgo: done: $build/cair"
