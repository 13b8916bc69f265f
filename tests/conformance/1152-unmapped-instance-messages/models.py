from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Pet(Base):
    __tablename__ = "pet"
    id = Column(Integer, primary_key=True)
    name = Column(String(20))


class NotAModel:
    def __init__(self, name):
        self.name = name


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
