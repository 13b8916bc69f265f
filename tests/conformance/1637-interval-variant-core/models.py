from datetime import timedelta
from sqlalchemy import (create_engine, MetaData, Table, Column, Integer, BigInteger, String, Interval, insert, select,
                        Text)
from sqlalchemy.dialects import sqlite, postgresql
from sqlalchemy.exc import ArgumentError
from sqlalchemy.schema import CreateTable

metadata = MetaData()
BigId = BigInteger().with_variant(Integer, "sqlite")
tasks = Table(
    "tasks", metadata,
    Column("id", BigId, primary_key=True),
    Column("title", String(40, collation="nocase")),
    Column("label", Text(collation="RTRIM")),
    Column("spent", Interval),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)
