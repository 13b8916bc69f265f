from sqlalchemy import create_engine, Column, Integer, String, Float
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Item(Base):
    __tablename__ = "items"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    price = Column(Float)
    stock = Column(Integer)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
