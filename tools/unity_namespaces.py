#!/usr/bin/env python3
"""Gives every lint file of the catalogue its own namespace, for the unity build.

The catalogue (src/lints, one lint per file) is compiled in unity batches:
CMake concatenates several lint files into one translation unit
(CMakeLists.txt, CAIR_UNITY_BATCH). Each lint file keeps its `kMetadata`, its
class and CAIR_REGISTER_LINT's static flag (named after __LINE__) in an
anonymous namespace, which a batch would share: the names would clash. This
script wraps the body of each lint file's `namespace cair::lints { ... }` in

    namespace { namespace CAIR_UNITY_ID {  // unity build: ...
    ...
    }}  // namespace ::CAIR_UNITY_ID

CMake defines CAIR_UNITY_ID to a value unique to each file inside a unity
batch (target property UNITY_BUILD_UNIQUE_ID); outside one it is an
ordinary (undefined-macro) name, and the file compiles as before. Everything
stays internal to the file either way, and the registry sorts lints by name,
so the order of registration within a batch changes nothing.

Usage:
  python3 tools/unity_namespaces.py            # convert every lint file (idempotent)
  python3 tools/unity_namespaces.py --check    # exit 1 naming the files not converted
  python3 tools/unity_namespaces.py FILE...    # convert (or --check) only these files

Only files that register a lint (CAIR_REGISTER_LINT) are touched; the helpers in
src/lints/util are compiled outside the batches. A lint file must have the
catalogue's usual shape: exactly one `namespace cair::lints {` line and one
`}  // namespace cair::lints` line at column 0 enclosing everything but the
includes; the script refuses (exit 2, naming the file) anything else.
"""
import argparse
import pathlib
import sys

OPEN = "namespace cair::lints {"
CLOSE = "}  // namespace cair::lints"
WRAP_OPEN = ("namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file "
             "(tools/unity_namespaces.py)")
WRAP_CLOSE = "}}  // namespace ::CAIR_UNITY_ID"
MARKER = "namespace CAIR_UNITY_ID {"


class ShapeError(Exception):
    pass


def is_lint_file(path: pathlib.Path, text: str) -> bool:
    return (path.suffix == ".cc" and not path.name.endswith("_test.cc")
            and "CAIR_REGISTER_LINT(" in text)


def converted(text: str) -> bool:
    return MARKER in text


def convert(path: pathlib.Path, text: str) -> str:
    lines = text.split("\n")
    opens = [i for i, l in enumerate(lines) if l.rstrip() == OPEN]
    closes = [i for i, l in enumerate(lines) if l.rstrip() == CLOSE]
    if len(opens) != 1 or len(closes) != 1 or closes[0] < opens[0]:
        raise ShapeError(
            f"{shown(path)}: expected one line '{OPEN}' and, after it, one line '{CLOSE}' "
            f"(found {len(opens)} and {len(closes)}); wrap the file's body by hand in "
            f"'{WRAP_OPEN}' ... '{WRAP_CLOSE}'")
    o, c = opens[0], closes[0]
    return "\n".join(lines[:o + 1] + [WRAP_OPEN] + lines[o + 1:c] + [WRAP_CLOSE] + lines[c:])


def shown(path: pathlib.Path) -> str:
    try:
        return str(path.relative_to(pathlib.Path.cwd()))
    except ValueError:
        return str(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n\n".join(__doc__.split("\n\n")[1:]))
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a lint file is not converted")
    parser.add_argument("files", nargs="*", type=pathlib.Path,
                        help="lint files (default: every .cc under src/lints)")
    args = parser.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    files = args.files or sorted((root / "src" / "lints").rglob("*.cc"))
    todo, bad, changed = [], [], 0
    for path in files:
        path = path.resolve()
        text = path.read_text(encoding="utf-8")
        if not is_lint_file(path, text) or converted(text):
            continue
        if args.check:
            todo.append(path)
            continue
        try:
            new = convert(path, text)
        except ShapeError as e:
            bad.append(str(e))
            continue
        path.write_text(new, encoding="utf-8")
        changed += 1
    for msg in bad:
        print(msg, file=sys.stderr)
    if args.check:
        for path in todo:
            print(f"{shown(path)}: not converted for the unity build "
                  f"(run: python3 tools/unity_namespaces.py {shown(path)})", file=sys.stderr)
        return 1 if todo else 0
    if changed:
        print(f"unity_namespaces: converted {changed} lint file(s)")
    return 2 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
