from sqlalchemy import ForeignKey, Table, Column, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


student_course = Table(
    "student_course",
    Base.metadata,
    Column("student_id", ForeignKey("student.id"), primary_key=True),
    Column("course_id", ForeignKey("course.id"), primary_key=True),
)


class Teacher(Base):
    __tablename__ = "teacher"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    courses: Mapped[list["Course"]] = relationship(back_populates="teacher")


class Course(Base):
    __tablename__ = "course"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"))
    teacher: Mapped["Teacher | None"] = relationship(back_populates="courses")
    students: Mapped[list["Student"]] = relationship(secondary=student_course, back_populates="courses")


class Student(Base):
    __tablename__ = "student"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    courses: Mapped[list[Course]] = relationship(secondary=student_course, back_populates="students")

    def __repr__(self):
        return f"Student({self.name!r})"
