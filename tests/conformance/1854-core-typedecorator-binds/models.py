from sqlalchemy import (
    Column, Integer, MetaData, String, Table, case, create_engine, func, insert, select, update,
)
from sqlalchemy.types import TypeDecorator


class Cents(TypeDecorator):
    """Money kept as whole cents."""
    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):
        print("bind", value)
        return None if value is None else int(round(value * 100))

    def process_result_value(self, value, dialect):
        return None if value is None else value / 100


class Upper(TypeDecorator):
    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else value.upper()

    def process_result_value(self, value, dialect):
        return None if value is None else "<" + value + ">"


metadata = MetaData()
items = Table(
    "items", metadata,
    Column("id", Integer, primary_key=True),
    Column("code", Upper(10)),
    Column("price", Cents),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)
