#!/usr/bin/env python3
"""Which certlint and x509lint messages no cair lint records in its `peers`.

Reads the peers' verdicts on the real corpus (<corpus>/certlint-<kind>.tsv,
x509lint-<kind>.tsv; see that directory's README.md), keeps the ERROR, FATAL
and WARNING messages (x509lint's and certlint's I: lines are notes), and counts
per message the certificates on which the peer printed it and no lint records
it. A lint records a message as tests/peer_differential_test.cc matches it: the
same text without the "E: " prefix, or, for a peers entry ending in "…", any
message starting with the text before the "…". The peers entries are read from
the lints' sources (`.peers = "linter:CODE;..."`).

    python3 tools/peer_coverage.py                         # all certificates and those from 2023-09-15 on
    python3 tools/peer_coverage.py --since 2020-01-01 --top 40
    python3 tools/peer_coverage.py --lints /tmp/old/src/lints   # an older tree (git archive) for "before"

Reads notBefore with a small DER walk, so it needs nothing beyond python3.
"""
import argparse
import base64
import collections
import datetime
import glob
import hashlib
import os
import re
import sys

KINDS = ("leaf", "precert", "intermediate", "root")
COLUMN = {"certlint": 1, "x509lint": 4}  # the messages column of each peer's TSV


def recorded_peers(lints_dir):
    peers = collections.defaultdict(set)
    for path in glob.glob(os.path.join(lints_dir, "**", "*.cc"), recursive=True):
        with open(path, encoding="utf-8") as f:
            for m in re.finditer(r'\.peers\s*=\s*((?:"[^"]*"\s*)+)', f.read()):
                for entry in "".join(re.findall(r'"([^"]*)"', m.group(1))).split(";"):
                    linter, _, code = entry.partition(":")
                    if code:
                        peers[linter].add(code)
    return peers


def covered(codes, message):
    return any(message == c or (c.endswith("\u2026") and message.startswith(c[:-1])) for c in codes)


def der_element(buf, at):
    """(tag, start of contents, end of element) of the DER element at `at`."""
    tag, length, at = buf[at], buf[at + 1], at + 2
    if length & 0x80:
        n = length & 0x7F
        length, at = int.from_bytes(buf[at:at + n], "big"), at + n
    return tag, at, at + length


def certificate_not_before(der):
    _, tbs, _ = der_element(der, 0)                     # Certificate
    _, at, _ = der_element(der, tbs)                    # TBSCertificate
    if der[at] == 0xA0:                                 # [0] version
        at = der_element(der, at)[2]
    for _ in range(3):                                  # serialNumber, signature, issuer
        at = der_element(der, at)[2]
    _, validity, _ = der_element(der, at)
    tag, start, end = der_element(der, validity)
    text = der[start:end].decode("ascii").rstrip("Z")
    if tag == 0x17:                                     # UTCTime: YY 50-99 are 19YY (RFC 5280 4.1.2.5.1)
        text = ("19" if int(text[:2]) >= 50 else "20") + text
    return datetime.datetime.strptime(text[:14], "%Y%m%d%H%M%S").replace(tzinfo=datetime.timezone.utc)


def not_before(corpus):
    out = {}
    pem = re.compile(rb"-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", re.S)
    for kind in KINDS:
        with open(os.path.join(corpus, kind + ".pem"), "rb") as f:
            for m in pem.finditer(f.read()):
                der = base64.b64decode(b"".join(m.group(1).split()))
                try:
                    out[hashlib.sha256(der).hexdigest()] = certificate_not_before(der)
                except (IndexError, ValueError, UnicodeDecodeError):
                    pass  # not decodable this far: counted only in the "all" rows
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="../shared/corpus/real", help="directory of the corpus and the peers' TSVs")
    ap.add_argument("--lints", default="src/lints", help="lint sources whose peers entries count as covered")
    ap.add_argument("--since", default="2023-09-15", help="the 'recent' rows: notBefore on or after this date")
    ap.add_argument("--top", type=int, default=15, help="uncovered messages listed per peer and row")
    a = ap.parse_args()
    if not os.path.exists(os.path.join(a.corpus, "leaf.pem")):
        sys.exit("peer_coverage: no corpus at %s (give --corpus DIR)" % a.corpus)
    since = datetime.datetime.fromisoformat(a.since).replace(tzinfo=datetime.timezone.utc)
    peers, issued = recorded_peers(a.lints), not_before(a.corpus)
    print("| peer | certificates | ERROR/WARNING messages not covered | certificates with such a message | (certificate, message) findings |")
    print("|---|---|---|---|---|")
    listings = []
    for peer in ("certlint", "x509lint"):
        for label, floor in (("all", None), ("from " + a.since, since)):
            uncovered, certs, seen, findings = collections.Counter(), set(), set(), 0
            for kind in KINDS:
                with open(os.path.join(a.corpus, "%s-%s.tsv" % (peer, kind)), encoding="utf-8") as f:
                    next(f)
                    for line in f:
                        cols = line.rstrip("\n").split("\t")
                        if floor and (cols[0] not in issued or issued[cols[0]] < floor):
                            continue
                        if len(cols) <= COLUMN[peer] or not cols[COLUMN[peer]]:
                            continue
                        for m in cols[COLUMN[peer]].split(" | "):
                            if m[:3] not in ("E: ", "W: ", "F: "):
                                continue
                            seen.add(m[3:])
                            if not covered(peers[peer], m[3:]):
                                uncovered[m] += 1
                                certs.add(cols[0])
                                findings += 1
            print("| %s | %s | %d of %d | %d | %d |" % (peer, label, len(uncovered), len(seen), len(certs), findings))
            listings.append((peer, label, uncovered.most_common(a.top)))
    for peer, label, top in listings if a.top > 0 else []:
        print("\n%s, %s: most frequent uncovered (certificates, message)" % (peer, label))
        for m, n in top:
            print("%7d  %s" % (n, m))


if __name__ == "__main__":
    main()
