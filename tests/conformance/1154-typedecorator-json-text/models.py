import json
from typing import Optional
from sqlalchemy import Text, String, Integer
from sqlalchemy.types import TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class JSONEncoded(TypeDecorator):
    """Stores a Python structure as JSON text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        print("bind", dialect.name, value)
        return json.dumps(value)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return json.loads(value)


class Tags(TypeDecorator):
    impl = String(200)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return ",".join(sorted(value)) if value is not None else None

    def process_result_value(self, value, dialect):
        return set(value.split(",")) if value else set()


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(50))
    data: Mapped[Optional[dict]] = mapped_column(JSONEncoded)
    tags = mapped_column(Tags, nullable=True)
    stars: Mapped[int] = mapped_column(Integer, default=0)
