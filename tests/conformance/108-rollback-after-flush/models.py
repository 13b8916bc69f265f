from sqlalchemy import create_engine, Column, Integer, String, Float
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    owner = Column(String(30))
    balance = Column(Float, default=0.0)

    def __repr__(self):
        return f"Account({self.owner}, {self.balance})"


engine = create_engine("sqlite:///:memory:")
Base.metadata.create_all(engine)
session = Session(engine)
