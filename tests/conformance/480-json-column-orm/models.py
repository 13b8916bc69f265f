from sqlalchemy import create_engine, JSON, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Doc(Base):
    __tablename__ = "doc"
    id: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)
    tags = mapped_column(JSON, nullable=True)
    note: Mapped[str | None]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
