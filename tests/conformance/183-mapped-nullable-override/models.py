from typing import Optional

from sqlalchemy import String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy.exc import IntegrityError


class Base(DeclarativeBase):
    pass


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[Optional[str]] = mapped_column(String(20), nullable=False)
    label: Mapped[str] = mapped_column(String(20), nullable=True)
    owner: Mapped[str | None]
    kind: Mapped[str]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
