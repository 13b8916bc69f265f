#!/usr/bin/env python3
"""The ORM at scale (issue 15): how `ormplay run` grows from 1k to 100k objects, against CPython + SQLAlchemy.

Run on demand, not by the test command:

    python3 scripts/bench-orm.py [BIN] [--sizes 1000,10000,100000] [--runs 5] [--cases children,bulk]
                                 [--sqla-max 10000] [--instructions]

Each case is one session program of the kind learners write, at each size. For every size it prints the
median wall time of the whole `ormplay run` process (BIN, default target/release/ormplay), the same
program under CPython + SQLAlchemy 2.1.9 when /opt/sqla/bin/python exists (only up to --sqla-max objects:
SQLAlchemy needs seconds per 10k), their ratio, and the growth from the previous size (time ratio for
the size ratio: linear work grows about as much as the size). --instructions adds the instruction count
under callgrind (valgrind), which a busy machine does not disturb. Figures only: nothing is asserted.

The cases:
- children: N children appended to one parent, committed, deleted through the parent
  (cascade="all, delete-orphan") and committed — the issue's goal is 10k in 0.2 s, 9x SQLAlchemy.
- bulk: N parents, each with one child, added and committed in one go.
- chain: a self-referential chain N deep, committed, deleted through delete-orphan from its root. Its
  `parent_id` is indexed here, so each node's lazy load of its children is a lookup, not a table scan
  (without an index SQLite scans the table once per node, quadratic for SQLAlchemy too).
- get-loop: N rows committed, then `session.get()` of each in a loop (identity-map hits).
- query-loop: N rows committed, then a `query().filter_by().one()` and a `select().where()` per row.
- commit-loop: N times one `add()` and one `commit()` in one session (each commit expires what it
  touched; SQLAlchemy's expire-on-commit visits its whole identity map).
- update-loop: N rows committed, then one attribute of one row changed and committed, N times.
- delete-loop: N rows committed, then one row deleted and committed, N times.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SQLA_PYTHON = "/opt/sqla/bin/python"

MODELS = """
from typing import List, Optional
from sqlalchemy import ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

class Base(DeclarativeBase):
    pass

class Node(Base):
    __tablename__ = "node"
    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("node.id"), index=True)
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

SESSION = (
    "from sqlalchemy import create_engine, select\nfrom sqlalchemy.orm import Session\n"
    "engine = create_engine('sqlite://')\nBase.metadata.create_all(engine)\n"
)

CASES = {
    "children": """
with Session(engine) as s:
    p = Parent()
    for _ in range({n}):
        p.children.append(Child())
    s.add(p)
    s.commit()
    s.delete(p)
    s.commit()
    print(s.query(Child).count())
""",
    "bulk": """
with Session(engine) as s:
    s.add_all([Parent(children=[Child()]) for _ in range({n})])
    s.commit()
    print(s.query(Child).count())
""",
    "chain": """
with Session(engine) as s:
    root = node = Node()
    for _ in range({n}):
        child = Node()
        node.children.append(child)
        node = child
    s.add(root)
    s.commit()
    s.delete(root)
    s.commit()
    print(s.query(Node).count())
""",
    "get-loop": """
with Session(engine) as s:
    s.add_all([Parent() for _ in range({n})])
    s.commit()
    total = 0
    for i in range(1, {n} + 1):
        total += s.get(Parent, i).id
    print(total)
""",
    "query-loop": """
with Session(engine) as s:
    s.add_all([Parent() for _ in range({n})])
    s.commit()
    total = 0
    for i in range(1, {n} + 1):
        total += s.query(Parent).filter_by(id=i).one().id
        total += s.execute(select(Parent).where(Parent.id == i)).scalar_one().id
    print(total)
""",
    "commit-loop": """
with Session(engine) as s:
    for _ in range({n}):
        s.add(Parent())
        s.commit()
    print(s.query(Parent).count())
""",
    "update-loop": """
with Session(engine) as s:
    nodes = [Node() for _ in range({n})]
    s.add_all(nodes)
    s.commit()
    for node in nodes:
        node.parent_id = 1
        s.commit()
    print(s.query(Node).filter_by(parent_id=1).count())
""",
    "delete-loop": """
with Session(engine) as s:
    parents = [Parent() for _ in range({n})]
    s.add_all(parents)
    s.commit()
    for p in parents:
        s.delete(p)
        s.commit()
    print(s.query(Parent).count())
""",
}

# CPython runs the models, then the script, in one namespace (as ormplay does).
SQLA_DRIVER = """
import sys
g = {"__name__": "__main__"}
for path in sys.argv[1:]:
    exec(compile(open(path).read(), path, "exec"), g)
"""


def timed(argv, runs):
    """Median wall seconds of `runs` runs of argv, and the last run's stdout."""
    times, out = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
        out = proc.stdout
    return statistics.median(times), out


def instructions(argv):
    """Instructions the program executes, counted by callgrind (None without valgrind)."""
    if not shutil.which("valgrind"):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "log")
        argv = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", f"--log-file={log}", *argv]
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        for line in open(log):
            if "Collected :" in line:
                return int(line.rsplit(":", 1)[1].strip())
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bin", nargs="?", default=os.path.join(ROOT, "target/release/ormplay"))
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--sqla-max", type=int, default=10000)
    parser.add_argument("--instructions", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    sqla = os.path.exists(SQLA_PYTHON)
    with tempfile.TemporaryDirectory() as tmp:
        models = os.path.join(tmp, "models.py")
        driver = os.path.join(tmp, "driver.py")
        with open(models, "w") as f:
            f.write(MODELS)
        with open(driver, "w") as f:
            f.write(SQLA_DRIVER)
        for case in args.cases.split(","):
            print(f"== {case}")
            print(f"{'objects':>8} {'ormplay s':>10} {'growth':>16} {'instructions':>14} {'SQLAlchemy s':>13} {'ratio':>7}")
            previous = None
            for n in sizes:
                script = os.path.join(tmp, f"{case}-{n}.py")
                with open(script, "w") as f:
                    f.write(SESSION + CASES[case].format(n=n))
                ours, out = timed([args.bin, "run", models, script], args.runs)
                if b'"error":null' not in out:
                    print(f"{n:>8} failed: {out[:200]!r}")
                    continue
                growth = ""
                if previous:
                    growth = f"x{ours / previous[1]:.1f} for x{n / previous[0]:g}"
                count = instructions([args.bin, "run", models, script]) if args.instructions else None
                count = f"{count / 1e6:,.0f} M" if count else "-"
                theirs, ratio = "-", "-"
                if sqla and n <= args.sqla_max:
                    seconds, _ = timed([SQLA_PYTHON, driver, models, script], max(1, args.runs // 2))
                    theirs, ratio = f"{seconds:.3f}", f"{seconds / ours:.1f}x"
                print(f"{n:>8} {ours:>10.3f} {growth:>16} {count:>14} {theirs:>13} {ratio:>7}")
                sys.stdout.flush()
                previous = (n, ours)


if __name__ == "__main__":
    main()
