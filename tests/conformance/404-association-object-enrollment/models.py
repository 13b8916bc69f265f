# Association object with extra columns (docs "Association Object" pattern; Student/Course/Enrollment course exercise)
from sqlalchemy import create_engine, ForeignKey, String, Integer, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
from typing import List, Optional


class Base(DeclarativeBase):
    pass


class Enrollment(Base):
    __tablename__ = "enrollment"
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id"), primary_key=True)
    grade: Mapped[Optional[str]] = mapped_column(String(2))
    student: Mapped["Student"] = relationship(back_populates="enrollments")
    course: Mapped["Course"] = relationship(back_populates="enrollments")

    def __repr__(self) -> str:
        return f"Enrollment(student={self.student.name!r}, course={self.course.title!r}, grade={self.grade!r})"


class Student(Base):
    __tablename__ = "student"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    enrollments: Mapped[List["Enrollment"]] = relationship(back_populates="student", cascade="all, delete-orphan")


class Course(Base):
    __tablename__ = "course"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    credits: Mapped[int] = mapped_column(default=3)
    enrollments: Mapped[List["Enrollment"]] = relationship(back_populates="course")


engine = create_engine("sqlite+pysqlite:///:memory:", echo=True)
Base.metadata.create_all(engine)
