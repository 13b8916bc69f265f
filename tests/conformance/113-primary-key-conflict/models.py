from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, Session
from sqlalchemy.exc import IntegrityError

Base = declarative_base()


class Room(Base):
    __tablename__ = "rooms"
    number = Column(Integer, primary_key=True, autoincrement=False)
    wing = Column(String(10), nullable=False)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
