from datetime import timedelta, date, datetime, time
from decimal import Decimal
from sqlalchemy import (create_engine, select, Interval, LargeBinary, PickleType, Boolean, Numeric, Float, String, Text, Unicode,
                        UnicodeText, SmallInteger, BigInteger, DateTime, Date, Time, JSON, func, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy.schema import CreateTable


class Base(DeclarativeBase):
    pass


class Sample(Base):
    __tablename__ = "sample"
    id: Mapped[int] = mapped_column(primary_key=True)
    dur: Mapped[timedelta] = mapped_column(Interval)
    blob: Mapped[bytes] = mapped_column(LargeBinary(16))
    pick: Mapped[dict] = mapped_column(PickleType)
    flag: Mapped[bool] = mapped_column(Boolean(create_constraint=True, name="ck_flag"))
    price: Mapped[float] = mapped_column(Numeric(8, 2, asdecimal=False))
    exact: Mapped[Decimal] = mapped_column(Numeric(10, 4))
    ratio: Mapped[float] = mapped_column(Float(precision=24))
    name: Mapped[str] = mapped_column(String(20, collation="NOCASE"))
    body: Mapped[str] = mapped_column(Text)
    uname: Mapped[str] = mapped_column(Unicode(10))
    utext: Mapped[str] = mapped_column(UnicodeText)
    small: Mapped[int] = mapped_column(SmallInteger)
    big: Mapped[int] = mapped_column(BigInteger)
    when: Mapped[datetime] = mapped_column(DateTime)
    day: Mapped[date] = mapped_column(Date)
    at: Mapped[time] = mapped_column(Time)
    meta: Mapped[dict] = mapped_column(JSON)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
