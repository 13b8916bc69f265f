from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, Session
from sqlalchemy.orm.exc import NoResultFound, MultipleResultsFound

Base = declarative_base()


class Pet(Base):
    __tablename__ = "pets"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))
    species = Column(String(20))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
