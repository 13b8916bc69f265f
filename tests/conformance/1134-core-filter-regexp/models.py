from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, func, or_, select

metadata = MetaData()
words = Table(
    "words", metadata,
    Column("id", Integer, primary_key=True),
    Column("word", String(30)),
    Column("n", Integer),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)
