from sqlalchemy import (
    Column, ForeignKey, Integer, MetaData, String, Table, create_engine, insert, select,
)

metadata = MetaData()
authors = Table(
    "authors", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50)),
)
books = Table(
    "books", metadata,
    Column("id", Integer, primary_key=True),
    Column("author_id", ForeignKey("authors.id")),
    Column("name", String(50)),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)
