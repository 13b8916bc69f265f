from sqlalchemy import create_engine, Column, Integer, String, or_
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Budget(Base):
    __tablename__ = "budgets"
    id = Column(Integer, primary_key=True)
    dept = Column(String(20))
    planned = Column(Integer)
    spent = Column(Integer)
    note = Column(String(30))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
