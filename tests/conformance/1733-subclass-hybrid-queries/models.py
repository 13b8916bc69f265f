from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, func
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(20))
    last_name: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": kind, "polymorphic_identity": "person"}

    @hybrid_property
    def full_name(self):
        return self.first_name + " " + self.last_name


class Student(Person):
    __tablename__ = "student"
    id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    year: Mapped[int]
    __mapper_args__ = {"polymorphic_identity": "student"}

    @hybrid_property
    def label(self):
        return self.last_name + " (Y" + func.cast(self.year, String) + ")" if False else self.last_name + "/" + self.first_name


class Teacher(Person):
    __tablename__ = "teacher"
    id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    subject: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_identity": "teacher"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
