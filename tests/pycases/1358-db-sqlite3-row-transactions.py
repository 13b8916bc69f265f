import sqlite3

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
con.execute("create table t (k text primary key, v real)")
with con:
    con.executemany("insert into t values (?, ?)", [("a", 1.5), ("b", 2)])
row = con.execute("select * from t where k = ?", ("a",)).fetchone()
print(type(row).__name__, row["k"], row[1], row.keys(), tuple(row), dict(row))
print(len(row), row["V"], row[:1], row == con.execute("select * from t where k = 'a'").fetchone())
try:
    row["missing"]
except IndexError as e:
    print("IndexError:", e)
try:
    with con:
        con.execute("insert into t values ('c', 3)")
        con.execute("insert into t values ('a', 9)")
except sqlite3.IntegrityError as e:
    print("rolled back:", e)
print([r["k"] for r in con.execute("select k from t order by k")])
con.execute("insert into t values ('z', 0)")
con.rollback()
print(con.execute("select count(*) from t").fetchone()[0])
cur = con.execute("update t set v = v * 10")
print(cur.rowcount, con.total_changes)
print(tuple(con.execute("select sum(v), max(k) from t").fetchone()))
cur = con.cursor()
print([r[0] for r in cur.execute("select k from t order by k").fetchmany(1)], [r[0] for r in cur.fetchmany()], cur.fetchone())
con.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description, row)}
print(con.execute("select k, v from t order by v desc").fetchall())
con.executescript("create table log (msg); insert into log values ('hi'); insert into log values ('there');")
print(con.execute("select group_concat(msg, ' ') as m from log").fetchone())
print(sqlite3.paramstyle, sqlite3.sqlite_version_info >= (3, 0, 0), sqlite3.Row.__module__)
