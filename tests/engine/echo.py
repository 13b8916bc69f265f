from sqlalchemy import create_engine, text
engine = create_engine("sqlite+pysqlite:///:memory:", echo=True)
with engine.connect() as conn:
    r = conn.exec_driver_sql("CREATE TABLE t (x int, y text, z blob)")
    r = conn.execute(text("INSERT INTO t (x, y) VALUES (:x, :y)"), [{"x": 1, "y": "a" * 400}, {"x": 2, "y": None}])
    with conn.begin_nested() as sp:
        r = conn.execute(text("INSERT INTO t (x, y) VALUES (:x, :y)"), {"x": 3, "y": 2.5})
        sp.rollback()
    print(conn.execute(text("SELECT x, y FROM t WHERE x > :x"), {"x": 1}).all())
    r = conn.execute(text("INSERT INTO t (x, y) VALUES (:x, :y)"), [{"x": i, "y": "it's"} for i in range(12)])
    print(conn.execute(text("SELECT x, y FROM t WHERE x > :x"), {"x": 10}).all())
    conn.commit()
    with conn.begin_nested():
        r = conn.execute(text("UPDATE t SET y = :y WHERE x = :x"), {"x": 1, "y": "b"})
    conn.commit()
with engine.begin() as conn:
    print(conn.execute(text("SELECT count(*) FROM t")).scalar())
quiet = create_engine("sqlite://")
with quiet.connect() as conn:
    print(conn.execute(text("SELECT 1")).all())
