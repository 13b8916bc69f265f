from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Queue(Base):
    __tablename__ = "queue"
    id = Column(Integer, primary_key=True)
    job = Column(String(20))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
