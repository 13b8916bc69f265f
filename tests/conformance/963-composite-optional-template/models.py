from dataclasses import dataclass
from typing import Optional

from sqlalchemy import create_engine, select, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, composite, Session


@dataclass
class Money:
    amount: int
    currency: str


@dataclass
class Address:
    street: Optional[str]
    city: Optional[str]
    zip: Optional[str]


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    total: Mapped[Money] = composite(mapped_column("total_amount"), mapped_column("total_currency", String(3)))
    shipping: Mapped[Optional[Address]] = composite(column_template="ship_%s")
    billing: Mapped[Address] = composite()

    def __repr__(self):
        return f"Order({self.id}, {self.total}, {self.shipping})"


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
