from sqlalchemy import create_engine, String, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, with_polymorphic


class Base(DeclarativeBase):
    pass


class Vehicle(Base):
    __tablename__ = "vehicle"
    id: Mapped[int] = mapped_column(primary_key=True)
    make: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "vehicle"}

    def describe(self):
        return f"{self.make} vehicle"


class Car(Vehicle):
    doors: Mapped[int | None]
    __mapper_args__ = {"polymorphic_identity": "car"}

    def describe(self):
        return f"{self.make} car with {self.doors} doors"


class Truck(Vehicle):
    payload: Mapped[int | None]
    __mapper_args__ = {"polymorphic_identity": "truck"}

    def describe(self):
        return f"{self.make} truck carrying {self.payload}kg"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([Car(make="Fiat", doors=3), Car(make="Volvo", doors=5), Truck(make="MAN", payload=9000),
               Vehicle(make="Segway"), Truck(make="Iveco", payload=3500)])
    s.commit()
