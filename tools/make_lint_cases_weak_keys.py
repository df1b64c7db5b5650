#!/usr/bin/env python3
"""Generates testdata/lints/e_rsa_debian_weak_key/<case>.pem: certificates
with RSA keys made here, and the blocklist lines that list them.

e_rsa_debian_weak_key needs a blocklist (--weak-key-blocklist); without one
it is NA. So each case carries `# blocklist: LINE` headers, which
tests/lint_cases_test.cc writes into a blocklist file of its own and hands to
the lint. The lines are computed here independently of cair, by the recipes
the README documents:

  openssl-blacklist  openssl x509 -noout -modulus | sha1sum | cut -c21-40
  sha256             SHA-256 of the modulus bytes (big-endian, no leading zero)

Cases: the key listed in each format (error), and a key whose list names
two other keys (pass). Rerun to rebuild:

    python3 tools/make_lint_cases_weak_keys.py [OUTDIR]
"""
import hashlib
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_lint_cases as base  # noqa: E402

LINT = "e_rsa_debian_weak_key"
OUT = sys.argv[1] if len(sys.argv) > 1 else "testdata/lints"


def rsa_leaf():
    """An RSA-2048 subscriber certificate issued by the test CA: (DER, modulus hex)."""
    base.run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "k.key")
    base.run("openssl", "req", "-new", "-key", "k.key", "-subj", "/CN=www.example.com", "-out", "k.csr")
    with open(os.path.join(base.WORK, "k.ext"), "w") as f:
        f.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:www.example.com\n")
    base.run("openssl", "x509", "-req", "-in", "k.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial",
             "0x2b9d41a08f36e9d27c415c7e", "-days", "90", "-sha256", "-extfile", "k.ext", "-outform", "der",
             "-out", "k.der")
    modulus = base.run("openssl", "x509", "-inform", "der", "-in", "k.der", "-noout", "-modulus").decode()
    with open(os.path.join(base.WORK, "k.der"), "rb") as f:
        return f.read(), modulus.strip().split("=", 1)[1]


def openssl_blacklist_line(modulus_hex):
    return hashlib.sha1(("Modulus=%s\n" % modulus_hex).encode()).hexdigest()[20:]


def sha256_line(modulus_hex):
    return hashlib.sha256(bytes.fromhex(modulus_hex).lstrip(b"\0")).hexdigest()


def write(case, expect, why, blocklist, der):
    d = os.path.join(OUT, LINT)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, case + ".pem"), "w") as f:
        f.write("# lint: %s\n# case: %s\n# expect: %s\n# why: %s\n" % (LINT, case, expect, why))
        for line in blocklist:
            f.write("# blocklist: %s\n" % line)
        f.write("# made by: tools/make_lint_cases_weak_keys.py\n")
        f.write(base.pem(der))


def main():
    base.setup_ca()
    der, n = rsa_leaf()
    write("fail_listed_openssl_blacklist", "error",
          "The key's openssl-blacklist line (last 80 bits of SHA-1 of 'Modulus=<hex>\\n') is in the blocklist.",
          [openssl_blacklist_line(n)], der)
    der, n = rsa_leaf()
    write("fail_listed_sha256", "error", "The SHA-256 of the key's modulus is in the blocklist.",
          [sha256_line(n)], der)
    _, other1 = rsa_leaf()
    _, other2 = rsa_leaf()
    der, _ = rsa_leaf()
    write("pass_unlisted", "pass", "The blocklist names two other keys, one in each format, not this one.",
          [openssl_blacklist_line(other1), sha256_line(other2)], der)
    shutil.rmtree(base.WORK)


if __name__ == "__main__":
    main()
