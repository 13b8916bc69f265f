from sqlalchemy import create_engine, Column, Integer, String
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Seat(Base):
    __tablename__ = "seats"
    row = Column(String(2), primary_key=True)
    number = Column(Integer, primary_key=True)
    holder = Column(String(20))

    def __repr__(self):
        return f"Seat({self.row}{self.number}: {self.holder})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
