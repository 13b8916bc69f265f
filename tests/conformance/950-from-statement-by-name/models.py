import enum
from sqlalchemy import create_engine, Integer, String, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Level(enum.IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3


class Shade(str, enum.Enum):
    LIGHT = "light"
    DARK = "dark"


class Task(Base):
    __tablename__ = "tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(30))
    level: Mapped[int] = mapped_column(Integer, default=Level.MID)
    shade: Mapped[str] = mapped_column(String(10), default=Shade.LIGHT)

    def __repr__(self):
        return f"Task({self.title}, {self.level}, {self.shade})"


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
