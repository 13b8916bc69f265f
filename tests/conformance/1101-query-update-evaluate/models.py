from sqlalchemy import create_engine, String, ForeignKey, select, update, delete, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    price: Mapped[int]
    stock: Mapped[int] = mapped_column(default=0)
    category: Mapped[str | None] = mapped_column(String(20))

    def __repr__(self):
        return f"<Product {self.name} ${self.price} x{self.stock} [{self.category}]>"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
