from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Kennel(Base):
    __tablename__ = "kennels"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    dogs = relationship("Dog", back_populates="kennel")


class Dog(Base):
    __tablename__ = "dogs"
    id = Column(Integer, primary_key=True)
    name = Column(String(20), unique=True)
    kennel_id = Column(Integer, ForeignKey("kennels.id"))
    kennel = relationship("Kennel", back_populates="dogs")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
