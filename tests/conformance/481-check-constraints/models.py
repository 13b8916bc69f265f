from sqlalchemy import (create_engine, Column, Integer, String, Float, CheckConstraint, UniqueConstraint,
                        Table, MetaData)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import declarative_base, Session
from sqlalchemy.schema import CreateTable

Base = declarative_base()


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (
        UniqueConstraint("sku", "name"),
        CheckConstraint("price >= 0", name="price_non_negative"),
        UniqueConstraint("price", "sku"),
        CheckConstraint("length(sku) = 4"),
    )
    id = Column(Integer, primary_key=True)
    sku = Column(String(4), nullable=False)
    name = Column(String(50), unique=True)
    price = Column(Float, default=0.0)
    stock = Column(Integer, CheckConstraint("stock BETWEEN 0 AND 100"), nullable=False, default=0)


metadata = MetaData()
ratings = Table(
    "ratings", metadata,
    Column("id", Integer, primary_key=True),
    Column("stars", Integer, CheckConstraint("stars >= 1")),
    Column("votes", Integer, CheckConstraint("votes <= 5", name="max_five"), default=0),
    CheckConstraint("id > 0", name="positive_id"),
)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
metadata.create_all(engine)
