from sqlalchemy import create_engine, text, bindparam, Integer, String

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE city (id INTEGER PRIMARY KEY, name TEXT, country TEXT, pop INTEGER)"))
    conn.execute(
        text("INSERT INTO city (name, country, pop) VALUES (:n, :c, :p)"),
        [{"n": "Oslo", "c": "NO", "p": 700}, {"n": "Bergen", "c": "NO", "p": 285}, {"n": "Lyon", "c": "FR", "p": 520}, {"n": "Nice", "c": "FR", "p": 340}, {"n": "Porto", "c": "PT", "p": 230}],
    )
