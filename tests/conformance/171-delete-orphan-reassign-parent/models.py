from typing import List, Optional

from sqlalchemy import ForeignKey, String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Cart(Base):
    __tablename__ = "carts"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(20))
    lines: Mapped[List["CartLine"]] = relationship(back_populates="cart", cascade="all, delete-orphan")


class CartLine(Base):
    __tablename__ = "cart_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(10))
    qty: Mapped[int] = mapped_column(default=1)
    cart_id: Mapped[Optional[int]] = mapped_column(ForeignKey("carts.id"))
    cart: Mapped[Optional[Cart]] = relationship(back_populates="lines")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
