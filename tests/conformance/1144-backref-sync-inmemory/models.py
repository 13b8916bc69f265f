from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, Table
from sqlalchemy.orm import declarative_base, relationship, backref, Session

Base = declarative_base()

student_club = Table("student_club", Base.metadata,
    Column("student_id", ForeignKey("student.id"), primary_key=True),
    Column("club_id", ForeignKey("club.id"), primary_key=True))


class School(Base):
    __tablename__ = "school"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    students = relationship("Student", backref="school", cascade="all, delete-orphan")

    def __repr__(self):
        return self.name


class Student(Base):
    __tablename__ = "student"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    status = Column(String(10), default="active")
    school_id = Column(Integer, ForeignKey("school.id"))
    clubs = relationship("Club", secondary=student_club, backref=backref("members"))
    locker = relationship("Locker", uselist=False, back_populates="student")

    def __repr__(self):
        return self.name


class Club(Base):
    __tablename__ = "club"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))

    def __repr__(self):
        return self.name


class Locker(Base):
    __tablename__ = "locker"
    id = Column(Integer, primary_key=True)
    number = Column(Integer)
    student_id = Column(Integer, ForeignKey("student.id"))
    student = relationship("Student", back_populates="locker")

    def __repr__(self):
        return f"L{self.number}"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
