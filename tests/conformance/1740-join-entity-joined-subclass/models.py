from typing import Optional
from sqlalchemy import create_engine, String, select, ForeignKey, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


class Dept(Base):
    __tablename__ = "dept"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(20))


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    dept_id: Mapped[Optional[int]] = mapped_column(ForeignKey("dept.id"))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "person"}

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Student(Person):
    __tablename__ = "student"
    id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    year: Mapped[int]
    __mapper_args__ = {"polymorphic_identity": "student"}


class Tutor(Person):
    __tablename__ = "tutor"
    id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    rate: Mapped[int]
    __mapper_args__ = {"polymorphic_identity": "tutor"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
