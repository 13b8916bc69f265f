from sqlalchemy import (
    Column, Integer, MetaData, String, Table, create_engine, func, insert, literal,
    select, text, update,
)

metadata = MetaData()
notes = Table(
    "notes", metadata,
    Column("id", Integer, primary_key=True),
    Column("body", String(50)),
    Column("stamp", String(30), default=text("'new'"), onupdate=text("'edited'")),
    Column("rev", Integer, default=literal(1) + 0, onupdate=func.abs(-2)),
    Column("slug", String(30), default=func.lower("HELLO")),
    Column("kind", String(10), server_default=text("'plain'")),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)
