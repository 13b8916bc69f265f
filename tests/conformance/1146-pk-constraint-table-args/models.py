from sqlalchemy import (CheckConstraint, Column, ForeignKeyConstraint, Integer, PrimaryKeyConstraint, String,
                        UniqueConstraint, create_engine)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Enrollment(Base):
    __tablename__ = "enrollment"
    student: Mapped[str] = mapped_column(String(10))
    term: Mapped[int]
    course: Mapped[str] = mapped_column(String(10))
    grade: Mapped[int | None]
    __table_args__ = (
        PrimaryKeyConstraint("student", "term", "course", name="pk_enrollment"),
        CheckConstraint("grade BETWEEN 0 AND 100", name="ck_grade"),
    )

    def __repr__(self):
        return f"Enrollment({self.student}, {self.course}, {self.term}, {self.grade})"


class Room(Base):
    __tablename__ = "room"
    building = Column(String(5))
    number = Column(Integer)
    label = Column(String(20))
    __table_args__ = (PrimaryKeyConstraint(building, number), UniqueConstraint("label"))

    def __repr__(self):
        return f"Room({self.building}-{self.number})"


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
