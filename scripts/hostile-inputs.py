#!/usr/bin/env python3
"""Runs the hostile inputs of the hardening issue through the native CLI with the page's limits
(`--page`: the page's step budget, recursion limit and 256 MB memory cap) and prints one row per
input: how it ended (the error line, or "ok"), the wall time and the process's peak memory.

It is a report, not a test: the assertions live in tests/hostile_sql.rs, tests/memory.rs,
tests/recursion.rs, tests/orm_uow.rs and the browser tests. Run it to re-check the issue's table on a
new build (an idle machine gives comparable times):

    python3 scripts/hostile-inputs.py [path/to/ormplay]      (default: target/release/ormplay)
"""

import os
import subprocess
import sys
import tempfile
import threading
import time
import json
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/ormplay")
TIMEOUT = 120
ERROR_LINE = re.compile(r"^(\w+(Error|Exception|Exceeded)\b|error in `)")

TREE_MODELS = """
from typing import List, Optional
from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

class Base(DeclarativeBase):
    pass

class Node(Base):
    __tablename__ = "node"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("node.id"))
    children: Mapped[List["Node"]] = relationship(back_populates="parent", cascade="all, delete-orphan")
    parent: Mapped[Optional["Node"]] = relationship(back_populates="children", remote_side=[id])

class Parent(Base):
    __tablename__ = "parent"
    id: Mapped[int] = mapped_column(primary_key=True)
    children: Mapped[List["Child"]] = relationship(back_populates="parent", cascade="all, delete-orphan")

class Child(Base):
    __tablename__ = "child"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("parent.id"))
    parent: Mapped["Parent"] = relationship(back_populates="children")
"""

M2M_MODELS = """
from typing import List
from sqlalchemy import Column, ForeignKey, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

class Base(DeclarativeBase):
    pass

link = Table("link", Base.metadata, Column("a_id", ForeignKey("a.id"), primary_key=True),
             Column("b_id", ForeignKey("b.id"), primary_key=True))

class A(Base):
    __tablename__ = "a"
    id: Mapped[int] = mapped_column(primary_key=True)
    bs: Mapped[List["B"]] = relationship(secondary=link, back_populates="as_")

class B(Base):
    __tablename__ = "b"
    id: Mapped[int] = mapped_column(primary_key=True)
    as_: Mapped[List["A"]] = relationship(secondary=link, back_populates="bs")
"""

SELF_REF_NO_REMOTE_SIDE = """
from typing import Optional
from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

class Base(DeclarativeBase):
    pass

class Node(Base):
    __tablename__ = "node"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("node.id"))
    parent: Mapped[Optional["Node"]] = relationship()
"""

SESSION = "from sqlalchemy import create_engine\nfrom sqlalchemy.orm import Session\n" \
    "engine = create_engine('sqlite://')\nBase.metadata.create_all(engine)\n"


def chain(depth):
    return SESSION + f"""
with Session(engine) as s:
    root = node = Node()
    for _ in range({depth}):
        child = Node()
        node.children.append(child)
        node = child
    s.add(root)
    s.commit()
    s.delete(root)
    s.commit()
    print(s.query(Node).count())
"""


def children(n):
    return SESSION + f"""
with Session(engine) as s:
    p = Parent()
    for _ in range({n}):
        p.children.append(Child())
    s.add(p)
    s.commit()
    s.delete(p)
    s.commit()
    print(s.query(Child).count())
"""


COMMIT_LOOP = SESSION + """
with Session(engine) as s:
    for i in range(3000):
        s.add(Parent(children=[Child()]))
        s.commit()
    print(s.query(Child).count())
"""

M2M = SESSION + """
with Session(engine) as s:
    bs = [B() for _ in range(300)]
    for _ in range(30):
        s.add(A(bs=bs))
    s.commit()
    for a in s.query(A).all():
        a.bs.clear()
    s.commit()
"""

