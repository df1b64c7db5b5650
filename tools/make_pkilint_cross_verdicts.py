#!/usr/bin/env python3
"""Records pkilint's verdicts on the real corpus's CA certificates linted as
cross-certificates (BRs 7.1.2.2), which pkilint checks only under --type:
tests/data/peer_differential/pkilint-cross.tsv, read by
tests/peer_differential_test.cc (PeerDifferential.DeclaredCrossTypes...).

    PYTHONPATH=../shared/peers/lib/pkilint-site /usr/bin/python3 \\
        tools/make_pkilint_cross_verdicts.py [SHARED_DIR] > tests/data/peer_differential/pkilint-cross.tsv

Every certificate of SHARED_DIR/corpus/real/intermediate.pem that is a CA
(basicConstraints cA) issued on or after 2023-09-15 (pkilint applies today's
profiles whatever the date; the profiles are in force from then) is linted by
pkilint's lint_cabf_serverauth_cert with `-t INTERNAL-CROSS-CA` and with
`-t EXTERNAL-CROSS-CA`, in one process (tests/tools/pkilint_batch.py). Columns:
sha256, cair's --cert-type value, then the findings whose code starts with
cabf.serverauth.cross_ca. as CODE:SEVERITY, comma-separated (empty: none). Takes
about five minutes of CPU.
"""
import datetime
import hashlib
import os
import re
import subprocess
import sys
import tempfile

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared")
FLOOR = datetime.datetime(2023, 9, 15, tzinfo=datetime.timezone.utc)
TYPES = [("cross-internal", "INTERNAL-CROSS-CA"), ("cross-external", "EXTERNAL-CROSS-CA")]
PREFIX = "cabf.serverauth.cross_ca."


def certificates(path):
    text = open(path).read()
    for pem in re.findall(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----\n?", text, re.S):
        try:
            cert = x509.load_pem_x509_certificate(pem.encode())
            bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        except Exception:  # unreadable, or no basicConstraints: not a CA certificate
            continue
        if bc.ca and cert.not_valid_before_utc >= FLOOR:
            yield hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest(), pem


def main():
    certs = list(certificates(os.path.join(SHARED, "corpus", "real", "intermediate.pem")))
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, (_, pem) in enumerate(certs):
            files.append(os.path.join(tmp, "%05d.pem" % i))
            with open(files[-1], "w") as f:
                f.write(pem)
        print("sha256\tcert_type\tpkilint_findings (CODE:SEVERITY of %s*, comma-separated)" % PREFIX)
        for cair_type, pkilint_type in TYPES:
            out = subprocess.run([sys.executable, os.path.join(HERE, "..", "tests", "tools", "pkilint_batch.py"),
                                  "lint_cabf_serverauth_cert", "lint", "-t", pkilint_type, "--"] + files,
                                 capture_output=True, text=True, check=True).stdout
            for i, (sha, _) in enumerate(certs):
                block = re.search(r"==== begin %s\n(.*?)==== end %s exit" % (re.escape(files[i]), re.escape(files[i])),
                                  out, re.S)
                if not block:
                    sys.exit("pkilint printed nothing for %s" % sha)
                found = sorted(set("%s:%s" % m for m in re.findall(r"^\s+(\S+) \((FATAL|ERROR|WARNING|NOTICE|INFO)\)",
                                                                   block.group(1), re.M) if m[0].startswith(PREFIX)))
                print("%s\t%s\t%s" % (sha, cair_type, ",".join(found)))


if __name__ == "__main__":
    main()
