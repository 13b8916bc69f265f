from sqlalchemy import create_engine, Integer, String, JSON, select, insert, Table, Column, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    attrs: Mapped[dict] = mapped_column(JSON, default=dict)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
