from datetime import datetime
from sqlalchemy import ForeignKey, String, func, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, declared_attr, relationship


class Base(DeclarativeBase):
    """The "augment the Base" pattern: every table gets id + created_at."""

    id: Mapped[int] = mapped_column(primary_key=True)
    created: Mapped[str] = mapped_column(String(10), default="today")

    @declared_attr.directive
    def __tablename__(cls) -> str:
        return cls.__name__.lower()


class TimestampMixin:
    updated: Mapped[str] = mapped_column(String(10), default="never")


class Author(TimestampMixin, Base):
    name: Mapped[str] = mapped_column(String(30))
    books: Mapped[list["Book"]] = relationship(back_populates="author")


class Book(Base):
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship(back_populates="books")


class Employee(Base):
    name: Mapped[str]
    kind: Mapped[str]
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "employee"}


class Manager(Employee):
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    level: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"polymorphic_identity": "manager"}


class Temp(Employee):
    @declared_attr.directive
    def __tablename__(cls):
        return None

    agency: Mapped[str | None]
    __mapper_args__ = {"polymorphic_identity": "temp"}
