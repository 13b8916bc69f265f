from sqlalchemy import create_engine, Column, Integer, String, Float
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Measurement(Base):
    __tablename__ = "measurements"
    id = Column(Integer, primary_key=True)
    station = Column(String(20), nullable=False)
    value = Column(Float, nullable=False)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
