#!/usr/bin/env bash
# Runs every fuzzer for a bounded time on a seed corpus made from the bundled
# samples (and zlint's test vectors when ../shared is present).
#   fuzz/run.sh BUILD_DIR SECONDS_PER_FUZZER
# The fuzzers run CAIR_FUZZ_JOBS at a time (default: one per core), each for
# the full SECONDS_PER_FUZZER of its own core; their reports print in order.
set -euo pipefail
build=${1:-build-fuzz}
secs=${2:-20}
jobs=${CAIR_FUZZ_JOBS:-$(nproc)}
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
mkdir -p "$seeds/cert" "$seeds/crl" "$seeds/pem"
cp samples/*.pem "$seeds/pem/"
i=0
for f in samples/*.pem ../shared/conformance/zlint/testdata/*.pem; do
  [ -f "$f" ] || continue
  i=$((i + 1))
  [ $i -le 400 ] || break
  openssl x509 -in "$f" -outform der -out "$seeds/cert/$i.der" 2>/dev/null ||
    openssl crl -in "$f" -outform der -out "$seeds/crl/$i.der" 2>/dev/null || true
done
cp samples/good.tbs.der "$seeds/cert/"
cp ../shared/conformance/zlint/testdata/*.der "$seeds/cert/" 2>/dev/null || true  # OCSP responses
fuzz_one() {
  local t=$1 dir work
  case $t in
    pem) dir=$seeds/pem ;;
    crl) dir=$seeds/crl ;;
    *) dir=$seeds/cert ;;
  esac
  work=$(mktemp -d)
  cp "$dir"/* "$work/" 2>/dev/null || true
  [ "$t" = lint ] && cp "$seeds"/crl/* "$work/" 2>/dev/null || true
  echo "fuzzing $t for ${secs}s ($(ls "$work" | wc -l) seeds)"
  if ! "$build/fuzz/${t}_fuzzer" -seed=1 -max_total_time="$secs" -max_len=65536 -print_final_stats=0 \
      -artifact_prefix="$build/fuzz/${t}-" "$work" > "$build/fuzz/${t}.log" 2>&1; then
    tail -n 40 "$build/fuzz/${t}.log"
    echo "fuzzer $t found a failure; reproducer saved as $build/fuzz/${t}-*" >&2
    rm -rf "$work"
    return 1
  fi
  grep -E "^#[0-9]+.*DONE" "$build/fuzz/${t}.log" | tail -n 1 | sed "s/^/  /" || true
  rm -rf "$work"
}
# Oldest first: wait for it, print what it said, stop at the first failure.
running=() failed=0
finish_oldest() {
  local t=${running[0]%%:*} pid=${running[0]#*:}
  running=("${running[@]:1}")
  wait "$pid" || failed=1
  cat "$seeds/$t.out"
}
for t in der certificate crl ocsp pem lint; do
  fuzz_one "$t" > "$seeds/$t.out" 2>&1 &
  running+=("$t:$!")
  while ((${#running[@]} >= jobs)); do finish_oldest; done
  ((failed == 0)) || break
done
while ((${#running[@]})); do finish_oldest; done
((failed == 0)) || exit 1
