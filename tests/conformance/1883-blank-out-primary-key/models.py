from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    code = Column(String)
    lines = relationship("OrderLine", back_populates="order")


class OrderLine(Base):
    __tablename__ = "order_lines"
    order_id = Column(Integer, ForeignKey("orders.id"), primary_key=True)
    line_no = Column(Integer, primary_key=True)
    sku = Column(String)
    order = relationship("Order", back_populates="lines")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
