from sqlalchemy import create_engine, Column, Integer, String, update, delete, select
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Task(Base):
    __tablename__ = "tasks"
    id = Column(Integer, primary_key=True)
    title = Column(String(40))
    priority = Column(Integer)
    owner = Column(String(20))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
