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

Needs python3-cryptography (notBefore of each certificate).
"""
import argparse
import collections
import datetime
import glob
import hashlib
import os
import re
import sys
import warnings

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

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


def not_before(corpus):
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for kind in KINDS:
            with open(os.path.join(corpus, kind + ".pem"), "rb") as f:
                for c in x509.load_pem_x509_certificates(f.read()):
                    out[hashlib.sha256(c.public_bytes(Encoding.DER)).hexdigest()] = c.not_valid_before_utc
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
