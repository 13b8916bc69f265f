from sqlalchemy import create_engine, ForeignKey, String, select, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer: Mapped[str] = mapped_column(String(30))
    items: Mapped[list["Item"]] = relationship(back_populates="order", cascade="all, delete-orphan")
    notes: Mapped[list["Note"]] = relationship(back_populates="order", cascade="save-update")

    def __repr__(self):
        return f"Order({self.customer})"


class Item(Base):
    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    sku: Mapped[str] = mapped_column(String(10))
    qty: Mapped[int]
    order: Mapped[Order] = relationship(back_populates="items")

    def __repr__(self):
        return f"Item({self.sku} x{self.qty})"


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    text: Mapped[str] = mapped_column(String(50))
    order: Mapped[Order | None] = relationship(back_populates="notes")

    def __repr__(self):
        return f"Note({self.text})"


def st(o):
    i = inspect(o)
    return "persistent" if i.persistent else "detached" if i.detached else "pending" if i.pending else "transient"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
