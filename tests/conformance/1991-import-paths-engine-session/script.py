def names(conn: Connection) -> list:
    result = conn.execute(text("SELECT name FROM items ORDER BY id"))
    return [row for row in result]


with SessionLocal() as session:
    session.add_all([Item(name="pen"), Item(name="ink")])
    session.commit()
    q = session.query(Item)
    print(isinstance(session, Session), isinstance(q, Query), q.count())

with engine.connect() as conn:
    rows = names(conn)
    print(isinstance(conn, Connection), isinstance(engine, Engine))
    print([isinstance(r, Row) for r in rows], [r.name for r in rows])
    m = conn.execute(text("SELECT id, name FROM items")).mappings().first()
    print(isinstance(m, RowMapping), dict(m))

from sqlalchemy import inspect
insp = inspect(engine)
print(isinstance(insp, Inspector), Inspector is ReflectionInspector, insp.get_table_names())
print(make_url("sqlite:///app.db").database)
