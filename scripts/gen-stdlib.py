#!/usr/bin/env python3
"""Generates the evaluator's pure-Python standard-library modules from CPython 3.11's own Lib sources.

usage: python3 scripts/gen-stdlib.py [MODULE ...]   (default: every module in MODULES)

`heapq`, `bisect`, `fractions`, `statistics`, `calendar`, `base64`, `keyword`, `numbers`,
`difflib`, `argparse`, `configparser`, `html`, `fnmatch`, `graphlib`, `urllib.parse` and `tomllib` are plain Python in CPython; running CPython's own source keeps their results, messages and edge cases
identical. Docstrings are dropped (they cost page bytes and nobody prints them), and the few lines
that reach for interpreter internals the playground does not have are replaced (listed per module
below). Output goes to src/eval/modules/py/NAME.py; the files are generated, not edited.
"""

import ast
import os
import sys

LIB = "/usr/lib/python3.11"
TARGET = "src/eval/modules/py"

# module -> (list of (old, new) replacements, names (functions, classes, variables) to drop from any body)
MODULES = {
    "heapq": (
        [
            # The C `_heapq` CPython uses reports an empty heap as "index out of range".
            ("    lastelt = heap.pop()", "    if not heap:\n        raise IndexError('index out of range')\n    lastelt = heap.pop()"),
            ("    returnitem = heap[0]    # raises appropriate IndexError if heap is empty\n    heap[0] = item\n    _siftup(heap, 0)",
             "    if not heap:\n        raise IndexError('index out of range')\n    returnitem = heap[0]\n    heap[0] = item\n    _siftup(heap, 0)"),
        ],
        # A 3 KB essay on tournaments, kept in a module variable nobody prints.
        {"__about__"},
    ),
    "bisect": ([], set()),
    "keyword": ([], set()),
    "numbers": ([], set()),
    "fractions": (
        [
            # `sys.hash_info` constants of a 64-bit CPython.
            ("import sys\n", ""),
            ("_PyHASH_MODULUS = sys.hash_info.modulus", "_PyHASH_MODULUS = 2305843009213693951"),
            ("_PyHASH_INF = sys.hash_info.inf", "_PyHASH_INF = 314159"),
        ],
        set(),
    ),
    "statistics": (
        [
            # The float's 53-bit mantissa; `NormalDist` (and its `random` use) is left out.
            ("import random\n", ""),
            ("import sys\n", ""),
            ("sys.float_info.mant_dig", "53"),
            ("from math import hypot, sqrt, fabs, exp, erf, tau, log, fsum", "from math import hypot, sqrt, fabs, exp, tau, log, fsum"),
        ],
        {"NormalDist", "_normal_dist_inv_cdf"},
    ),
    "calendar": (
        [
            # No locales: the C locale's English names, which CPython shows by default.
            ("import sys\n", ""),
            ("import locale as _locale\n", ""),
        ],
        {"LocaleTextCalendar", "LocaleHTMLCalendar", "different_locale", "main", "HTMLCalendar", "_get_default_locale"},
    ),
    "base64": (
        [
            # Only the Ascii85/Base85 codecs (dropped below) use `struct`; `binascii` is py/binascii.py.
            ("import struct\n", ""),
        ],
        {"main", "test", "encode", "decode", "a85encode", "a85decode", "b85encode", "b85decode",
         "_85encode", "z85encode", "z85decode"},
    ),
    "difflib": (
        [
            # `types.GenericAlias` only serves `SequenceMatcher[str]` in annotations.
            ("from types import GenericAlias\n", ""),
            ("    __class_getitem__ = classmethod(GenericAlias)\n", ""),
        ],
        # The HTML side-by-side table (HtmlDiff and its templates) is a page of its own.
        {"HtmlDiff", "_mdiff", "_file_template", "_styles", "_table_template", "_legend", "_test"},
    ),
    # Configuration text through read_string()/read_dict() (read() finds no files here).
    "configparser": ([], set()),
    # A package: `html/__init__.py` and its `html.entities` tables (named references for unescape()).
    "html": ([], set()),
    "html.entities": ([], set()),
    "argparse": (
        [
            # A program's output is not a terminal: CPython's `shutil.get_terminal_size()` falls back to
            # 80 columns, which is what recorded help text is wrapped to.
            ("                import shutil as _shutil\n                width = _shutil.get_terminal_size().columns\n",
             "                width = 80\n"),
            # No translations: the gettext fallback argparse defines for itself.
            ("    from gettext import gettext as _, ngettext\n", "    raise ImportError\n"),
        ],
        set(),
    ),
    # Shell-style wildcards; `os.path` is `posixpath` here, so `normcase` is the identity.
    "fnmatch": ([], set()),
    "graphlib": ([], set()),
    "urllib.parse": (
        [
            # Only IPv6 literals in brackets reach `ipaddress`, which the playground does not have:
            # CPython's check rejects the same malformed hosts with the same message.
            ("import ipaddress\n", ""),
            ("        ip = ipaddress.ip_address(hostname) # Throws Value Error if not IPv6 or IPv4\n"
             "        if isinstance(ip, ipaddress.IPv4Address):\n"
             "            raise ValueError(f\"An IPv4 address cannot be in brackets\")",
             "        if ':' not in hostname:\n"
             "            raise ValueError(f\"'{hostname}' does not appear to be an IPv4 or IPv6 address\")"),
        ],
        # The deprecated `splittype()`-family helpers (warn and delegate) and their private bodies,
        # which only `urllib.request` uses.
        {"to_bytes", "_to_bytes", "unwrap", "splittype", "_splittype", "splithost", "_splithost",
         "splituser", "_splituser", "splitpasswd", "_splitpasswd", "splitport", "_splitport",
         "splitnport", "_splitnport", "splitquery", "_splitquery", "splittag", "_splittag",
         "splitattr", "_splitattr", "splitvalue", "_splitvalue", "_typeprog", "_hostprog", "_portprog"},
    ),
    # A package of four files in CPython, joined into one module (its relative imports dropped).
    "tomllib": (
        [("from __future__ import annotations\n", ""), ("from ._re import (\n    RE_DATETIME,\n    RE_LOCALTIME,\n    RE_NUMBER,\n    match_to_datetime,\n"
          "    match_to_localtime,\n    match_to_number,\n)\n", ""),
         ("from ._types import Key, ParseFloat, Pos\n", ""), ("from ._types import ParseFloat\n", ""),
         ("from ._parser import TOMLDecodeError, load, loads\n", "")],
        set(),
    ),
}

