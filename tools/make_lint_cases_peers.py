#!/usr/bin/env python3
"""Generates testdata/lints/<lint>/<case>.pem for the lints written to cover
checks of certlint and x509lint that no other cair lint had.

The certificates are made from scratch with the helpers of
tools/make_lint_cases.py (imported as a module, its own cases untouched):
openssl writes a TLS subscriber certificate, and the DER tree editor re-encodes
what openssl will not write (a TeletexString value) before signing again.

    python3 tools/make_lint_cases_peers.py [OUTDIR] [--only LINT]

Each file starts with the `# key: value` lines that tests/lint_cases_test.cc
and the docs generator read. Rerun after a change; nothing here is hand-edited.
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_lint_cases as mlc  # noqa: E402

ARGS = [a for i, a in enumerate(sys.argv[1:]) if a != "--only" and sys.argv[i] != "--only"]
OUT = ARGS[0] if ARGS else "testdata/lints"
mlc.OUT = OUT
LINTS = ("w_subject_dn_legacy_directory_string", "w_subject_email_address_deprecated",
         "e_sub_cert_valid_time_longer_than_60_months", "e_issuer_dn_country_or_organization_missing")
# --only LINT rewrites one lint's cases and leaves the others' files as they are.
ONLY = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None

COUNTRY_NAME = "2.5.4.6"
ORGANIZATION_NAME = "2.5.4.10"
TELETEX_STRING = b"\x14"


def write(lint, case, expect, why, der):
    if ONLY and lint != ONLY:
        return
    d = os.path.join(OUT, lint)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, case + ".pem"), "w") as f:
        f.write("# lint: %s\n# case: %s\n# expect: %s\n# why: %s\n# made by: tools/make_lint_cases_peers.py\n"
                % (lint, case, expect, why))
        f.write(mlc.pem(der))


def retag_attribute(oid, tag):
    """A mutation for mlc.resign: the subject attribute `oid` gets string tag `tag`."""
    def mutate(tbs):
        _, atv = mlc.find_attr(mlc.tbs_fields(tbs)["subject"], oid)
        atv.children[1].tag = tag
    return mutate


def drop_issuer_attribute(oid):
    """A mutation for mlc.resign: the issuer loses the RDN holding `oid`."""
    def mutate(tbs):
        issuer = mlc.tbs_fields(tbs)["issuer"]
        rdn, _ = mlc.find_attr(issuer, oid)
        issuer.children.remove(rdn)
    return mutate


def cases():
    good = mlc.make_leaf("/C=US/ST=California/L=San Francisco/O=Example Inc./CN=www.example.com")

    lint = "w_subject_dn_legacy_directory_string"
    write(lint, "pass_utf8_values", "pass", "Every subject value is a UTF8String or PrintableString.", good)
    write(lint, "fail_teletex_organization", "warn",
          "organizationName is a TeletexString, a legacy DirectoryString choice (RFC 5280 4.1.2.4).",
          mlc.resign(good, retag_attribute(ORGANIZATION_NAME, TELETEX_STRING)))

    lint = "w_subject_email_address_deprecated"
    write(lint, "pass_no_email_attribute", "pass", "The subject has no emailAddress attribute.", good)
    write(lint, "fail_email_in_subject", "warn",
          "The subject repeats an email address as emailAddress, deprecated by RFC 5280 4.1.2.6.",
          mlc.make_leaf("/C=US/ST=California/O=Example Inc./CN=www.example.com/emailAddress=admin@example.com"))

    lint = "e_sub_cert_valid_time_longer_than_60_months"
    write(lint, "pass_90_days", "pass", "Valid for 90 days.", good)
    write(lint, "fail_1900_days", "error",
          "Valid for 1,900 days, more than the 60 months (about 1,826 days) of BRs 1.x 9.4.",
          mlc.make_leaf("/C=US/ST=California/O=Example Inc./CN=www.example.com", days=1900))

    lint = "e_issuer_dn_country_or_organization_missing"
    write(lint, "pass_issuer_c_and_o", "pass",
          "The issuing CA's name (C=US, O=cair test CA, CN=...) carries countryName and organizationName.", good)
    write(lint, "fail_issuer_without_country", "error",
          "The issuer name has no countryName, which every CA subject must carry (BRs 7.1.2.10.2) and the "
          "issuer name repeats (BRs 7.1.4.1); x509lint: 'Issuer without countryName'.",
          mlc.resign(good, drop_issuer_attribute(COUNTRY_NAME)))


def main():
    for lint in (ONLY,) if ONLY else LINTS:
        shutil.rmtree(os.path.join(OUT, lint), ignore_errors=True)
    mlc.setup_ca()
    cases()
    shutil.rmtree(mlc.WORK)


if __name__ == "__main__":
    main()
