#!/usr/bin/env bash
# Generates testdata/scenarios/<incident>/: the certificates and CRLs of the
# three model incidents of ../shared/spec/requirements.md §6, re-created with
# our own throw-away CA keys (nothing here is a real certificate):
#
#   letsencrypt-nfkc  16 TLS certificates whose SAN holds xn--cafe-yvc (a
#                     non-NFC/NFKC U-label), issued June-July 2017; a CRL of
#                     2017-08-10T23:00Z revoking them all as superseded.
#   pkioverheid-serial 12 certificates with 4-byte serials (< 64 bits of
#                     CSPRNG output, Ballot 164), issued 2017; a CRL of
#                     2017-08-01T10:00Z revoking them, one with a wrong
#                     reasonCode (keyCompromise instead of superseded).
#   securetrust-somestate 5 OV certificates with ST=Some-State, issued
#                     2019; a CRL of 2019-05-11T21:37Z revoking them as
#                     superseded (the problem is BR #13, whose MRSP reasonCode is
#                     privilegeWithdrawn: cair must flag every entry).
#                     (openssl ca cannot write privilegeWithdrawn at all.)
#
# Every file is made by the openssl command line from scratch; rerun to
# rebuild (keys differ each run; the tests read what is committed):
#     tools/make_scenarios.sh [OUTDIR]
set -euo pipefail
out=${1:-testdata/scenarios}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ca NAME SUBJECT NOT_BEFORE NOT_AFTER: a self-signed issuing CA in $work/NAME.
ca() {
  local d=$work/$1
  mkdir -p "$d/new"
  : > "$d/index.txt"
  echo 01 > "$d/crlnumber"
  openssl ecparam -name prime256v1 -genkey -noout -out "$d/ca.key" 2>/dev/null
  cat > "$d/ca.cnf" <<EOF
[ ca ]
default_ca = this
[ this ]
dir = $d
database = $d/index.txt
new_certs_dir = $d/new
certificate = $d/ca.pem
private_key = $d/ca.key
serial = $d/serial
crlnumber = $d/crlnumber
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
email_in_dn = no
[ any ]
countryName = optional
stateOrProvinceName = optional
localityName = optional
organizationName = optional
commonName = supplied
[ req ]
distinguished_name = dn
[ dn ]
[ ca_ext ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ crl_ext ]
authorityKeyIdentifier = keyid
EOF
  openssl req -new -key "$d/ca.key" -subj "$2" -config "$d/ca.cnf" -out "$d/ca.csr" 2>/dev/null
  echo 7F0000000000000001 > "$d/serial"
  openssl ca -batch -selfsign -config "$d/ca.cnf" -extensions ca_ext -in "$d/ca.csr" -keyfile "$d/ca.key" \
    -startdate "$3" -enddate "$4" -out "$d/ca.pem" -notext 2>/dev/null
}