# Modules generated from several CPython files, joined in this order.
JOINED = {"tomllib": ["tomllib/_types.py", "tomllib/_re.py", "tomllib/_parser.py", "tomllib/__init__.py"]}


class Strip(ast.NodeTransformer):
    def __init__(self, drop):
        self.drop = drop

    def visit_body(self, node):
        body = node.body
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                and isinstance(body[0].value.value, str):
            body = body[1:]
        body = [n for n in body if not (isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name in self.drop)]
        body = [n for n in body if not (isinstance(n, ast.Assign) and len(n.targets) == 1
                                        and isinstance(n.targets[0], ast.Name) and n.targets[0].id in self.drop)]
        body = [n for n in body if not (isinstance(n, ast.If) and isinstance(n.test, ast.Compare)
                                        and isinstance(n.test.left, ast.Name) and n.test.left.id == "__name__")]
        node.body = body or [ast.Pass()]
        self.generic_visit(node)
        return node

    visit_Module = visit_ClassDef = visit_FunctionDef = visit_body


def generate(name):
    replacements, drop = MODULES[name]
    path = f"{LIB}/{name.replace('.', '/')}"
    path = f"{path}/__init__.py" if os.path.isdir(path) else f"{path}.py"
    if name in JOINED:
        path = f"{LIB}/{name}/"
        text = "".join(open(f"{LIB}/{part}").read() + "\n" for part in JOINED[name])
    else:
        text = open(path).read()
    for old, new in replacements:
        if old not in text:
            sys.exit(f"gen-stdlib: {old!r} not found in {name}.py")
        text = text.replace(old, new)
    tree = Strip(drop).visit(ast.parse(text))
    header = (
        f"# Generated by scripts/gen-stdlib.py from CPython 3.11's Lib/{path[len(LIB) + 1:]}\n"
        "# (Python Software Foundation License). Do not edit; change the script.\n"
    )
    with open(f"{TARGET}/{name.replace('.', '_')}.py", "w") as out:
        out.write(header + ast.unparse(tree) + "\n")


def main():
    for name in sys.argv[1:] or MODULES:
        generate(name)


if __name__ == "__main__":
    main()
