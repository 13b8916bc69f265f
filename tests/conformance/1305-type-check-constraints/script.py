from sqlalchemy import inspect, text
from sqlalchemy.schema import CreateTable
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import IntegrityError

print(CreateTable(Article.__table__))
print(CreateTable(Article.__table__).compile(dialect=sqlite.dialect()))
print(CreateTable(flags).compile(dialect=sqlite.dialect()))
print(inspect(engine).get_check_constraints("article"))
with engine.connect() as conn:
    try:
        conn.execute(text("INSERT INTO article (status, kind, plain, featured) VALUES ('DRAFT', 'poem', 'DRAFT', 0)"))
    except IntegrityError:
        print("kind rejected")
    conn.execute(text("INSERT INTO article (status, kind, plain, featured) VALUES ('DRAFT', 'blog', 'XX', 1)"))
    print(conn.execute(text("SELECT status, kind, plain, featured FROM article")).all())
