#!/usr/bin/env python3
"""Generates testdata/lints/<lint>/<case>.pem: test certificates for cair's
own lints (those zlint does not have).

Every certificate is made here from scratch: keys and certificates by the
openssl command line, and, for DER-level defects that openssl will not write,
by re-encoding the TBSCertificate with the small DER tree editor below and
re-signing it with `openssl dgst`. Nothing under testdata/lints is edited by
hand; rerun this script to rebuild it:

    python3 tools/make_lint_cases.py [OUTDIR]

Each file starts with `# key: value` lines (lint, case, expect, why) that the
test driver (tests/lint_cases_test.cc) and the docs generator read.
"""
import os
import shutil
import subprocess
import sys
import tempfile

OUT = sys.argv[1] if len(sys.argv) > 1 else "testdata/lints"
WORK = tempfile.mkdtemp()


def run(*args, inp=None):
    return subprocess.run(args, cwd=WORK, input=inp, check=True, capture_output=True).stdout


# ---------------------------------------------------------------- DER editing
class Node:
    """One TLV. `long_len` forces a long-form length (a DER defect)."""

    def __init__(self, tag, value=None, children=None):
        self.tag = tag            # identifier octets (bytes)
        self.value = value        # primitive contents
        self.children = children  # constructed contents
        self.long_len = False

    def encode(self):
        body = b"".join(c.encode() for c in self.children) if self.children is not None else self.value
        n = len(body)
        if n < 0x80 and not self.long_len:
            length = bytes([n])
        else:
            nb = n.to_bytes(max(1, (n.bit_length() + 7) // 8), "big")
            length = bytes([0x80 | len(nb)]) + nb
        return self.tag + length + body


def parse(data):
    nodes, i = [], 0
    while i < len(data):
        tag = data[i:i + 1]
        i += 1
        first = data[i]
        i += 1
        if first < 0x80:
            n = first
        else:
            k = first & 0x7F
            n = int.from_bytes(data[i:i + k], "big")
            i += k
        body = data[i:i + n]
        i += n
        if tag[0] & 0x20:
            nodes.append(Node(tag, children=parse(body)))
        else:
            nodes.append(Node(tag, value=body))
    return nodes


def oid_bytes(dotted):
    parts = [int(p) for p in dotted.split(".")]
    arcs = [parts[0] * 40 + parts[1]] + parts[2:]
    out = b""
    for a in arcs:
        chunk = [a & 0x7F]
        a >>= 7
        while a:
            chunk.append(0x80 | (a & 0x7F))
            a >>= 7
        out += bytes(reversed(chunk))
    return out


def tbs_fields(tbs):
    """Returns the TBSCertificate's children by name."""
    kids = tbs.children
    off = 1 if kids[0].tag == b"\xa0" else 0
    names = ["serial", "signature", "issuer", "validity", "subject", "spki"]
    fields = {n: kids[off + k] for k, n in enumerate(names)}
    for k in kids[off + 6:]:
        if k.tag == b"\xa3":
            fields["extensions"] = k.children[0]
    return fields


def find_attr(name_node, oid):
    for rdn in name_node.children:
        for atv in rdn.children:
            if atv.children[0].value == oid_bytes(oid):
                return rdn, atv
    raise KeyError(oid)


def find_ext(exts, oid):
    for e in exts.children:
        if e.children[0].value == oid_bytes(oid):
            return e
    raise KeyError(oid)


# ------------------------------------------------------------ certificates
def setup_ca():
    run("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "ca.key")
    with open(os.path.join(WORK, "ca.cnf"), "w") as f:
        f.write("[req]\ndistinguished_name=dn\n[dn]\n[v3]\nbasicConstraints=critical,CA:TRUE\n"
                "keyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n")
    run("openssl", "req", "-x509", "-new", "-key", "ca.key", "-config", "ca.cnf", "-extensions", "v3",
        "-subj", "/C=US/O=cair test CA/CN=cair Test Issuing CA", "-days", "3650", "-out", "ca.pem")


def make_leaf(subject, serial="0x5c7e2b9d41a08f36e9d27c41", san="DNS:www.example.com", days=90,
              extra_ext="", utf8=True):
    """A TLS subscriber certificate issued by the test CA; returns DER."""
    run("openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", "leaf.key")
    args = ["openssl", "req", "-new", "-key", "leaf.key", "-subj", subject, "-out", "leaf.csr"]
    if utf8:
        args.insert(3, "-utf8")
    run(*args)
    with open(os.path.join(WORK, "leaf.ext"), "w") as f:
        f.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                "extendedKeyUsage=serverAuth\nsubjectAltName=%s\nauthorityKeyIdentifier=keyid\n"
                "certificatePolicies=2.23.140.1.2.2\n%s" % (san, extra_ext))
    run("openssl", "x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial",
        serial, "-days", str(days), "-sha256", "-extfile", "leaf.ext", "-outform", "der", "-out", "leaf.der")
    with open(os.path.join(WORK, "leaf.der"), "rb") as f:
        return f.read()


def resign(cert_der, mutate):
    """Applies `mutate(tbs_node)` to the certificate's TBS and signs it again."""
    cert = parse(cert_der)[0]
    tbs, alg = cert.children[0], cert.children[1]
    mutate(tbs)
    tbs_der = tbs.encode()
    with open(os.path.join(WORK, "tbs.der"), "wb") as f:
        f.write(tbs_der)
    sig = run("openssl", "dgst", "-sha256", "-sign", "ca.key", "tbs.der")
    out = Node(b"\x30", children=[tbs, alg, Node(b"\x03", value=b"\x00" + sig)])
    return out.encode()


def pem(der):
    return subprocess.run(["openssl", "x509", "-inform", "der"], input=der, check=True,
                          capture_output=True).stdout.decode()


def write(lint, case, expect, why, der):
    d = os.path.join(OUT, lint)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, case + ".pem"), "w") as f:
        f.write("# lint: %s\n# case: %s\n# expect: %s\n# why: %s\n# made by: tools/make_lint_cases.py\n"
                % (lint, case, expect, why))
        f.write(pem(der))


