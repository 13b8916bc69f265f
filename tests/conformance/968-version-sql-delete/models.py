from sqlalchemy import Column, Integer, String, create_engine, update
from sqlalchemy.orm import declarative_base, Session
from sqlalchemy.orm.exc import StaleDataError

Base = declarative_base()


class Note(Base):
    __tablename__ = "notes"
    id = Column(Integer, primary_key=True)
    text = Column(String(100))
    rev = Column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": rev, "version_id_generator": lambda v: (v or 0) + 10}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

