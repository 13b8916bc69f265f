with engine.connect() as conn:
    result = conn.execute(text("select 'hello world'"))
    print(result.all())

with engine.connect() as conn:
    conn.execute(text("CREATE TABLE some_table (x int, y int)"))
    conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"), [{"x": 1, "y": 1}, {"x": 2, "y": 4}])
    conn.commit()

with engine.begin() as conn:
    conn.execute(text("INSERT INTO some_table (x, y) VALUES (:x, :y)"), [{"x": 6, "y": 8}, {"x": 9, "y": 10}])

with engine.connect() as conn:
    result = conn.execute(text("SELECT x, y FROM some_table"))
    for row in result:
        print(f"x: {row.x}  y: {row.y}")
    result = conn.execute(text("SELECT x, y FROM some_table WHERE y > :y"), {"y": 2})
    for x, y in result:
        print(x, y)
    for dict_row in conn.execute(text("SELECT x, y FROM some_table")).mappings():
        print(dict_row["x"], dict_row["y"], dict(dict_row))
    print(conn.execute(text("SELECT count(*) FROM some_table")).scalar())
    print(conn.execute(text("SELECT x FROM some_table ORDER BY x DESC")).scalars().all())
    print(conn.execute(text("SELECT x, y FROM some_table WHERE x = :v").bindparams(v=6)).one())
    print(conn.execute(text("SELECT * FROM some_table WHERE x = 42")).first())
    print(conn.execute(text("SELECT x, y FROM some_table ORDER BY y")).mappings().all())
    print(conn.execute(text("SELECT x, y FROM some_table")).keys())
    conn.execute(text("UPDATE some_table SET y=:y WHERE x=:x"), [{"x": 9, "y": 11}, {"x": 2, "y": 15}])
    conn.commit()

from sqlalchemy.orm import Session
with Session(engine) as session:
    result = session.execute(text("SELECT x, y FROM some_table WHERE y > :y ORDER BY x, y"), {"y": 6})
    for row in result:
        print(f"x: {row.x}  y: {row.y}")
    print(session.execute(text("select sum(y) from some_table")).scalar_one())
