from sqlalchemy import create_engine, Column, Integer, String, Float, Boolean, Text
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Record(Base):
    __tablename__ = "record"
    id = Column(Integer, primary_key=True)
    label = Column(String(5))
    count = Column(Integer)
    ratio = Column(Float)
    flag = Column(Boolean)
    note = Column(Text)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
