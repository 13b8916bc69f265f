from sqlalchemy import create_engine, String, ForeignKey, select, func, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, with_polymorphic


class Base(DeclarativeBase):
    pass


class Vehicle(Base):
    __tablename__ = "vehicle"
    id: Mapped[int] = mapped_column(primary_key=True)
    plate: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "vehicle"}

    def __repr__(self):
        return f"<{self.kind} {self.plate}>"


class Car(Vehicle):
    __tablename__ = "car"
    id: Mapped[int] = mapped_column(ForeignKey("vehicle.id", ondelete="CASCADE"), primary_key=True)
    seats: Mapped[int]
    __mapper_args__ = {"polymorphic_identity": "car"}


class Truck(Vehicle):
    __tablename__ = "truck"
    id: Mapped[int] = mapped_column(ForeignKey("vehicle.id"), primary_key=True)
    load_tons: Mapped[float]
    __mapper_args__ = {"polymorphic_identity": "truck"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
