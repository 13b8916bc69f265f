from typing import List

from sqlalchemy import ForeignKey, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Pupil(Base):
    __tablename__ = "pupils"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    grades: Mapped[List["Grade"]] = relationship(back_populates="pupil", cascade="all, delete-orphan")


class Subject(Base):
    __tablename__ = "subjects"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30), unique=True)
    grades: Mapped[List["Grade"]] = relationship(back_populates="subject")


class Grade(Base):
    __tablename__ = "grades"
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id"), primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subjects.id"), primary_key=True)
    score: Mapped[float] = mapped_column(default=0.0)
    pupil: Mapped["Pupil"] = relationship(back_populates="grades")
    subject: Mapped["Subject"] = relationship(back_populates="grades")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
