#!/usr/bin/env python3
"""The Dask example (python/examples/dask_lint.py) on a distributed
LocalCluster with two worker processes, over a directory of PEM bundles,
against `cair scan --json` on the same directory: the same objects, the same
unparsable count and the same per-lint object counts.

The bundles are the real corpus (CAIR_SHARED_DIR/corpus/real) cut into
bundles of 500 objects, else the bundled samples/. Exits 77 (skipped) with a
message when Dask's distributed scheduler is not installed or cannot start."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

SOURCE = os.environ.get("CAIR_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("CAIR_BINARY", os.path.join(SOURCE, "build", "cair"))
SHARED = os.environ.get("CAIR_SHARED_DIR", os.path.join(SOURCE, "..", "shared"))
sys.path.insert(0, os.path.join(SOURCE, "python", "examples"))

try:
    from dask.distributed import Client, LocalCluster
except ImportError as e:
    print(f"SKIP: dask.distributed is not importable ({e}); install python3-distributed")
    sys.exit(77)

import dask_lint  # noqa: E402


def write_bundles(out_dir):
    real = os.path.join(SHARED, "corpus", "real")
    sources = [os.path.join(real, f) for f in ("leaf.pem", "precert.pem", "intermediate.pem", "root.pem", "crl.pem")]
    if not all(os.path.exists(s) for s in sources):
        print(f"note: {real} not found; using samples/")
        sources = [os.path.join(SOURCE, "samples", f) for f in sorted(os.listdir(os.path.join(SOURCE, "samples")))
                   if f.endswith(".pem")]
    n = 0
    for src in sources:
        with open(src, "rb") as f:
            blocks = f.read().split(b"-----END ")
        chunk = []
        for i, b in enumerate(blocks[:-1]):
            label_end = blocks[i + 1].find(b"\n")
            chunk.append(b + b"-----END " + blocks[i + 1][:label_end + 1])
            blocks[i + 1] = blocks[i + 1][label_end + 1:]
            if len(chunk) == 500:
                n += 1
                with open(os.path.join(out_dir, f"bundle-{n:04d}.pem"), "wb") as f:
                    f.write(b"".join(chunk))
                chunk = []
        if chunk:
            n += 1
            with open(os.path.join(out_dir, f"bundle-{n:04d}.pem"), "wb") as f:
                f.write(b"".join(chunk))
    return n


def main():
    tmp = tempfile.mkdtemp(prefix="cair_dask_test_")
    try:
        corpus = os.path.join(tmp, "bundles")
        os.makedirs(corpus)
        n = write_bundles(corpus)
        scan_json = os.path.join(tmp, "scan.json")
        rc = subprocess.run([BINARY, "scan", "-q", "-j", "2", "--json", scan_json, corpus]).returncode
        if rc not in (0, 1):
            print(f"FAIL: cair scan exited {rc}")
            return 1
        with open(scan_json) as f:
            scan = json.load(f)
        try:
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        except Exception as e:  # noqa: BLE001 - any failure to start is a skip
            print(f"SKIP: a Dask LocalCluster could not start: {e!r}")
            return 77
        client = Client(cluster)
        try:
            workers = len(client.scheduler_info()["workers"])
            counts = dask_lint.lint_counts(dask_lint.bundles(corpus))
        finally:
            client.close()
            cluster.close()
        want = {lint: f["count"] for lint, f in scan["findings"].items()}
        failures = []
        if workers != 2:
            failures.append(f"{workers} workers, expected 2")
        if counts["objects"] != scan["objects"]:
            failures.append(f"objects: dask {counts['objects']}, cair scan {scan['objects']}")
        if counts["unparsable"] != scan["unparsable"]:
            failures.append(f"unparsable: dask {counts['unparsable']}, cair scan {scan['unparsable']}")
        if counts["problems"]:
            failures.append(f"unreadable blocks: {counts['problems'][:3]}")
        for lint in sorted(set(want) | set(counts["findings"])):
            if want.get(lint) != counts["findings"].get(lint):
                failures.append(f"{lint}: dask {counts['findings'].get(lint)}, cair scan {want.get(lint)}")
        if failures:
            print("FAIL:\n  " + "\n  ".join(failures[:50]))
            return 1
        print(f"ok: {n} bundles, {counts['objects']} objects, {len(want)} lints with findings: "
              f"per-lint counts equal cair scan's")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
