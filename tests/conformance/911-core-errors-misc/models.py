from sqlalchemy import create_engine, String, Integer, select, insert, update, text, func, bindparam
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy import exc


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(String(50))
    rank: Mapped[int] = mapped_column(default=0)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
