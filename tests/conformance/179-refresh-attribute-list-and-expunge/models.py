from sqlalchemy import create_engine, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Thermostat(Base):
    __tablename__ = "thermostats"
    id: Mapped[int] = mapped_column(primary_key=True)
    room: Mapped[str] = mapped_column(String(20))
    target: Mapped[int] = mapped_column(default=20)
    mode: Mapped[str] = mapped_column(String(10), default="auto")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
