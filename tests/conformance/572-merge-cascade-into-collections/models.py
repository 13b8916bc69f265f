from sqlalchemy import Column, Integer, String, ForeignKey, create_engine, select
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    customer = Column(String(30))
    lines = relationship("Line", back_populates="order", order_by="Line.id")


class Line(Base):
    __tablename__ = "lines"
    id = Column(Integer, primary_key=True)
    sku = Column(String(10))
    qty = Column(Integer)
    order_id = Column(ForeignKey("orders.id"))
    order = relationship("Order", back_populates="lines")


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add(Order(id=1, customer="ann", lines=[Line(id=1, sku="a", qty=1), Line(id=2, sku="b", qty=2)]))
    s.commit()
