import datetime
from sqlalchemy import create_engine, String, Integer, select, func, text, update, DateTime
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session

counter = {"n": 0}


def next_code():
    counter["n"] += 1
    return f"C{counter['n']:03d}"


def bump(context):
    name = context.get_current_parameters().get("name")
    return name.upper() if name else "-"


class Base(DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    code: Mapped[str] = mapped_column(String(10), default=next_code)
    priority: Mapped[int] = mapped_column(default=3)
    state: Mapped[str] = mapped_column(String(10), server_default="open")
    version: Mapped[int] = mapped_column(default=1, onupdate=lambda: 99)
    shout: Mapped[str | None] = mapped_column(String(30), default=bump, onupdate=bump)
    edits: Mapped[int] = mapped_column(server_default=text("0"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
