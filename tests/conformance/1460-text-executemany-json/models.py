from sqlalchemy import create_engine, text, bindparam, String, Integer, JSON

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE events (id INTEGER PRIMARY KEY, kind VARCHAR(20), payload TEXT, n INTEGER)"))
