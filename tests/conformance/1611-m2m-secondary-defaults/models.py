import itertools
from datetime import datetime
from sqlalchemy import create_engine, String, ForeignKey, Table, Column, Integer, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session

tickets = itertools.count(100)


class Base(DeclarativeBase):
    pass


def added_by(context):
    # a context-sensitive default sees the row's other values
    params = context.get_current_parameters()
    return f"u{params['student_id']}-c{params['course_id']}"


enrollments = Table(
    "enrollments", Base.metadata,
    Column("student_id", ForeignKey("students.id"), primary_key=True),
    Column("course_id", ForeignKey("courses.id"), primary_key=True),
    Column("status", String(10), default="active"),
    Column("ticket", Integer, default=lambda: next(tickets)),
    Column("note", String(30), default=added_by),
    Column("credits", Integer, default=func.abs(-3)),
    Column("grade", String(2), server_default="NA"),
)


class Student(Base):
    __tablename__ = "students"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    courses: Mapped[list["Course"]] = relationship(secondary=enrollments, back_populates="students")


class Course(Base):
    __tablename__ = "courses"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(20))
    students: Mapped[list[Student]] = relationship(secondary="enrollments", back_populates="courses")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
