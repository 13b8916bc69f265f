from sqlalchemy import (create_engine, MetaData, Table, Column, Integer, String, ForeignKey, select, update,
                        delete, insert)
from sqlalchemy.dialects import mysql, sqlite
from sqlalchemy.exc import CompileError

metadata = MetaData()
user_account = Table("user_account", metadata, Column("id", Integer, primary_key=True), Column("name", String(30)),
                     Column("fullname", String(60)))
address = Table("address", metadata, Column("id", Integer, primary_key=True),
                Column("user_id", ForeignKey("user_account.id")), Column("email_address", String(60)))
engine = create_engine("sqlite://")
metadata.create_all(engine)
