from sqlalchemy import create_engine, String, ForeignKey, select, Table, Column, Boolean, Integer, and_
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, selectinload, joinedload


class Base(DeclarativeBase):
    pass


enrollment = Table(
    "enrollment", Base.metadata,
    Column("student_id", ForeignKey("student.id"), primary_key=True),
    Column("course_id", ForeignKey("course.id"), primary_key=True),
    Column("passed", Boolean, default=False, nullable=False),
    Column("grade", Integer, nullable=True),
)


class Student(Base):
    __tablename__ = "student"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    courses: Mapped[list["Course"]] = relationship(secondary=enrollment, order_by="Course.id")
    passed_courses: Mapped[list["Course"]] = relationship(
        secondary=enrollment,
        primaryjoin="and_(Student.id == enrollment.c.student_id, enrollment.c.passed == True)",
        order_by="Course.id", viewonly=True,
    )
    top_courses: Mapped[list["Course"]] = relationship(
        secondary=enrollment,
        secondaryjoin=lambda: and_(Course.id == enrollment.c.course_id, enrollment.c.grade >= 90),
        order_by="Course.id", viewonly=True,
    )

    def __repr__(self):
        return self.name


class Course(Base):
    __tablename__ = "course"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(20))

    def __repr__(self):
        return self.title


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