# ------------------------------------------------------------------ cases
def cases():
    good = make_leaf("/C=US/ST=California/L=San Francisco/O=Example Inc./CN=www.example.com")

    lint = "e_subject_placeholder_value"
    write(lint, "pass_real_values", "pass", "Every subject value is real, validated data.", good)
    write(lint, "fail_openssl_some_state", "error",
          "stateOrProvinceName is OpenSSL's default \"Some-State\" (SecureTrust, bug 1551374).",
          make_leaf("/C=AU/ST=Some-State/O=Example Pty Ltd/CN=www.example.com"))
    write(lint, "fail_openssl_widgits", "error",
          "organizationName is OpenSSL's default \"Internet Widgits Pty Ltd\".",
          make_leaf("/C=US/ST=Texas/O=Internet Widgits Pty Ltd/CN=www.example.com"))
    write(lint, "fail_default_city", "error",
          "localityName is the \"Default City\" of Red Hat's openssl.cnf.",
          make_leaf("/C=US/ST=Texas/L=Default City/O=Example Inc./CN=www.example.com"))
    write(lint, "fail_country_xx", "error", "countryName XX is OpenSSL's placeholder, not an ISO 3166 code.",
          make_leaf("/C=XX/O=Example Inc./CN=www.example.com", utf8=False))
    write(lint, "fail_metadata_only_dash", "error",
          "localityName holds only \"-\": metadata saying the value is absent (BR 7.1.2.7.4).",
          make_leaf("/C=US/ST=Texas/L=-/O=Example Inc./CN=www.example.com"))
    write(lint, "fail_not_applicable", "error", "organizationalUnitName is \"N/A\".",
          make_leaf("/C=US/ST=Texas/O=Example Inc./OU=N\\/A/CN=www.example.com"))

    lint = "w_subject_value_contains_dn_syntax"
    write(lint, "pass_plain_values", "pass", "No subject value contains name syntax.", good)
    write(lint, "pass_comma_in_organization", "pass",
          "A comma inside an organization name is ordinary punctuation, not an embedded attribute.",
          make_leaf("/C=US/ST=Texas/O=Example, Inc./CN=www.example.com"))
    write(lint, "fail_embedded_country", "warn",
          "stateOrProvinceName \"Tokyo, C=JP\" carries a second attribute inside the value (SECOM, bug 2004654).",
          make_leaf("/C=JP/ST=Tokyo, C=JP/O=Example K.K./CN=www.example.com"))
    write(lint, "fail_embedded_slash_form", "warn",
          "organizationName contains an OpenSSL slash-form fragment \"/OU=\".",
          make_leaf("/C=US/ST=Texas/O=Example Inc.\\/OU=Web/CN=www.example.com"))

    lint = "w_serial_number_low_entropy"
    write(lint, "pass_96_bit_serial", "pass", "A 12-byte random serial.", good)
    write(lint, "fail_4_byte_serial", "warn",
          "A 4-byte serial cannot hold 64 bits of CSPRNG output (BR 7.1, Ballot 164; PKIoverheid 2017).",
          make_leaf("/C=US/O=Example Inc./CN=www.example.com", serial="0x1A2B3C4D"))
    write(lint, "fail_sequential_looking", "warn", "Serial 0x1001, a counter value.",
          make_leaf("/C=US/O=Example Inc./CN=www.example.com", serial="0x1001"))

    lint = "e_der_length_not_minimal"
    write(lint, "pass_openssl_output", "pass", "OpenSSL writes minimal lengths.", good)

    def long_cn(tbs):
        _, atv = find_attr(tbs_fields(tbs)["subject"], "2.5.4.3")
        atv.children[1].long_len = True
    write(lint, "fail_long_form_cn_length", "error",
          "The subject commonName's length is written in long form (81 0F) where short form fits (X.690 10.1).",
          resign(good, long_cn))

    lint = "e_der_boolean_not_canonical"
    write(lint, "pass_openssl_output", "pass", "critical is encoded as FF.", good)

    def bool_01(tbs):
        ext = find_ext(tbs_fields(tbs)["extensions"], "2.5.29.19")
        ext.children[1].value = b"\x01"
    write(lint, "fail_critical_true_as_01", "error",
          "basicConstraints' critical BOOLEAN is 01, not FF (X.690 11.1).", resign(good, bool_01))

    lint = "e_der_default_value_encoded"
    write(lint, "pass_openssl_output", "pass", "No DEFAULT value is encoded.", good)

    def crit_false(tbs):
        ext = find_ext(tbs_fields(tbs)["extensions"], "2.5.29.35")
        ext.children.insert(1, Node(b"\x01", value=b"\x00"))
    write(lint, "fail_critical_false_encoded", "error",
          "authorityKeyIdentifier encodes critical FALSE, its DEFAULT (X.690 11.5).", resign(good, crit_false))

    def ca_false(tbs):
        ext = find_ext(tbs_fields(tbs)["extensions"], "2.5.29.19")
        inner = parse(ext.children[-1].value)[0]
        inner.children = [Node(b"\x01", value=b"\x00")]
        ext.children[-1].value = inner.encode()
    write(lint, "fail_basic_constraints_ca_false_encoded", "error",
          "basicConstraints encodes cA FALSE, its DEFAULT (X.690 11.5).", resign(good, ca_false))

    lint = "e_der_set_of_not_sorted"
    write(lint, "pass_single_valued_rdns", "pass", "Every RDN holds one attribute.", good)
    multi = make_leaf("/C=US/O=Example Inc./OU=Web+CN=www.example.com", utf8=False)
    write(lint, "pass_sorted_multi_valued_rdn", "pass",
          "A multi-valued RDN (OU + CN) whose members are in DER SET OF order.",
          resign(multi, lambda tbs: [rdn.children.sort(key=lambda n: n.encode())
                                     for rdn in tbs_fields(tbs)["subject"].children]))

    def unsort(tbs):
        for rdn in tbs_fields(tbs)["subject"].children:
            if len(rdn.children) > 1:
                rdn.children.sort(key=lambda n: n.encode(), reverse=True)
    write(lint, "fail_unsorted_multi_valued_rdn", "error",
          "A multi-valued RDN whose members are not in ascending encoding order (X.690 11.6).",
          resign(multi, unsort))

    lint = "e_international_dns_name_not_nfkc"

    def issued_2017(tbs):
        validity = tbs_fields(tbs)["validity"]
        validity.children = [Node(b"\x17", value=b"170801120000Z"), Node(b"\x17", value=b"171030120000Z")]
    write(lint, "pass_nfkc_label", "pass",
          "xn--caf-dma decodes to \"caf\u00e9\" with a precomposed e-acute: NFKC-stable (req \u00a76.1 vectors).",
          resign(make_leaf("/CN=xn--caf-dma.example.com", san="DNS:xn--caf-dma.example.com"), issued_2017))
    write(lint, "fail_combining_accent", "error",
          "xn--cafe-yvc decodes to \"cafe\" + U+0301: neither NFC nor NFKC; issued 2017 under IDNA2003 "
          "(Let's Encrypt, August 2017).",
          resign(make_leaf("/CN=xn--cafe-yvc.example.com", san="DNS:xn--cafe-yvc.example.com"), issued_2017))
    write(lint, "fail_fullwidth_letter", "error",
          "xn--xample-hy68a decodes to a fullwidth U+FF45 + \"xample\": NFC but not NFKC, so only the "
          "IDNA2003 rule catches it.",
          resign(make_leaf("/CN=xn--xample-hy68a.com", san="DNS:xn--xample-hy68a.com"), issued_2017))
    write(lint, "ne_after_sc083", "NE",
          "Issued after Ballot SC083 (2025-02-24): P-Labels need no longer conform to IDNA2003.",
          make_leaf("/CN=xn--xample-hy68a.com", san="DNS:xn--xample-hy68a.com"))


