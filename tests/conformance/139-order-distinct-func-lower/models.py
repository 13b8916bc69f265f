from sqlalchemy import create_engine, Column, Integer, String, func
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Guest(Base):
    __tablename__ = "guests"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    city = Column(String(20))
    age = Column(Integer)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
