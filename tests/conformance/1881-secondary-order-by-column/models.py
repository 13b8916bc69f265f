from sqlalchemy import Column, ForeignKey, Integer, String, Table, create_engine, select, desc
from sqlalchemy.orm import declarative_base, relationship, Session, selectinload, joinedload

Base = declarative_base()

course_lessons = Table(
    "course_lessons",
    Base.metadata,
    Column("course_id", ForeignKey("courses.id"), primary_key=True),
    Column("lesson_id", ForeignKey("lessons.id"), primary_key=True),
    Column("seq", Integer, nullable=False),
)


class Course(Base):
    __tablename__ = "courses"
    id = Column(Integer, primary_key=True)
    title = Column(String)
    lessons = relationship("Lesson", secondary=course_lessons, order_by=course_lessons.c.seq, viewonly=True)
    lessons_backwards = relationship(
        "Lesson", secondary="course_lessons", order_by="desc(course_lessons.c.seq)", viewonly=True
    )


class Lesson(Base):
    __tablename__ = "lessons"
    id = Column(Integer, primary_key=True)
    name = Column(String)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
