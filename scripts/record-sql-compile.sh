#!/bin/sh
# Records the expected output of every tests/sql_compile/*.py from real SQLAlchemy (2.1.9 in
# /opt/sqla by default; set SQLA_PYTHON to another interpreter with SQLAlchemy installed).
set -eu
PY="${SQLA_PYTHON:-/opt/sqla/bin/python}"
cd "$(dirname "$0")/../tests/sql_compile"
for f in *.py; do
    "$PY" -W ignore "$f" > "${f%.py}.expected"
done
