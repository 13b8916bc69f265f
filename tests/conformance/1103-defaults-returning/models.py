from sqlalchemy import Column, Integer, String, Boolean, Table, MetaData, create_engine, text, func, select, update, insert
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session

calls = []


def stamp():
    calls.append("stamp")
    return len(calls)


class Base(DeclarativeBase):
    pass


class Post(Base):
    __tablename__ = "posts"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(10), server_default="new")
    likes: Mapped[int] = mapped_column(server_default=text("0"))
    pinned: Mapped[bool] = mapped_column(default=False)
    edits: Mapped[int] = mapped_column(default=0, onupdate=stamp)


metadata = MetaData()
events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), server_default="info"),
    Column("seq", Integer, default=stamp, onupdate=stamp),
    Column("flag", Boolean, default=True),
)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
metadata.create_all(engine)
