from typing import Optional
from sqlalchemy import create_engine, String, insert, select, bindparam
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(10))
    label: Mapped[Optional[str]] = mapped_column(String(40))
    stock: Mapped[int] = mapped_column(default=0)

    def __repr__(self):
        return f"Product({self.sku!r}, {self.label!r}, {self.stock})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
