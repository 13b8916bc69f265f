import uuid
import enum
import itertools

_ids = itertools.count(1)
from sqlalchemy import create_engine, select, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Color(str, enum.Enum):
    RED = "red"
    GREEN = "green"


class Thing(Base):
    __tablename__ = "things"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=lambda: uuid.UUID(int=next(_ids) * 65537))
    name: Mapped[str] = mapped_column(String(20))
    color: Mapped[Color] = mapped_column(default=Color.RED)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
