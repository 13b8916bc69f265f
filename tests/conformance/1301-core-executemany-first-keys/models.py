from sqlalchemy import create_engine, MetaData, Table, Column, Integer, String, insert, select, update, bindparam

metadata = MetaData()
tasks = Table(
    "tasks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(40), nullable=False),
    Column("priority", Integer, default=3),
    Column("owner", String(20), default="nobody"),
    Column("done", Integer, default=lambda: 0),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)
