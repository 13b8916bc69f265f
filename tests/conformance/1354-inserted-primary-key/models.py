from sqlalchemy import create_engine, String, Integer, Column, Table, MetaData, insert, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session

engine = create_engine("sqlite://")
meta = MetaData()
tags = Table("tags", meta, Column("id", Integer, primary_key=True), Column("name", String(20), unique=True))


class Base(DeclarativeBase):
    metadata = meta


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(String(50))


meta.create_all(engine)
