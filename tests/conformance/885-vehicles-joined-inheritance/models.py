from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Boolean
from sqlalchemy.orm import declarative_base, relationship, sessionmaker, with_polymorphic, selectin_polymorphic

Base = declarative_base()


class Garage(Base):
    __tablename__ = "garage"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    vehicles = relationship("Vehicle", back_populates="garage", order_by="Vehicle.id")


class Vehicle(Base):
    __tablename__ = "vehicle"
    id = Column(Integer, primary_key=True)
    make = Column(String(20))
    wheels = Column(Integer)
    vtype = Column(String(20))
    garage_id = Column(ForeignKey("garage.id"))
    garage = relationship(Garage, back_populates="vehicles")
    __mapper_args__ = {"polymorphic_on": vtype, "polymorphic_identity": "vehicle", "with_polymorphic": "*"}

    def describe(self):
        return f"{self.make} with {self.wheels} wheels"


class Car(Vehicle):
    __tablename__ = "car"
    id = Column(ForeignKey("vehicle.id"), primary_key=True)
    doors = Column(Integer)
    __mapper_args__ = {"polymorphic_identity": "car"}

    def describe(self):
        return super().describe() + f" and {self.doors} doors"


class Truck(Vehicle):
    __tablename__ = "truck"
    id = Column(ForeignKey("vehicle.id"), primary_key=True)
    payload = Column(Integer)
    __mapper_args__ = {"polymorphic_identity": "truck"}


class Motorbike(Vehicle):
    __tablename__ = "motorbike"
    id = Column(ForeignKey("vehicle.id"), primary_key=True)
    sidecar = Column(Boolean, default=False)
    __mapper_args__ = {"polymorphic_identity": "motorbike"}

    def describe(self):
        return super().describe() + (" (sidecar)" if self.sidecar else "")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
