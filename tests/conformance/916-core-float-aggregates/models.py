from sqlalchemy import create_engine, Integer, String, Float, select, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Sale(Base):
    __tablename__ = "sales"
    id: Mapped[int] = mapped_column(primary_key=True)
    region: Mapped[str] = mapped_column(String(10))
    amount: Mapped[float] = mapped_column(Float)
    units: Mapped[int | None]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
