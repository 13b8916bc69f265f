from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Owner(Base):
    __tablename__ = "owners"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    cats = relationship("Cat", back_populates="owner")


class Cat(Base):
    __tablename__ = "cats"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    owner_id = Column(Integer, ForeignKey("owners.id"))
    owner = relationship("Owner", back_populates="cats")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