# leaf CA SERIAL SUBJECT SAN NOT_BEFORE NOT_AFTER OUT
leaf() {
  local d=$work/$1
  openssl ecparam -name prime256v1 -genkey -noout -out "$work/leaf.key" 2>/dev/null
  cat > "$work/leaf.cnf" <<EOF
[ req ]
distinguished_name = dn
[ dn ]
[ ext ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = $4
certificatePolicies = ${POLICY:-2.23.140.1.2.2}
authorityKeyIdentifier = keyid
authorityInfoAccess = OCSP;URI:http://ocsp.scenario.example.com,caIssuers;URI:http://ca.scenario.example.com/issuer.crt
EOF
  openssl req -new -key "$work/leaf.key" -subj "$3" -config "$work/leaf.cnf" -out "$work/leaf.csr" 2>/dev/null
  echo "$2" > "$d/serial"
  openssl ca -batch -config "$d/ca.cnf" -extfile "$work/leaf.cnf" -extensions ext -in "$work/leaf.csr" \
    -startdate "$5" -enddate "$6" -out "$work/leaf.pem" -notext 2>/dev/null
  cat "$work/leaf.pem" >> "$7"
}

# crl CA LAST_UPDATE NEXT_UPDATE OUT: after `revoke` calls.
crl() {
  local d=$work/$1
  openssl ca -config "$d/ca.cnf" -gencrl -crlexts crl_ext -crl_lastupdate "$2" -crl_nextupdate "$3" -out "$4" 2>/dev/null
}

# revoke CA CERT_PEM REASON REVOKED_AT(YYMMDDHHMMSSZ): edits the CA database
# the way `openssl ca -revoke` does, with the revocation time we want.
revoke() {
  local d=$work/$1
  local serial
  serial=$(openssl x509 -in "$2" -noout -serial | cut -d= -f2)
  awk -F'\t' -v OFS='\t' -v s="$serial" -v t="$4,$3" '$4 == s { $1 = "R"; $3 = t } { print }' "$d/index.txt" > "$d/index.new"
  mv "$d/index.new" "$d/index.txt"
}

split_pem() {  # BUNDLE DIR: one file per certificate, for revoke
  awk -v dir="$2" '/BEGIN CERT/ { n++ } { print > (dir "/" n ".pem") }' "$1"
}

rm -rf "$out"
mkdir -p "$out"

# ---- 6.1 Let's Encrypt, August 2017 ----
s=$out/letsencrypt-nfkc
mkdir -p "$s"
ca le "/C=US/O=Scenario Encrypt/CN=Scenario Encrypt Authority X3" 160317000000Z 210317000000Z
cp "$work/le/ca.pem" "$s/issuer.pem"
for i in $(seq 1 16); do
  day=$(printf %02d "$i")
  POLICY=2.23.140.1.2.1 leaf le "$(printf '0A1B2C3D4E5F60718293A4B5C6D7E8%02X' "$i")" "/CN=xn--cafe-yvc.site$i.example.com" \
    "DNS:xn--cafe-yvc.site$i.example.com, DNS:www.site$i.example.com" "1707${day}120000Z" "1710${day}120000Z" "$s/affected.pem"
done
mkdir -p "$work/le-split"
split_pem "$s/affected.pem" "$work/le-split"
for f in "$work"/le-split/*.pem; do revoke le "$f" superseded 170810230000Z; done
crl le 170810230000Z 170817230000Z "$s/revocations.crl.pem"

# ---- 6.2 PKIoverheid, July-August 2017 ----
s=$out/pkioverheid-serial
mkdir -p "$s"
ca pko "/C=NL/O=Scenario Staat/CN=Scenario Overheid TSP CA" 160101000000Z 260101000000Z
cp "$work/pko/ca.pem" "$s/issuer.pem"
for i in $(seq 1 12); do
  month=$(printf %02d "$(( (i - 1) % 6 + 1 ))")
  leaf pko "$(printf '1A2B3C%02X' "$((0x30 + i))")" "/C=NL/L=Den Haag/O=Gemeente $i/CN=portal$i.example.nl" \
    "DNS:portal$i.example.nl" "1701${month}090000Z" "1901${month}090000Z" "$s/affected.pem"
done
mkdir -p "$work/pko-split"
split_pem "$s/affected.pem" "$work/pko-split"
for f in "$work"/pko-split/*.pem; do
  reason=superseded
  [ "$(basename "$f")" = 3.pem ] && reason=keyCompromise
  revoke pko "$f" "$reason" 170801090000Z
done
crl pko 170801100000Z 170808100000Z "$s/revocations.crl.pem"

# ---- 6.3 SecureTrust, May 2019 ----
s=$out/securetrust-somestate
mkdir -p "$s"
ca st "/C=US/O=Scenario Trust/CN=Scenario Trust OV CA" 180101000000Z 280101000000Z
cp "$work/st/ca.pem" "$s/issuer.pem"
for i in $(seq 1 5); do
  leaf st "$(printf '5C3E7A1B9D2F4E6A8B0C1D2E3F40%04X' "$i")" \
    "/C=US/ST=Some-State/L=Chicago/O=Customer $i LLC/CN=shop$i.example.com" "DNS:shop$i.example.com" \
    "19030${i}150000Z" "20030${i}150000Z" "$s/affected.pem"
done
mkdir -p "$work/st-split"
split_pem "$s/affected.pem" "$work/st-split"
for f in "$work"/st-split/*.pem; do revoke st "$f" superseded 190511213700Z; done
crl st 190511213700Z 190518213700Z "$s/revocations.crl.pem"

for d in "$out"/*/; do
  printf '%s: %s certificates\n' "$d" "$(grep -c 'BEGIN CERT' "$d/affected.pem")"
done
