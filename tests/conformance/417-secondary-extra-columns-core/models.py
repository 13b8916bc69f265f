# Q&A: "extra column on a secondary association table": insert via Table.insert(), read via join on the Table
from sqlalchemy import create_engine, Table, Column, Integer, String, ForeignKey, select, insert
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()

enrollments = Table(
    'enrollments', Base.metadata,
    Column('student_id', Integer, ForeignKey('students.id'), primary_key=True),
    Column('course_id', Integer, ForeignKey('courses.id'), primary_key=True),
    Column('grade', String(2)),
)


class Student(Base):
    __tablename__ = 'students'
    id = Column(Integer, primary_key=True)
    name = Column(String)
    courses = relationship('Course', secondary=enrollments, back_populates='students')


class Course(Base):
    __tablename__ = 'courses'
    id = Column(Integer, primary_key=True)
    title = Column(String)
    students = relationship('Student', secondary=enrollments, back_populates='courses')


engine = create_engine('sqlite://')
Base.metadata.create_all(engine)
session = Session(engine)
