from typing import Literal, Optional
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


Size = Literal["small", "medium", "large"]


class Shirt(Base):
    __tablename__ = "shirt"
    id: Mapped[int] = mapped_column(primary_key=True)
    size: Mapped[Literal["S", "M", "XL"]] = mapped_column(default="M")
    fit: Mapped[Optional[Literal["slim", "regular"]]]
    label: Mapped[Size]
