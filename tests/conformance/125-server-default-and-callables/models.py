from sqlalchemy import create_engine, Column, Integer, String, Boolean, text
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()

counter = {"n": 0}


def next_code():
    counter["n"] += 1
    return f"C{counter['n']:03d}"


class Coupon(Base):
    __tablename__ = "coupons"
    id = Column(Integer, primary_key=True)
    code = Column(String(10), default=next_code, unique=True)
    percent = Column(Integer, server_default="10")
    active = Column(Boolean, server_default=text("1"))
    note = Column(String(20), default="", nullable=False)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
