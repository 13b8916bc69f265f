from sqlalchemy import (create_engine, Column, Integer, String, Float, ForeignKey, select, func, case, cast,
                        literal, desc, Numeric, Date, type_coerce, text)
from sqlalchemy.orm import declarative_base, Session

Base = declarative_base()


class Sale(Base):
    __tablename__ = "sales"
    id = Column(Integer, primary_key=True)
    region = Column(String(10))
    rep = Column(String(10))
    amount = Column(Integer)


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as s:
    for i, (r, p, a) in enumerate([("n", "ann", 50), ("n", "bob", 80), ("s", "cid", 30), ("s", "dee", 30), ("n", "eve", 10)]):
        s.add(Sale(region=r, rep=p, amount=a))
    s.commit()
