from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Region(Base):
    __tablename__ = "regions"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    stores = relationship("Store", back_populates="region")


class Store(Base):
    __tablename__ = "stores"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    region_id = Column(Integer, ForeignKey("regions.id"))
    region = relationship("Region", back_populates="stores")
    clerks = relationship("Clerk", back_populates="store")


class Clerk(Base):
    __tablename__ = "clerks"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    store_id = Column(Integer, ForeignKey("stores.id"))
    store = relationship("Store", back_populates="clerks")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
