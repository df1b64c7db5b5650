#!/usr/bin/env bash
# Load test of `cair serve`'s pre-issuance gate on loopback (issue 7's target:
# >= 5,000 requests/s with p99 < 5 ms and zero errors on 2 cores).
#
#   bench/gate_load.sh [CAIR_BINARY] [SECONDS] [CONNECTIONS]
#
# Defaults: build/cair, 10 s, 4 connections. Build cair in Release with every
# lint first (scripts/test.sh does, into build/). Inputs: samples/good.tbs.der
# and the TBSCertificate of every certificate in ../shared/corpus/real (cut
# out of the signed certificate, not re-encoded). Runs a /healthz baseline,
# then /v1/gate, in the same server, with the same client (bench/gate_load.cc,
# built here), and prints one JSON line each. The client shares the machine's
# cores with the server.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cair=${1:-build/cair}
seconds=${2:-10}
conns=${3:-4}
[ -x "$cair" ] || { echo "gate_load: $cair is not built (cmake --build build --target cair)" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill -TERM "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

# shellcheck disable=SC2046
g++ -std=c++20 -O2 -o "$work/gate_load" bench/gate_load.cc $(pkg-config --cflags --libs cpp-httplib) -pthread

# TBS inputs: the first element of each certificate's outer SEQUENCE.
cp samples/good.tbs.der "$work/0.tbs.der"
python3 - "$work" "$root/../shared/corpus/real" <<'EOF'
import base64, glob, os, re, sys
out, corpus = sys.argv[1], sys.argv[2]
def element(der, i):  # (start of value, end of element) of the TLV at i
    n = der[i + 1]
    if n < 0x80:
        return i + 2, i + 2 + n
    k = n & 0x7f
    length = int.from_bytes(der[i + 2:i + 2 + k], 'big')
    return i + 2 + k, i + 2 + k + length
count = 0
for path in sorted(glob.glob(os.path.join(corpus, '*.pem'))):
    text = open(path).read()
    for block in re.findall(r'-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----', text, re.S):
        der = base64.b64decode(''.join(block.split()))
        inner, _ = element(der, 0)
        _, end = element(der, inner)
        count += 1
        open(os.path.join(out, '%d.tbs.der' % count), 'wb').write(der[inner:end])
print('gate_load: %d TBSCertificate(s) from %s, plus samples/good.tbs.der' % (count, corpus), file=sys.stderr)
EOF

# shellcheck source=bench/serve_util.sh
. bench/serve_util.sh
start_cair_serve gate_load "$cair" "$work"

echo "cpu: $(nproc) cores; server: $cair serve (pid $server); client: $conns keep-alive connections, ${seconds}s each"
# A short warm-up, then the baseline and the gate.
"$work/gate_load" --port "$port" --get --path /healthz --seconds 1 --connections "$conns" >/dev/null || true
"$work/gate_load" --port "$port" --get --path /healthz --seconds "$seconds" --connections "$conns" || true
"$work/gate_load" --port "$port" --path "/v1/gate?profile=ov-tls" --seconds "$seconds" --connections "$conns" \
  "$work"/*.tbs.der || true
echo "access log: $(wc -l <"$work/access.log") lines; gate metrics:"
curl -s "http://127.0.0.1:$port/metrics" | grep -E '^cair_gate_decisions_total|route="/v1/gate",le="0.005"|route="/v1/gate",le="\+Inf"' || true
kill -TERM "$server"
wait "$server" || true
