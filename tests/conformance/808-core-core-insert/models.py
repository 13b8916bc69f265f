from sqlalchemy import (create_engine, MetaData, Table, Column, Integer, String, ForeignKey, insert, select,
                        func, Boolean, Float)

metadata_obj = MetaData()

user_table = Table(
    "user_account",
    metadata_obj,
    Column("id", Integer, primary_key=True),
    Column("name", String(30), nullable=False),
    Column("fullname", String),
    Column("active", Boolean, default=True),
)

address_table = Table(
    "address",
    metadata_obj,
    Column("id", Integer, primary_key=True),
    Column("user_id", ForeignKey("user_account.id"), nullable=False),
    Column("email_address", String, nullable=False),
    Column("score", Float, default=1.5),
)

engine = create_engine("sqlite+pysqlite:///:memory:")
metadata_obj.create_all(engine)
