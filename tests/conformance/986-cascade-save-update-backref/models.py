from sqlalchemy import create_engine, Integer, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "user"
    id = mapped_column(Integer, primary_key=True)
    name = mapped_column(String)
    addresses = relationship("Address", back_populates="user")


class Address(Base):
    __tablename__ = "address"
    id = mapped_column(Integer, primary_key=True)
    user_id = mapped_column(Integer, ForeignKey("user.id"))
    user = relationship("User", back_populates="addresses")


class Order(Base):
    __tablename__ = "order"
    id = mapped_column(Integer, primary_key=True)
    items = relationship("Item", back_populates="order")


class Item(Base):
    __tablename__ = "item"
    id = mapped_column(Integer, primary_key=True)
    order_id = mapped_column(Integer, ForeignKey("order.id"))
    order = relationship("Order", back_populates="items")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
