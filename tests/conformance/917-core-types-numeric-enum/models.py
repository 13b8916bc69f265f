import enum
from decimal import Decimal
from sqlalchemy import create_engine, String, Numeric, Enum, Boolean, Float, select, func, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Status(enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"


class Size(str, enum.Enum):
    S = "small"
    L = "large"


class Invoice(Base):
    __tablename__ = "invoice"
    id: Mapped[int] = mapped_column(primary_key=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    rate: Mapped[float] = mapped_column(Float)
    status: Mapped[Status] = mapped_column(Enum(Status), default=Status.DRAFT)
    size: Mapped[Size | None]
    kind: Mapped[str] = mapped_column(Enum("a", "b", name="kind_enum"), default="a")
    paid: Mapped[bool] = mapped_column(Boolean, default=False)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
