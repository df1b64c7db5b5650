#!/usr/bin/env bash
# README command 1: set up, build, and run cair's main job on the bundled
# sample data with the embedded default store (SQLite, build/demo.db):
# scope (lint + scan), open the incident, stop (halt), revoke (CRL import),
# keep informed (every clock) and report (a preliminary report, checked).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
cair=./build/cair
export CAIR_DB=build/demo.db
rm -f "$CAIR_DB" "$CAIR_DB-wal" "$CAIR_DB-shm"
now=2026-11-26T21:00:00Z

echo
echo "== 1. lint every sample object: cair lint --summary samples/*.* =="
$cair lint --summary samples/*.* || true

echo
echo "== 2. scope: cair scan samples/ (per-problem counts, first/last notBefore) =="
$cair scan --only e_subject_placeholder_value --fingerprints build/demo-fingerprints samples/ || true

echo
echo "== 3. open the incident and attach the affected certificates =="
id=$($cair incident open --title 'Example Trust Services: Some-State in stateOrProvinceName' \
       --ca-owner 'Example Trust Services' --aware-at 2026-11-25T09:30:00Z \
       --problem-report-at 2026-11-25T09:30:00Z --source third-party --now 2026-11-25T09:40:00Z)
$cair problem add "$id" --name 'OpenSSL default ST' --reason 13 --lint e_subject_placeholder_value \
  --certs samples/subscribers.pem --sha256-list build/demo-fingerprints/e_subject_placeholder_value.txt \
  --now 2026-11-25T10:00:00Z >/dev/null
$cair update post "$id" --kind problem-report-response --at 2026-11-25T16:00:00Z >/dev/null
echo "incident $id"

echo
echo "== 4. stop: halt the issuing CA =="
$cair halt "$id" --issuer-cert samples/issuing-ca.pem --reason 'ST not validated' --now 2026-11-25T10:05:00Z >/dev/null
$cair halts

echo
echo "== 5. revoke: import the published CRL (reasonCode checked against BR #13) =="
$cair crl import "$id" samples/issuing-ca.crl.pem --issuer-cert samples/issuing-ca.pem

echo
echo "== 6. keep informed: every clock at $now =="
$cair due --now "$now"

echo
echo "== 7. report: the CCADB preliminary report, and its check =="
$cair report "$id" --kind preliminary --now "$now" --out build/demo-preliminary.md
sed -n '1,40p' build/demo-preliminary.md
$cair report check build/demo-preliminary.md --now "$now" || true
echo
echo "== 8. monitor: three versions of a CA's CRL (samples/crl-history); the third drops a revoked, unexpired serial =="
crls=samples/crl-history
$cair monitor crl $crls/crl-1.pem $crls/crl-2.pem --certs $crls/subscribers.pem --issuer-cert $crls/issuing-ca.pem \
  --now 2026-03-05T12:00:00Z
$cair monitor crl $crls/crl-3.pem --certs $crls/subscribers.pem --issuer-cert $crls/issuing-ca.pem \
  --now 2026-03-08T12:00:00Z || echo "(exit $?: an error-level finding)"
mon=$($cair monitor open-incident --title 'Example Trust Services: a revoked certificate dropped from the CRL' \
       --aware-at 2026-03-08T13:00:00Z --now 2026-03-08T13:05:00Z)
echo "incident $mon (crl-ocsp); its preliminary report's Impact:"
$cair report "$mon" --kind preliminary --now 2026-03-09T00:00:00Z | sed -n '/^### Impact/,/^- \*\*Total number of "remaining/p'

echo
echo "(store: $CAIR_DB; report: build/demo-preliminary.md)"
