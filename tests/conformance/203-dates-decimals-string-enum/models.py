import datetime as dt
from decimal import Decimal
from typing import Optional
from sqlalchemy import create_engine, Enum, Numeric, String, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(Enum("meetup", "talk", "workshop", name="kind"))
    day: Mapped[dt.date]
    starts: Mapped[dt.datetime]
    doors: Mapped[Optional[dt.time]]
    fee: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal("0"))
    ratio: Mapped[Decimal]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
