"""Runs one of pkilint's command-line tools on many files in one Python process.

    PYTHONPATH=PEERS/lib/pkilint-site /usr/bin/python3 pkilint_batch.py TOOL ARG... -- FILE...

TOOL is a module of pkilint.bin (lint_cabf_smime_cert, lint_cabf_serverauth_cert, ...);
the ARGs before "--" are passed to its main() before each FILE, exactly as on its command
line (e.g. `lint -d`). For every FILE the tool's output is printed between
"==== begin FILE" and "==== end FILE exit N" lines. Starting pkilint (importing its
validators) takes about a second, linting a certificate a few milliseconds, so a test that
asks pkilint about a hundred cases runs it once instead of a hundred times.
"""
import contextlib
import importlib
import io
import sys


def main(argv):
    if "--" not in argv or len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    cut = argv.index("--")
    tool, args, files = argv[0], argv[1:cut], argv[cut + 1:]
    module = importlib.import_module("pkilint.bin." + tool)
    for path in files:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            try:
                code = module.main(args + [path])
            except SystemExit as e:  # argparse errors exit
                code = e.code
            except Exception as e:  # a validator crash on one case must not hide the others
                print(f"exception: {type(e).__name__}: {e}")
                code = -1
        sys.stdout.write(f"==== begin {path}\n{out.getvalue()}\n==== end {path} exit {code}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
