from sqlalchemy import create_engine, Column, Integer, String, Float
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()

sequence = iter(range(100, 200))


class Sample(Base):
    __tablename__ = "samples"
    id = Column(Integer, primary_key=True)
    code = Column(String(10), default=lambda: f"S-{next(sequence)}")
    kind = Column(String(10), default="blood")
    volume = Column(Float, default=2.5)
    priority = Column(Integer, default=lambda: 3)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
