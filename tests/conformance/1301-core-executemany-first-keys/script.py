with engine.begin() as conn:
    # The first dictionary decides the columns: "priority" and "owner" in later rows are ignored.
    r = conn.execute(insert(tasks), [{"title": "write"}, {"title": "test", "priority": 1}, {"title": "ship", "owner": "ann", "done": 1}])
    print(r.rowcount)
    conn.execute(tasks.insert(), [{"title": "plan", "priority": 5, "owner": "bo"}, {"title": "review", "priority": 2, "owner": "cy", "done": 1}])
    for row in conn.execute(select(tasks).order_by(tasks.c.id)):
        print(row)
    stmt = update(tasks).where(tasks.c.id == bindparam("tid")).values(priority=bindparam("p"))
    conn.execute(stmt, [{"tid": 1, "p": 9}, {"tid": 2, "p": 8, "owner": "zed"}])
    print(conn.execute(select(tasks.c.id, tasks.c.priority, tasks.c.owner).where(tasks.c.id < 3)).all())
    try:
        conn.execute(insert(tasks), [{"title": "a", "owner": "x"}, {"title": "b"}])
    except Exception as e:
        print(type(e).__name__)
