from sqlalchemy import Column, ForeignKey, Integer, String, Table, create_engine, select
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()

enrollment = Table(
    "enrollment",
    Base.metadata,
    Column("student_id", ForeignKey("students.id"), primary_key=True),
    Column("course_id", ForeignKey("courses.id"), primary_key=True),
)


class Student(Base):
    __tablename__ = "students"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    courses = relationship("Course", secondary=enrollment, back_populates="students", order_by="Course.id")


class Course(Base):
    __tablename__ = "courses"
    id = Column(Integer, primary_key=True)
    title = Column(String)
    students = relationship("Student", secondary=enrollment, back_populates="courses", order_by="Student.id")

    def __repr__(self):
        return self.title


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
