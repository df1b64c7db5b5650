#!/usr/bin/env python3
"""Per-lint counts over a directory of PEM bundles on a Dask cluster.

Each bundle is one task: its objects are read and linted on a worker by the
`cair` module (the GIL is released while linting), de-duplicated by SHA-256
across the whole corpus, and counted per lint exactly as `cair scan --json`
counts its "findings": the number of distinct objects with an info, warn,
error or fatal result from that lint. Objects that do not parse are counted
apart ("unparsable"), as cair scan does.

    PYTHONPATH=build/python python3 python/examples/dask_lint.py corpus/ --workers 2
    python3 python/examples/dask_lint.py --scheduler tcp://scheduler:8786 /data/ct/   # a real cluster
    python3 python/examples/dask_lint.py corpus/ --json counts.json

Every worker needs the module importable (install it on each node with
`cmake --install build --component python`, or share PYTHONPATH).
"""
import argparse
import json
import os
import sys
import time

import cair

BUNDLE_SUFFIXES = (".pem", ".crt", ".cer", ".crl")


def lint_bundle(path):
    """(sha256, lint names with a finding, or None when unparsable) per object,
    plus one ("", problem) entry per unreadable block, for one bundle file."""
    with open(path, "rb") as f:
        data = f.read()
    problems = []
    out = []
    for der in cair.der_objects(data, problems):
        try:
            names = tuple(sorted({f["lint"] for f in cair.findings(der)}))
        except ValueError:
            names = None
        out.append((cair.sha256(der), names))
    out.extend(("", f"{path}: {p}") for p in problems)
    return out


def bundles(root):
    """Every bundle file under `root` (a file or a directory), sorted."""
    if os.path.isfile(root):
        return [root]
    found = []
    for dirpath, _, files in os.walk(root):
        found.extend(os.path.join(dirpath, f) for f in files if f.lower().endswith(BUNDLE_SUFFIXES))
    return sorted(found)


def lint_counts(paths, partitions=None):
    """The per-lint object counts of `paths` as a dict: objects, unparsable,
    problems and findings {lint: count}. Runs on the current Dask client."""
    import dask
    import dask.bag as db

    entries = db.from_sequence(paths, npartitions=partitions or max(1, len(paths))).map(lint_bundle).flatten()
    problems = entries.filter(lambda e: e[0] == "").pluck(1)
    objects = entries.filter(lambda e: e[0] != "")
    unparsable = objects.filter(lambda e: e[1] is None).count()
    unique = objects.filter(lambda e: e[1] is not None).distinct(key=lambda e: e[0])
    findings = unique.pluck(1).flatten().frequencies()
    n_objects = unique.count()
    n_objects, n_unparsable, found, problem_list = dask.compute(n_objects, unparsable, findings, problems)
    return {
        "objects": n_objects,
        "unparsable": n_unparsable,
        "problems": list(problem_list),
        "findings": dict(sorted(found)),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", help="a PEM bundle or a directory of them (*.pem, *.crt, *.cer, *.crl)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    ap.add_argument("--json", help="write the counts to this file")
    args = ap.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    paths = bundles(args.corpus)
    if not paths:
        print(f"dask_lint: no bundles under {args.corpus}", file=sys.stderr)
        return 3
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        start = time.monotonic()
        counts = lint_counts(paths)
        elapsed = time.monotonic() - start
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    counts["elapsed_s"] = round(elapsed, 3)
    for p in counts["problems"]:
        print(f"dask_lint: {p}", file=sys.stderr)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(counts, f, indent=1)
    rate = (counts["objects"] + counts["unparsable"]) / elapsed if elapsed > 0 else 0.0
    print(f"{counts['objects']} objects ({counts['unparsable']} unparsable) from {len(paths)} bundles "
          f"in {elapsed:.1f} s: {rate:,.0f} objects/s")
    for lint, n in sorted(counts["findings"].items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:>10}  {lint}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
