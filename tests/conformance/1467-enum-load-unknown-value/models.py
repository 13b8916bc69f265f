import enum
from sqlalchemy import create_engine, String, select, func, Enum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Priority(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Status(enum.Enum):
    TODO = "todo"
    DOING = "in progress"
    DONE = "done"


class Base(DeclarativeBase):
    pass


class Task(Base):
    __tablename__ = "task"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(60))
    status: Mapped[Status] = mapped_column(
        Enum(Status, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]),
        default=Status.TODO)
    priority: Mapped[Priority] = mapped_column(default=Priority.MEDIUM)

    def __repr__(self):
        return f"[{self.status.value}] {self.title} (p{self.priority.value})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
