from sqlalchemy import String, ForeignKey, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, column_property, query_expression, deferred


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    price: Mapped[int] = mapped_column()
    stock: Mapped[int] = mapped_column()
    description: Mapped[str] = deferred(mapped_column(String(100), default=""))
    value = column_property(price * stock, deferred=True)
    rank: Mapped[int] = query_expression()
