import sqlite3

con = sqlite3.connect(":memory:")
cur = con.cursor()
print(cur.rowcount, cur.lastrowid, cur.description, cur.arraysize)
cur.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, age INTEGER)")
cur.execute("INSERT INTO users (name, age) VALUES (?, ?)", ("ann", 31))
print(cur.lastrowid, cur.rowcount, con.in_transaction)
cur.executemany("INSERT INTO users (name, age) VALUES (?, ?)", [("bob", 25), ("cy", None)])
print(cur.rowcount)
con.commit()
print(con.in_transaction)
cur.execute("SELECT id, name, age FROM users ORDER BY age")
print(cur.fetchone(), cur.rowcount)
print(cur.fetchall())
print([d[0] for d in cur.description])
for row in con.execute("SELECT name FROM users WHERE age > :a", {"a": 20}):
    print(row)
print(con.execute("SELECT count(*), sum(age), avg(age) FROM users").fetchone())
print(con.execute("SELECT x'00ff', 1.5, NULL, 'é'").fetchone())
errors = [
    ("INSERT INTO users (name) VALUES ('ann')", ()),
    ("SELECT nope FROM users", ()),
    ("INSERT INTO users (name, age) VALUES (?, ?)", (1,)),
    ("INSERT INTO users (name) VALUES (:n)", {"x": 1}),
    ("SELECT 1; SELECT 2", ()),
    ("SELECT ?", ([1],)),
]
for sql, params in errors:
    try:
        con.execute(sql, params)
    except sqlite3.Error as e:
        print(type(e).__name__, e)
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), sqlite3.Error.__module__)
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print(e)
