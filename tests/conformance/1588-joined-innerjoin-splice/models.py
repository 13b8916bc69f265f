from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, joinedload


class Base(DeclarativeBase):
    pass


class Country(Base):
    __tablename__ = "country"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    country_id: Mapped[int] = mapped_column(ForeignKey("country.id"))
    country: Mapped[Country] = relationship()
    orders: Mapped[list["Order"]] = relationship(back_populates="customer")
    address: Mapped["Address"] = relationship(back_populates="customer")

    def __repr__(self):
        return f"Customer({self.name})"


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    city: Mapped[str] = mapped_column(String(30))
    customer: Mapped[Customer] = relationship(back_populates="address")


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=True)
    total: Mapped[int]
    customer: Mapped[Customer] = relationship(back_populates="orders")

    def __repr__(self):
        return f"Order({self.id}, {self.total})"
