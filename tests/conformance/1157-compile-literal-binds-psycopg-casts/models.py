from sqlalchemy import create_engine, Column, Integer, String, Float, Boolean, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Car(Base):
    __tablename__ = "cars"
    id = Column(Integer, primary_key=True)
    make = Column(String(20))
    model = Column(String(20))
    year = Column(Integer)
    price = Column(Float)
    electric = Column(Boolean, default=False)
    owner_id = Column(Integer, ForeignKey("owners.id"))
    owner = relationship("Owner", back_populates="cars")


class Owner(Base):
    __tablename__ = "owners"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    cars = relationship("Car", back_populates="owner")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
