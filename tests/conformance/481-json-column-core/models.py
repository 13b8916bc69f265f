from sqlalchemy import create_engine, JSON, Column, Integer, String, Table, MetaData, select, insert, update

md = MetaData()
t = Table("t", md, Column("id", Integer, primary_key=True), Column("doc", JSON), Column("name", String))
engine = create_engine("sqlite://")
md.create_all(engine)
