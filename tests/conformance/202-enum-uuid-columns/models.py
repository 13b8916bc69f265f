import enum
import uuid
from typing import Optional
from sqlalchemy import create_engine, String, Enum, ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Role(enum.Enum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"


class Priority(enum.IntEnum):
    LOW = 1
    HIGH = 2


class User(Base):
    __tablename__ = "users"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    role: Mapped[Role] = mapped_column(default=Role.VIEWER)
    backup_role: Mapped[Optional[Role]]
    tasks: Mapped[list["Task"]] = relationship(back_populates="owner")


class Task(Base):
    __tablename__ = "tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    priority: Mapped[Priority] = mapped_column(Enum(Priority))
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    owner: Mapped[User] = relationship(back_populates="tasks")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
