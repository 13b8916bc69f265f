from datetime import datetime, date
from sqlalchemy import Column, Integer, String, DateTime, Date, create_engine
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Event(Base):
    __tablename__ = "events"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    created_at = Column(DateTime, default=datetime.utcnow)
    day = Column(Date)
    at = Column(DateTime)
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
