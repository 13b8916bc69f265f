import enum
import uuid
from decimal import Decimal
from sqlalchemy import create_engine, String, Numeric, Enum, Uuid, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Status(enum.Enum):
    DRAFT = "draft"
    PAID = "paid"
    VOID = 3


class Invoice(Base):
    __tablename__ = "invoice"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20))
    status: Mapped[Status] = mapped_column(default=Status.DRAFT)
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    token: Mapped[uuid.UUID] = mapped_column(Uuid)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
