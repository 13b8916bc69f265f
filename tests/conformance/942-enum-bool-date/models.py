import enum
import datetime
from sqlalchemy import create_engine, Enum, Boolean, Date, String, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Status(enum.Enum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Ticket(Base):
    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(40))
    status: Mapped[Status] = mapped_column(Enum(Status), default=Status.TODO)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    priority: Mapped[int] = mapped_column(Integer, default=Priority.LOW)

    def __repr__(self):
        return f"<Ticket {self.title} {self.status.name} urgent={self.urgent}>"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
