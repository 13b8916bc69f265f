from sqlalchemy import create_engine, String, ForeignKey, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


class Cart(Base):
    __tablename__ = "cart"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(20))
    items: Mapped[list["CartItem"]] = relationship(back_populates="cart", cascade="all, delete-orphan")


class CartItem(Base):
    __tablename__ = "cart_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    cart_id: Mapped[int] = mapped_column(ForeignKey("cart.id"))
    sku: Mapped[str] = mapped_column(String(20))
    cart: Mapped[Cart] = relationship(back_populates="items")

    def __repr__(self):
        return f"<{self.sku}>"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
