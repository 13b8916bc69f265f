from sqlalchemy import create_engine, MetaData, Table, Column, Integer, String, text

meta = MetaData()
t = Table("t", meta, Column("id", Integer, primary_key=True), Column("v", String))
engine = create_engine("sqlite://")
meta.create_all(engine)
with engine.begin() as c:
    c.execute(t.insert(), [{"v": "a"}, {"v": "b"}, {"v": "c"}])