# ------------------------------------------------------------ key cases
def is_probable_prime(n, rounds=30):
    """Miller-Rabin with random bases."""
    import random
    if n < 4:
        return n in (2, 3)
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for _ in range(rounds):
        x = pow(random.randrange(2, n - 1), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def roca_prime(bits, m_primes):
    """A prime as Infineon RSALib made them (Nemec et al., CCS 2017, 2.1):
    k*M + (65537^a mod M), M the product of the first `m_primes` primes."""
    import random
    m, p, count = 1, 2, 0
    while count < m_primes:
        if all(p % q for q in range(2, int(p ** 0.5) + 1)):
            m, count = m * p, count + 1
        p += 1
    k_bits = bits - m.bit_length()
    while True:
        cand = (random.getrandbits(k_bits) | (1 << (k_bits - 1))) * m + pow(65537, random.getrandbits(64), m)
        if is_probable_prime(cand):
            return cand


def with_rsa_modulus(cert_der, n):
    """The certificate with its subject key replaced by rsaEncryption {n, 65537}, re-signed."""
    def der_int(v):
        b = v.to_bytes((v.bit_length() + 8) // 8, "big")
        return Node(b"\x02", value=b)
    rsa_key = Node(b"\x30", children=[der_int(n), der_int(65537)]).encode()
    alg = Node(b"\x30", children=[Node(b"\x06", value=oid_bytes("1.2.840.113549.1.1.1")), Node(b"\x05", value=b"")])
    spki = Node(b"\x30", children=[alg, Node(b"\x03", value=b"\x00" + rsa_key)])

    def mutate(tbs):
        kids = tbs.children
        off = 1 if kids[0].tag == b"\xa0" else 0
        kids[off + 5] = spki
    return resign(cert_der, mutate)


def key_cases(good):
    lint = "e_rsa_roca_vulnerable_key"
    run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "rsa.key")
    run("openssl", "pkey", "-in", "rsa.key", "-pubout", "-outform", "der", "-out", "rsa.pub")
    text = run("openssl", "pkey", "-in", "rsa.key", "-noout", "-text").decode()
    hexdigits = "".join(text.split("modulus:")[1].split("publicExponent")[0].split()).replace(":", "")
    write(lint, "pass_openssl_rsa_2048", "pass", "An RSA-2048 modulus OpenSSL generated.",
          with_rsa_modulus(good, int(hexdigits, 16)))
    write(lint, "fail_rsalib_structure_2048", "error",
          "Both primes are k*M + (65537^a mod M), M the product of the first 126 primes, as Infineon "
          "RSALib made 2048-bit keys (CVE-2017-15361).",
          with_rsa_modulus(good, roca_prime(1024, 126) * roca_prime(1024, 126)))


def main():
    if os.path.isdir(OUT):
        for d in os.listdir(OUT):
            path = os.path.join(OUT, d)
            if os.path.isdir(path) and any(f.endswith(".pem") for f in os.listdir(path)):
                shutil.rmtree(path)
    setup_ca()
    cases()
    key_cases(make_leaf("/C=US/ST=California/L=San Francisco/O=Example Inc./CN=www.example.com"))
    shutil.rmtree(WORK)


if __name__ == "__main__":
    main()
