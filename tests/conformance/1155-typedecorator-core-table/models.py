from sqlalchemy import MetaData, Table, Column, Integer, String, TypeDecorator


class Upper(TypeDecorator):
    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.upper() if value is not None else None

    def process_result_value(self, value, dialect):
        return f"<{value}>" if value is not None else None


class Cents(TypeDecorator):
    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else int(round(value * 100))

    def process_result_value(self, value, dialect):
        return None if value is None else value / 100


metadata = MetaData()
product = Table(
    "product",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", Upper(10), nullable=False),
    Column("price", Cents),
)
