from sqlalchemy import (create_engine, MetaData, Table, Column, Integer, String, ForeignKey, insert, inspect,
                        select)
from sqlalchemy.exc import IntegrityError, InvalidRequestError

engine = create_engine("sqlite://")
metadata = MetaData()
users = Table("users", metadata, Column("id", Integer, primary_key=True), Column("name", String(30)))
tags = Table("tags", metadata, Column("code", String(8), primary_key=True, default="misc"), Column("label", String))
links = Table(
    "links", metadata,
    Column("user_id", ForeignKey("users.id"), primary_key=True),
    Column("tag", ForeignKey("tags.code"), primary_key=True),
)
metadata.create_all(engine)
