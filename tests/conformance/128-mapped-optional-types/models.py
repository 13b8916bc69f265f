from typing import Optional

from sqlalchemy import String, Integer, Float, Boolean, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Recipe(Base):
    __tablename__ = "recipes"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    servings: Mapped[int] = mapped_column(default=2)
    kcal: Mapped[Optional[float]]
    vegan: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(String(100), default=None)
    rating: Mapped[Optional[int]] = mapped_column(Integer, nullable=True)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
