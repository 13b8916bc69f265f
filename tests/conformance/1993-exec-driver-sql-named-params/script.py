with engine.connect() as conn:
    print(conn.exec_driver_sql("SELECT v FROM t WHERE id = :i", {"i": 3}).scalar())
    print(conn.exec_driver_sql("SELECT v FROM t WHERE id = ?", (2,)).scalar())
    print(conn.exec_driver_sql("SELECT count(*) FROM t WHERE id > :lo AND id < :hi AND :lo < 5", {"hi": 3, "lo": 0}).scalar())
    print(conn.exec_driver_sql("SELECT v FROM t WHERE id = @x OR id = $y ORDER BY id", {"x": 1, "y": 2}).all())
    conn.exec_driver_sql("INSERT INTO t (v) VALUES (:v)", [{"v": "d"}, {"v": "e"}])
    print(conn.exec_driver_sql("SELECT count(*) FROM t").scalar())
    try:
        conn.exec_driver_sql("SELECT v FROM t WHERE id = :missing", {"i": 1})
    except Exception as e:
        print(type(e).__name__)
    conn.commit()
