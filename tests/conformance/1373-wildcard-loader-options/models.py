from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import (DeclarativeBase, Mapped, mapped_column, relationship, Session, raiseload, selectinload,
                            lazyload, defaultload, joinedload, Load, load_only)
from sqlalchemy.exc import InvalidRequestError


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    orders: Mapped[list["Order"]] = relationship(back_populates="customer", order_by="Order.id")
    notes: Mapped[list["Note"]] = relationship(order_by="Note.id")


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    total: Mapped[int]
    customer: Mapped[Customer] = relationship(back_populates="orders")
    items: Mapped[list["Item"]] = relationship(order_by="Item.id")


class Item(Base):
    __tablename__ = "item"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    sku: Mapped[str] = mapped_column(String(10))


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    text: Mapped[str] = mapped_column(String(30))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add(Customer(name="ann", notes=[Note(text="vip")],
                   orders=[Order(total=10, items=[Item(sku="a"), Item(sku="b")]), Order(total=5, items=[Item(sku="c")])]))
    s.commit()
