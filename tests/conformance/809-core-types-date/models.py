import datetime
from sqlalchemy import create_engine, String, Date, DateTime, Time, select, func, extract, Interval
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(50))
    day: Mapped[datetime.date] = mapped_column(Date)
    starts_at: Mapped[datetime.datetime] = mapped_column(DateTime)
    alarm: Mapped[datetime.time | None] = mapped_column(Time)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
