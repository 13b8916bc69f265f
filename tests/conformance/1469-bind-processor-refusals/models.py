import enum
from sqlalchemy import Enum, String, Boolean, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Mood(enum.Enum):
    happy = "h"
    sad = "s"


class Base(DeclarativeBase):
    pass


class Entry(Base):
    __tablename__ = "entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    mood: Mapped[Mood] = mapped_column(Enum(Mood))
    level = mapped_column(Enum("low", "mid", "high", name="level_enum", validate_strings=True), nullable=True)
    loose = mapped_column(Enum("a", "b", name="loose_enum"), nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
