from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, PrimaryKeyConstraint, ForeignKeyConstraint
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Course(Base):
    __tablename__ = "course"
    code = Column(String(10))
    term = Column(String(6))
    title = Column(String(50))
    grades = relationship("Grade", back_populates="course")
    __table_args__ = (PrimaryKeyConstraint("code", "term", name="pk_course"),)

    def __repr__(self):
        return f"{self.code}/{self.term}"


class Grade(Base):
    __tablename__ = "grade"
    student = Column(String(20))
    code = Column(String(10))
    term = Column(String(6))
    score = Column(Integer)
    course = relationship("Course", back_populates="grades")
    __table_args__ = (
        PrimaryKeyConstraint("student", "code", "term"),
        ForeignKeyConstraint(["code", "term"], ["course.code", "course.term"]),
    )

    def __repr__(self):
        return f"Grade({self.student}, {self.course}, {self.score})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
