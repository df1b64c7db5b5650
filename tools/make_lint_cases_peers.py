#!/usr/bin/env python3
"""Generates testdata/lints/<lint>/<case>.pem for the lints written to cover
checks of certlint and x509lint that no other cair lint had.

The certificates are made from scratch with the helpers of
tools/make_lint_cases.py (imported as a module, its own cases untouched):
openssl writes a TLS subscriber certificate, and the DER tree editor re-encodes
what openssl will not write (a TeletexString value) before signing again.

    python3 tools/make_lint_cases_peers.py [OUTDIR]

Each file starts with the `# key: value` lines that tests/lint_cases_test.cc
and the docs generator read. Rerun after a change; nothing here is hand-edited.
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_lint_cases as mlc  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "testdata/lints"
mlc.OUT = OUT
LINTS = ("w_subject_dn_legacy_directory_string", "w_subject_email_address_deprecated",
         "e_sub_cert_valid_time_longer_than_60_months")

ORGANIZATION_NAME = "2.5.4.10"
TELETEX_STRING = b"\x14"


def write(lint, case, expect, why, der):
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


def main():
    for lint in LINTS:
        shutil.rmtree(os.path.join(OUT, lint), ignore_errors=True)
    mlc.setup_ca()
    cases()
    shutil.rmtree(mlc.WORK)


if __name__ == "__main__":
    main()
