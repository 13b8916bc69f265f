import datetime
from typing import Annotated
from sqlalchemy import String, Integer, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class StrippedString(TypeDecorator):
    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return value.strip() if isinstance(value, str) else value


class Seconds(TypeDecorator):
    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return int(value.total_seconds()) if value is not None else None

    def process_result_value(self, value, dialect):
        return datetime.timedelta(seconds=value) if value is not None else None


str30 = Annotated[str, 30]


class Base(DeclarativeBase):
    type_annotation_map = {str30: StrippedString(30), datetime.timedelta: Seconds()}


class Event(Base):
    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str30]
    duration: Mapped[datetime.timedelta]
