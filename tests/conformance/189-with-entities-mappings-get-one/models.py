from sqlalchemy import create_engine, Column, Integer, String, select
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Book(Base):
    __tablename__ = "books"
    id = Column(Integer, primary_key=True)
    title = Column(String(30))
    year = Column(Integer)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
