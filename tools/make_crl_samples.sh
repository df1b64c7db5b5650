#!/usr/bin/env bash
# Regenerates samples/crl-history/: a small issuing CA, three subscriber
# certificates and three weekly-ish versions of its CRL, made with `openssl ca`,
# in which one revoked, unexpired certificate silently drops off the CRL (an
# un-revocation, BR 4.10.1) for `cair monitor crl` to catch (scripts/demo.sh).
# Nothing in samples/crl-history/ is hand-edited; run this script to rebuild it.
#   bash tools/make_crl_samples.sh [OUTDIR]
set -euo pipefail
out=$(realpath -m "${1:-samples/crl-history}")
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

cat > ca.cnf <<'X'
[ca]
default_ca=ca
[ca]
database=index.txt
new_certs_dir=.
serial=serial
default_md=sha256
policy=pol
unique_subject=no
crlnumber=crlnumber
[pol]
commonName=optional
organizationName=optional
countryName=optional
[crl_ext]
authorityKeyIdentifier=keyid
X
: > index.txt
echo 01 > crlnumber
key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }

# Root and issuing CA.
key root.key
openssl req -x509 -new -key root.key -subj "/C=US/O=Example Trust Services/CN=Example Root CA R2" -days 7300 \
  -addext 'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=critical,keyCertSign,cRLSign' -out root.pem
key ica.key
openssl req -new -key ica.key -subj "/C=US/O=Example Trust Services/CN=Example TLS Issuing CA 2" -out ica.csr
printf 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,digitalSignature,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n' > ica.ext
echo 2C0FFEE0000002 > serial
openssl ca -batch -config ca.cnf -in ica.csr -cert root.pem -keyfile root.key -startdate 20260101000000Z \
  -enddate 20360101000000Z -extfile ica.ext -preserveDN -notext -out ica.pem 2>/dev/null

# Three subscriber certificates, valid through 2026.
printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nauthorityKeyIdentifier=keyid\n' > leaf.ext
: > leaves.pem
for s in 1001 1002 1003; do
  key "leaf$s.key"
  openssl req -new -key "leaf$s.key" -subj "/CN=www$s.example.com" -out "leaf$s.csr"
  echo "$s" > serial
  openssl ca -batch -config ca.cnf -in "leaf$s.csr" -cert ica.pem -keyfile ica.key -startdate 20260101000000Z \
    -enddate 20261231235959Z -extfile leaf.ext -preserveDN -notext -out "leaf$s.pem" 2>/dev/null
  cat "leaf$s.pem" >> leaves.pem
done

# index.txt rows as `openssl ca -revoke` writes them, with fixed times; then
# one CRL per state: thisUpdate, nextUpdate 7 days later.
row() { printf 'R\t261231235959Z\t%s\t%s\tunknown\t/CN=www%s.example.com\n' "$2" "$1" "$1"; }
gencrl() {  # THIS_UPDATE OUT
  local next
  next=$(date -u -d "@$(( $(date -u -d "$(echo "$1" | sed -E 's/(....)(..)(..)(..)(..)(..)Z/\1-\2-\3 \4:\5:\6/')" +%s) + 7 * 86400 ))" +%Y%m%d%H%M%SZ)
  openssl ca -batch -config ca.cnf -cert ica.pem -keyfile ica.key -gencrl -crlexts crl_ext \
    -crl_lastupdate "$1" -crl_nextupdate "$next" -out "$2" 2>/dev/null
}
{ row 1001 260301090000Z,keyCompromise; row 1002 260301093000Z,superseded; } > index.txt
gencrl 20260302000000Z crl-1.pem
{ row 1001 260301090000Z,keyCompromise; row 1002 260301093000Z,superseded; row 1003 260304120000Z,cessationOfOperation; } > index.txt
gencrl 20260305000000Z crl-2.pem
# The defect: 1002 (superseded, valid until 2026-12-31) is gone from version 3.
{ row 1001 260301090000Z,keyCompromise; row 1003 260304120000Z,cessationOfOperation; } > index.txt
gencrl 20260308000000Z crl-3.pem

cp root.pem "$out/root-ca.pem"
cp ica.pem "$out/issuing-ca.pem"
cp leaves.pem "$out/subscribers.pem"
cp crl-1.pem crl-2.pem crl-3.pem "$out/"
echo "wrote $out: root-ca.pem issuing-ca.pem subscribers.pem crl-1.pem crl-2.pem crl-3.pem"
