from sqlalchemy import create_engine, Column, Integer, String, func, distinct
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Visit(Base):
    __tablename__ = "visits"
    id = Column(Integer, primary_key=True)
    patient = Column(String(20))
    ward = Column(String(10))
    minutes = Column(Integer)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
