import enum
from typing import Literal, Optional
from sqlalchemy import create_engine, String, select, func, Enum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy.schema import CreateTable

Status = Literal["pending", "received", "completed"]


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Base(DeclarativeBase):
    type_annotation_map = {Status: Enum("pending", "received", "completed", name="status_enum", native_enum=False)}


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[Status] = mapped_column(default="pending")
    color: Mapped[Optional[Color]]
    note: Mapped[Optional[str]] = mapped_column(String(50))
    size: Mapped[Literal["S", "M", "L"]] = mapped_column(default="M")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
