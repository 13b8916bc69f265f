from sqlalchemy import create_engine, insert, select, func, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Reading(Base):
    __tablename__ = "readings"
    id: Mapped[int] = mapped_column(primary_key=True)
    sensor: Mapped[str] = mapped_column(String(10))
    value: Mapped[float]
    unit: Mapped[str] = mapped_column(String(5), default="C")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
