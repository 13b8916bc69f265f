from sqlalchemy import Integer, String, bindparam, column
from sqlalchemy.orm import Session

with engine.connect() as conn:
    result = conn.execute(text("select 'hello world'"))
    print(result.all())
with engine.begin() as conn:
    conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"), [{"x": 6, "y": 8}, {"x": 9, "y": 10}])
with engine.connect() as conn:
    result = conn.execute(text("SELECT x, y FROM some_table"))
    for row in result:
        print(f"x: {row.x}  y: {row.y}")
    result = conn.execute(text("SELECT x, y FROM some_table WHERE y > :y"), {"y": 2})
    for x, y in result:
        print(x, y)
    result = conn.execute(text("SELECT x, y FROM some_table"))
    for dict_row in result.mappings():
        print(dict_row["x"], dict_row["y"])
    print(conn.execute(text("SELECT count(*) FROM some_table")).scalar())
    stmt = text("SELECT x, y FROM some_table WHERE x IN :xs").bindparams(bindparam("xs", expanding=True))
    print(conn.execute(stmt, {"xs": [1, 9]}).all())
    print(conn.execute(text("SELECT sum(y) AS total, max(x) AS mx FROM some_table")).one()._asdict())
    res = conn.execute(text("SELECT x FROM some_table ORDER BY x DESC"))
    print(res.fetchone(), res.fetchmany(2), res.fetchall())
    print(conn.execute(text("SELECT x, y FROM some_table ORDER BY x")).keys())
    print(conn.execute(text("SELECT * FROM some_table WHERE x = :x").bindparams(x=2)).first())
with Session(engine) as session:
    result = session.execute(text("SELECT x, y FROM some_table WHERE y > :y ORDER BY x, y"), {"y": 6})
    for row in result:
        print(f"x: {row.x}  y: {row.y}")
    result = session.execute(text("UPDATE some_table SET y=:y WHERE x=:x"), [{"x": 9, "y": 11}, {"x": 13, "y": 15}])
    session.commit()
    print(session.scalars(text("SELECT y FROM some_table ORDER BY y")).all())
    t = text("SELECT x, y FROM some_table").columns(column("x", Integer), column("y", Integer)).subquery()
    from sqlalchemy import select
    print(select(t.c.x).where(t.c.y > 5))
    print(session.execute(select(t.c.x).where(t.c.y > 5).order_by(t.c.x)).scalars().all())
