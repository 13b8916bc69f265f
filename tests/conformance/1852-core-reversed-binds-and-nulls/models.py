from sqlalchemy import (
    Column, Integer, MetaData, String, Table, case, create_engine, func, insert, literal,
    null, select,
)

metadata = MetaData()
scores = Table(
    "scores", metadata,
    Column("id", Integer, primary_key=True),
    Column("player", String(20)),
    Column("points", Integer),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)
