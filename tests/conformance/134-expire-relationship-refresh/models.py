from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Shelf(Base):
    __tablename__ = "shelves"
    id = Column(Integer, primary_key=True)
    label = Column(String(10))
    jars = relationship("Jar", back_populates="shelf", order_by="Jar.name")


class Jar(Base):
    __tablename__ = "jars"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    shelf_id = Column(Integer, ForeignKey("shelves.id"))
    shelf = relationship("Shelf", back_populates="jars")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine, expire_on_commit=False)
