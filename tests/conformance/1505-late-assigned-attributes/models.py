from sqlalchemy import Column, ForeignKey, Integer, String, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, column_property


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    total: Mapped[int] = mapped_column(default=0)


# Both classes exist now: the docs' "appending additional columns / relationships" pattern.
Customer.orders = relationship(Order, order_by=Order.id, back_populates="customer")
Order.customer = relationship(Customer, back_populates="orders")
Order.note = mapped_column(String(20), default="n/a")
Customer.city = Column(String(30), server_default="Paris")
Customer.order_count = column_property(
    select(func.count(Order.id)).where(Order.customer_id == Customer.id).correlate_except(Order).scalar_subquery()
)
