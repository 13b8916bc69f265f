from datetime import datetime, timezone, timedelta
from sqlalchemy import DateTime, String, Table, Column, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    plain: Mapped[datetime | None] = mapped_column(DateTime)


log = Table("log", Base.metadata, Column("id", Integer, primary_key=True), Column("ts", DateTime(timezone=True)))
