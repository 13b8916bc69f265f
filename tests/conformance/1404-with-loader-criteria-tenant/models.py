from sqlalchemy import ForeignKey, String, create_engine, event, select
from sqlalchemy.orm import (DeclarativeBase, Mapped, Session, aliased, joinedload, mapped_column, relationship,
                            selectinload, with_loader_criteria)


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    tenant: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(30))
    orders: Mapped[list["Order"]] = relationship(back_populates="customer", order_by="Order.id")

    def __repr__(self):
        return f"Customer({self.name})"


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    tenant: Mapped[str] = mapped_column(String(10))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    total: Mapped[int]
    customer: Mapped[Customer] = relationship(back_populates="orders")

    def __repr__(self):
        return f"Order({self.id}, {self.total})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([
        Customer(id=1, tenant="acme", name="ann", orders=[Order(id=1, tenant="acme", total=10), Order(id=2, tenant="beta", total=20)]),
        Customer(id=2, tenant="beta", name="bob", orders=[Order(id=3, tenant="beta", total=5)]),
        Customer(id=3, tenant="acme", name="cy", orders=[Order(id=4, tenant="acme", total=7)]),
    ])
    s.commit()
