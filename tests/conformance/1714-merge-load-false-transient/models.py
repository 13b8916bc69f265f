from sqlalchemy import create_engine, String, ForeignKey, select, func, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(40))
    addresses: Mapped[list["Address"]] = relationship(back_populates="customer", cascade="all, delete-orphan", order_by="Address.id")

    def __repr__(self):
        return f"Customer({self.id}, {self.name}, {self.email})"


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    city: Mapped[str] = mapped_column(String(20))
    customer: Mapped[Customer] = relationship(back_populates="addresses")

    def __repr__(self):
        return f"Address({self.id}, {self.city})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