# (label, kind, text[, models]) — kind: python, sql, run
INPUTS = [
    ("recursion through __repr__", "python",
     "class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n"),
    ("deep __eq__", "python",
     "class A:\n    def __eq__(self, o):\n        return self == o\nA() == A()\n"),
    ("printing deeply nested lists", "python",
     "x = []\nfor _ in range(100000):\n    x = [x]\nprint(x)\n"),
    ("hashing a deeply nested tuple", "python",
     "x = ()\nfor _ in range(100000):\n    x = (x,)\nhash(x)\n"),
    ("'1'.zfill(3*10**9)", "python", "'1'.zfill(3*10**9)\n"),
    ("[row[:] for row in [[0]*10**6]*10**6]", "python", "[row[:] for row in [[0]*10**6]*10**6]\n"),
    ("{i: [i]*100 for i in range(10**7)}", "python", "{i: [i]*100 for i in range(10**7)}\n"),
    ("while True: s.count('b') on 1 MB", "python", "s = 'a' * 10**6\nwhile True:\n    s.count('b')\n"),
    ("while True: list.index on 1M items", "python",
     "x = [0] * 10**6 + [1]\nwhile True:\n    x.index(1)\n"),
    ("while True: list == list on 1M items", "python",
     "x = [0] * 10**6\ny = [0] * 10**6\nwhile True:\n    x == y\n"),
    ("while True: repr(list) on 100k items", "python", "x = list(range(10**5))\nwhile True:\n    repr(x)\n"),
    ("3**10**6", "python", "print(len(str(3**10**6)))\n"),
    ("3**10**9", "python", "3**10**9\n"),
    ("[] * 10**18", "python", "print([] * 10**18)\n"),
    ("'x' * 10**10", "python", "'x' * 10**10\n"),
    ("100k-deep expression", "python", "x = " + "(" * 100000 + "1" + ")" * 100000 + "\n"),
    ("SUBSTR with huge and negative arguments", "sql",
     "SELECT substr('abc', 9223372036854775807, -9223372036854775808);"),
    ("zeroblob(1e9)", "sql", "SELECT zeroblob(1000000000);"),
    ("printf('%.*c', 1e9, 'x')", "sql", "SELECT printf('%.*c', 1000000000, 'x');"),
    ("SELECT 1+1+… (10k terms)", "sql", "SELECT " + "+".join(["1"] * 10000) + ";"),
    ("recursive CTE that never ends", "sql",
     "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;"),
    ("cross join 3,000 × 3,000", "sql",
     "CREATE TABLE t(x);\nWITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000) "
     "INSERT INTO t SELECT x FROM c;\nSELECT * FROM t AS a, t AS b;"),
    ("self-referential chain, depth 30, delete-orphan", "run", chain(30), TREE_MODELS),
    ("self-referential chain, depth 2,000", "run", chain(2000), TREE_MODELS),
    ("1,000 children appended, committed, deleted", "run", children(1000), TREE_MODELS),
    ("10,000 children appended, committed, deleted", "run", children(10000), TREE_MODELS),
    ("3,000 commits in a loop", "run", COMMIT_LOOP, TREE_MODELS),
    ("many-to-many 30 × 300 links, then clear()", "run", M2M, M2M_MODELS),
    ("self-referential relationship without remote_side", "run",
     SESSION + "with Session(engine) as s:\n    s.add(Node(parent=Node()))\n    s.commit()\n",
     SELF_REF_NO_REMOTE_SIDE),
]


def run(kind, text, models):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "input.sql" if kind == "sql" else "script.py")
        with open(path, "w") as f:
            f.write(text)
        if kind == "python":
            argv = [BIN, "python", "--page", path]
        elif kind == "sql":
            argv = [BIN, "sql", path]
        else:
            mpath = os.path.join(tmp, "models.py")
            with open(mpath, "w") as f:
                f.write(models)
            argv = [BIN, "run", "--page", mpath, path]
        start = time.monotonic()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        timer = threading.Timer(TIMEOUT, proc.kill)
        timer.start()
        out = proc.stdout.read()
        # wait4 gives this child's own peak memory (ru_maxrss, KiB on Linux).
        _, status, usage = os.wait4(proc.pid, 0)
        timer.cancel()
        elapsed = time.monotonic() - start
        peak = usage.ru_maxrss // 1024
        if elapsed >= TIMEOUT:
            return f"TIMEOUT after {TIMEOUT} s", elapsed, peak
        code = os.waitstatus_to_exitcode(status)
        return summarize(out.decode("utf-8", "replace"), code), elapsed, peak


def summarize(out, code):
    """The error line (a traceback's last line, or the SQL error), else "ok" and the last output line."""
    lines = [line for line in out.splitlines() if line.strip()]
    printed = lines
    if lines and lines[-1].startswith("{"):
        # `run` ends with its JSON result: the output is in it, the traceback above it.
        try:
            printed = json.loads(lines[-1]).get("stdout", "").splitlines()
        except ValueError:
            pass
        lines = lines[:-1]
    errors = [line for line in lines if ERROR_LINE.match(line)]
    if errors:
        error = errors[-1]
        if error.startswith("error in `"):
            # The CLI quotes the whole statement; the message is what matters here.
            error = "SQL error: " + error.rsplit("`: ", 1)[-1]
        return error[:110]
    if code != 0:
        return f"exit status {code}"
    return "ok: " + (printed[-1][:80] if printed else "(no output)")


def main():
    if not os.path.exists(BIN):
        sys.exit(f"no binary at {BIN}: build with `cargo build --release --bin ormplay`")
    print("| input | outcome | wall s | peak MB |")
    print("|---|---|---|---|")
    for label, kind, text, *models in INPUTS:
        outcome, elapsed, peak = run(kind, text, models[0] if models else "")
        print(f"| {label} | {outcome.replace('|', '/')} | {elapsed:.2f} | {peak} |", flush=True)


if __name__ == "__main__":
    main()
