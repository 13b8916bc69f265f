from sqlalchemy import create_engine, Integer, String, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    price: Mapped[float]
    stock: Mapped[int] = mapped_column(Integer, nullable=True)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
