#!/usr/bin/env bash
# Regenerates samples/: a tiny PKI made with the openssl command line, with a
# few deliberate defects of the kinds behind real incidents. Nothing in
# samples/ is hand-edited; run this script to rebuild it.
#   bash tools/make_samples.sh [OUTDIR]
set -euo pipefail
out=${1:-samples}
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
email_in_dn=no
crlnumber=crlnumber
default_crl_days=7
crl_extensions=crl_ext
[pol]
countryName=optional
stateOrProvinceName=optional
organizationName=optional
commonName=optional
[crl_ext]
authorityKeyIdentifier=keyid
X
: > index.txt
echo 01 > crlnumber

# sign CSR CA_CERT CA_KEY SERIAL START END EXTFILE OUT [-selfsign]
sign() {
  echo "${4#0x}" > serial
  openssl ca -batch -config ca.cnf -in "$1" -cert "$2" -keyfile "$3" -startdate "$5" -enddate "$6" \
    -extfile "$7" -preserveDN -notext -out "$8" "${@:9}" 2>/dev/null
}

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }
rsakey() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }

# Root CA (self-signed, RSA).
rsakey root.key
openssl req -new -key root.key -subj "/C=US/O=Example Trust Services/CN=Example Root CA R1" -out root.csr
printf 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n' > root.ext
sign root.csr root.csr root.key 5A17C0FFEE01 20250101000000Z 20450101000000Z root.ext root.pem -selfsign

# Issuing CA (ECDSA P-256).
key ica.key
openssl req -new -key ica.key -subj "/C=US/O=Example Trust Services/CN=Example TLS Issuing CA 1" -out ica.csr
cat > ica.ext <<'X'
basicConstraints=critical,CA:TRUE,pathlen:0
keyUsage=critical,digitalSignature,keyCertSign,cRLSign
extendedKeyUsage=serverAuth
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
certificatePolicies=2.23.140.1.2.1
crlDistributionPoints=URI:http://crl.example-trust.test/root.crl
authorityInfoAccess=caIssuers;URI:http://repo.example-trust.test/root.crt
X
sign ica.csr root.pem root.key 2C0FFEE0000001 20250201000000Z 20350201000000Z ica.ext ica.pem

leaf() {  # name serial subject san extra-ext-lines
  local name=$1 serial=$2 subj=$3 san=$4 extra=${5:-}
  key "$name.key"
  openssl req -new -key "$name.key" -subj "$subj" -out "$name.csr"
  {
    echo "basicConstraints=critical,CA:FALSE"
    echo "keyUsage=critical,digitalSignature"
    echo "extendedKeyUsage=serverAuth"
    echo "subjectAltName=$san"
    echo "authorityKeyIdentifier=keyid"
    echo "certificatePolicies=2.23.140.1.2.1"
    echo "authorityInfoAccess=caIssuers;URI:http://repo.example-trust.test/ica1.crt"
    echo "crlDistributionPoints=URI:http://crl.example-trust.test/ica1.crl"
    [ -n "$extra" ] && printf '%s\n' "$extra"
  } > "$name.ext"
  sign "$name.csr" ica.pem ica.key "$serial" 20260301000000Z 20260530000000Z "$name.ext" "$name.pem"
}

# A good subscriber certificate.
leaf good 7A3F9C2E41D85B06E1F4A9C3 "/CN=www.example.com" "DNS:www.example.com,DNS:example.com"
# The OpenSSL-default placeholder subject (model incident 1: placeholder values).
leaf placeholder 5D0C8E3B9F2A71C4E68B0D15 "/C=AU/ST=Some-State/O=Internet Widgits Pty Ltd/CN=shop.example.net" "DNS:shop.example.net"
# A DNS name with an empty label and an underscore (RFC 5280 / BR hostname rules).
leaf badname 19E2C7A5D3B80F4A6C21E9D7 "/CN=bad..example.org" "DNS:bad..example.org,DNS:under_score.example.org"
# A short, sequential-looking serial (less than 64 bits of entropy).
leaf shortserial 1001 "/CN=api.example.com" "DNS:api.example.com"
# A precertificate: CT poison extension.
leaf precert 4B8E2D9A0C3F7156E2A8D4B9 "/CN=ct.example.com" "DNS:ct.example.com" \
  "1.3.6.1.4.1.11129.2.4.3=critical,DER:05:00"

# The final certificate for that precertificate: the same TBSCertificate with
# the poison replaced by an SCT list (RFC 6962 3.1). The SCT is structurally
# valid (v1, 32-byte log ID, timestamp, ECDSA-SHA256) but its signature is
# not a log's: samples must not pretend to be logged.
sct=$(python3 - <<'PY'
import struct
sig = bytes(range(70))
sct = bytes([0]) + bytes(range(32)) + struct.pack(">Q", 1772323200000) + struct.pack(">H", 0) + bytes([4, 3]) + struct.pack(">H", len(sig)) + sig
lst = struct.pack(">H", len(sct)) + sct
body = struct.pack(">H", len(lst)) + lst
der = bytes([0x04, len(body)]) + body
print(":".join("%02X" % b for b in der))
PY
)
grep -v 11129.2.4.3 precert.ext > final.ext
echo "1.3.6.1.4.1.11129.2.4.2=DER:$sct" >> final.ext
: > index.txt
sign precert.csr ica.pem ica.key 4B8E2D9A0C3F7156E2A8D4B9 20260301000000Z 20260530000000Z final.ext final.pem

# A CRL from the issuing CA revoking the placeholder certificate (keyCompromise is
# not the right reason for it; the right one is superseded/unspecified per MRSP 6.1.1).
printf 'R\t20260530000000Z\t260310120000Z,superseded\t5D0C8E3B9F2A71C4E68B0D15\tunknown\t/CN=shop.example.net\n' > index.txt
openssl ca -config ca.cnf -gencrl -keyfile ica.key -cert ica.pem -out ica.crl 2>/dev/null

# An unsigned TBSCertificate (what a CA lints before signing).
openssl asn1parse -in good.pem -strparse 4 -noout -out good.tbs.der >/dev/null

cd - >/dev/null
cp "$work/root.pem" "$out/root-ca.pem"
cp "$work/ica.pem" "$out/issuing-ca.pem"
cat "$work/good.pem" "$work/placeholder.pem" "$work/badname.pem" "$work/shortserial.pem" > "$out/subscribers.pem"
cp "$work/precert.pem" "$out/precert.pem"
cp "$work/final.pem" "$out/precert-final.pem"
cp "$work/ica.crl" "$out/issuing-ca.crl.pem"
cp "$work/good.tbs.der" "$out/good.tbs.der"
echo "samples written to $out/"
