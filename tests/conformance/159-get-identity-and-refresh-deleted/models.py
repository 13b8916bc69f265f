from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Slot(Base):
    __tablename__ = "slots"
    id = Column(Integer, primary_key=True)
    hour = Column(Integer)
    patient = Column(String(20))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
