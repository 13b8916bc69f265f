from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Lamp(Base):
    __tablename__ = "lamps"
    id = Column(Integer, primary_key=True)
    room = Column(String(20))
    watts = Column(Integer)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
