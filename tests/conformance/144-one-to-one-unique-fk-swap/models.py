from typing import Optional

from sqlalchemy import ForeignKey, String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Car(Base):
    __tablename__ = "cars"
    id: Mapped[int] = mapped_column(primary_key=True)
    plate: Mapped[str] = mapped_column(String(10))
    spot: Mapped[Optional["Spot"]] = relationship(back_populates="car")


class Spot(Base):
    __tablename__ = "spots"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(5))
    car_id: Mapped[Optional[int]] = mapped_column(ForeignKey("cars.id"))
    car: Mapped[Optional[Car]] = relationship(back_populates="spot")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
