from sqlalchemy import create_engine, select, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Vial(Base):
    __tablename__ = "vials"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(10))
    ml: Mapped[float]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
