#!/usr/bin/env python3
"""The `cair` Python module against the `cair` command line on the bundled
samples: lint, findings, lints, sha256, der_objects, errors, and threads.
Run by ctest with PYTHONPATH=<build>/python, CAIR_BINARY and CAIR_SOURCE_DIR."""
import concurrent.futures
import hashlib
import json
import os
import subprocess
import sys
import unittest

import cair

SOURCE = os.environ.get("CAIR_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("CAIR_BINARY", os.path.join(SOURCE, "build", "cair"))
SAMPLES = os.path.join(SOURCE, "samples")


def cli(*args):
    return subprocess.run([BINARY, *args], check=True, capture_output=True, text=True).stdout


def sample_objects():
    objects = []
    for name in sorted(os.listdir(SAMPLES)):
        if name.endswith(".pem"):
            with open(os.path.join(SAMPLES, name), "rb") as f:
                objects.extend((name, der) for der in cair.der_objects(f.read()))
    return objects


class Module(unittest.TestCase):
    def test_lint_equals_cair_lint_json(self):
        for name in ("subscribers.pem", "issuing-ca.crl.pem", "precert.pem"):
            path = os.path.join(SAMPLES, name)
            expected = [json.loads(line) for line in cli("lint", path).splitlines()]
            with open(path, "rb") as f:
                ders = cair.der_objects(f.read())
            self.assertEqual(len(ders), len(expected), name)
            for der, want in zip(ders, expected):
                self.assertEqual(cair.lint(der), want, name)

    def test_findings_are_the_info_or_worse_results(self):
        for _, der in sample_objects():
            results = cair.lint(der)
            want = sorted((n, r["result"], r.get("details", "")) for n, r in results.items()
                          if r["result"] in ("info", "warn", "error", "fatal"))
            got = [(f["lint"], f["result"], f["details"]) for f in cair.findings(der)]
            self.assertEqual(got, want)

    def test_lints_match_the_catalogue(self):
        want = [json.loads(line) for line in cli("lint", "--list-lints-json").splitlines()]
        got = cair.lints()
        self.assertEqual(len(got), len(want))
        for g, w in zip(got, want):
            self.assertEqual(g["name"], w["name"])
            self.assertEqual(g["source"], w["source"])
            self.assertEqual(g["citation"], w["citation"])
            self.assertEqual(g["description"], w["description"])
            self.assertEqual(g["object_type"], w["object_type"])
            self.assertEqual(g["effective_date"] or "", w["effective_date"])
            self.assertEqual(g["ineffective_date"] or "", w["ineffective_date"])

    def test_sha256_and_der_objects(self):
        objects = sample_objects()
        self.assertGreater(len(objects), 5)
        for _, der in objects:
            self.assertEqual(cair.sha256(der), hashlib.sha256(der).hexdigest())
        with open(os.path.join(SAMPLES, "subscribers.pem"), "rb") as f:
            pem = f.read()
        self.assertEqual(len(cair.der_objects(pem)), pem.count(b"-----BEGIN"))
        bad = pem + b"-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n"
        with self.assertRaises(ValueError):
            cair.der_objects(bad)
        errors = []
        self.assertEqual(len(cair.der_objects(bad, errors)), pem.count(b"-----BEGIN"))
        self.assertEqual(len(errors), 1)
        self.assertIn("line", errors[0])

    def test_unparsable_bytes_raise_value_error(self):
        for junk in (b"", b"\x30\x03\x02\x01\x01", b"not DER at all", b"\x30" + b"\xff" * 100):
            with self.assertRaises(ValueError):
                cair.lint(junk)
            with self.assertRaises(ValueError):
                cair.findings(junk)
        with self.assertRaises(TypeError):
            cair.lint("a str, not bytes")

    def test_threads_give_the_serial_results(self):
        ders = [der for _, der in sample_objects()] * 20
        serial = [cair.findings(d) for d in ders]
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            threaded = list(pool.map(cair.findings, ders))
        self.assertEqual(threaded, serial)

    def test_type_hints_sit_beside_the_module(self):
        stub = os.path.join(os.path.dirname(cair.__file__), "cair.pyi")
        self.assertTrue(os.path.exists(stub), stub)
        with open(stub) as f:
            text = f.read()
        for fn in ("lint", "findings", "lints", "sha256", "der_objects"):
            self.assertIn(f"def {fn}(", text)
            self.assertTrue(callable(getattr(cair, fn)))
        self.assertEqual(cair.__version__, cli("--version").split()[-1])


if __name__ == "__main__":
    unittest.main()
