import json
from sqlalchemy import String, Text
from sqlalchemy.types import TypeDecorator
from sqlalchemy.ext.mutable import MutableList, MutableDict
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class JSONText(TypeDecorator):
    impl = String(200)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else json.dumps(value)

    def process_result_value(self, value, dialect):
        return None if value is None else json.loads(value)


class Base(DeclarativeBase):
    pass


class Cart(Base):
    __tablename__ = "cart"
    id: Mapped[int] = mapped_column(primary_key=True)
    items = mapped_column(MutableList.as_mutable(JSONText()))
    meta = mapped_column(MutableDict.as_mutable(JSONText), nullable=True)
