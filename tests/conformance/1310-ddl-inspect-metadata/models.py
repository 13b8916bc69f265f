from sqlalchemy import create_engine, String, ForeignKey, Integer, Boolean, Text, Float, UniqueConstraint, Index, CheckConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from typing import Optional


class Base(DeclarativeBase):
    pass


class Category(Base):
    __tablename__ = "category"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("category.id"))
    items: Mapped[list["Item"]] = relationship(back_populates="category")


class Item(Base):
    __tablename__ = "item"
    __table_args__ = (
        UniqueConstraint("category_id", "code", name="uq_item_code"),
        Index("ix_item_price", "price"),
        CheckConstraint("price >= 0", name="ck_price_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), index=True)
    title: Mapped[str] = mapped_column(Text)
    price: Mapped[float] = mapped_column(Float, default=0.0)
    active: Mapped[bool] = mapped_column(default=True, server_default=text("1"))
    weight: Mapped[Optional[float]]
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"))
    category: Mapped[Category] = relationship(back_populates="items")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
