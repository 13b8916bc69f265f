#!/usr/bin/env python3
"""Records the expected output of the repository's own pycases (tests/pycases) from CPython 3.11.

usage: python3 scripts/record-pycases.py [--check] [-k TEXT] [PATH...]

The same recorder and contract as the shared corpus (../shared/pycases/make_expected.py: three runs
with PYTHONHASHSEED 0, 1 and 2 must agree, `!! ClassName` after an uncaught exception, 5 to 40 lines,
no id/hash/open/eval…), with one difference: the local corpus tests the standard library modules the
evaluator implements, so any standard-library import is allowed (the shared corpus allows only
`typing`). PATH defaults to tests/pycases. The shared folder is found beside the repository, or at
$ORMPLAY_SHARED.
"""

import ast
import re
import importlib.util
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("ORMPLAY_SHARED", os.path.join(os.path.dirname(ROOT), "shared"))


def load_recorder():
    path = os.path.join(SHARED, "pycases", "make_expected.py")
    spec = importlib.util.spec_from_file_location("make_expected", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_lint(recorder):
    def lint(path, source):
        name = os.path.basename(path)
        # Local cases number past 999 (helpers are given ranges such as 1000-1099).
        if not re.match(r"^\d{3,4}-[a-z]+(?:-[a-z0-9]+)+\.py$", name):
            raise recorder.Rejected("file name must look like NNN-area-name.py")
        n = len(source.splitlines())
        if not recorder.MIN_LINES <= n <= recorder.MAX_LINES:
            raise recorder.Rejected(f"{n} lines; a case has {recorder.MIN_LINES} to {recorder.MAX_LINES}")
        try:
            tree = ast.parse(source, filename=name)
        except SyntaxError as exc:
            raise recorder.Rejected(f"syntax error: {exc}")
        for node in ast.walk(tree):
            modules = []
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            for module in modules:
                if module.split(".")[0] not in sys.stdlib_module_names:
                    raise recorder.Rejected(f"line {node.lineno}: imports {module}, not the standard library")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in recorder.BANNED_CALLS:
                raise recorder.Rejected(f"line {node.lineno}: calls {node.func.id}()")

    return lint


def main(argv):
    recorder = load_recorder()
    recorder.lint = make_lint(recorder)
    paths, i = [], 0
    while i < len(argv):
        if argv[i] in ("-k", "--python"):
            i += 1
        elif not argv[i].startswith("-"):
            paths.append(argv[i])
        i += 1
    if not paths:
        argv = argv + [os.path.join(ROOT, "tests", "pycases")]
    return recorder.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
