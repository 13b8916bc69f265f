from sqlalchemy import (
    Column, ForeignKey, Integer, MetaData, String, Table, bindparam, create_engine, insert,
    select, tuple_,
)

metadata = MetaData()
members = Table(
    "members", metadata,
    Column("id", Integer, primary_key=True),
    Column("team", String(20)),
    Column("level", Integer),
)
badges = Table(
    "badges", metadata,
    Column("id", Integer, primary_key=True),
    Column("member_id", ForeignKey("members.id")),
    Column("title", String(20)),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)
