"""Prints what SQLAlchemy's CreateTable gives for every table of a models file, in metadata.sorted_tables
order: the reference for `ormplay ddl`. The .sql files next to this were made with SQLAlchemy 2.1.9:
    python sqlalchemy_ddl.py ../../examples/parent-child/models.py sqlite > parent-child.sqlite.sql
"""
import sys, warnings
warnings.simplefilter("ignore")
from sqlalchemy.schema import CreateTable
from sqlalchemy.dialects import sqlite, postgresql
src = open(sys.argv[1]).read()
dialect = {"sqlite": sqlite.dialect(), "postgresql": postgresql.dialect()}[sys.argv[2]]
ns = {"__name__": "__main__"}
exec(compile(src, "models.py", "exec"), ns)
Base = ns["Base"]
for t in Base.metadata.sorted_tables:
    sys.stdout.write(str(CreateTable(t).compile(dialect=dialect)))
