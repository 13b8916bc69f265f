ins = text("INSERT INTO events (kind, payload, n) VALUES (:kind, :payload, :n)").bindparams(bindparam("payload", type_=JSON))
with engine.begin() as conn:
    r = conn.execute(ins, [{"kind": "click", "payload": {"x": 1}, "n": 1}, {"kind": "view", "payload": [1, 2], "n": 2},
                           {"kind": "click", "payload": None, "n": 3}])
    print(r.rowcount)
with engine.connect() as conn:
    rows = conn.execute(text("SELECT kind, payload FROM events ORDER BY id")).all()
    print(rows)
    typed = text("SELECT id, payload FROM events WHERE kind = :k ORDER BY id").columns(id=Integer, payload=JSON)
    print(conn.execute(typed, {"k": "click"}).all())
    print(conn.execute(text("SELECT count(*) AS c, sum(n) AS s FROM events")).mappings().one())
    stmt = text("SELECT kind FROM events WHERE n > :n").bindparams(n=1)
    print(stmt, conn.execute(stmt).scalars().all())
    print(conn.execute(text("SELECT 'a:b' AS x, :v AS y"), {"v": "c\\:d"}).one())
    print(conn.execute(text(r"SELECT '12\:30' AS t")).scalar())
