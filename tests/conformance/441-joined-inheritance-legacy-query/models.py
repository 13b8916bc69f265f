from sqlalchemy import Column, ForeignKey, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, relationship, sessionmaker

Base = declarative_base()


class Person(Base):
    __tablename__ = "person"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    kind = Column(String(20))
    __mapper_args__ = {"polymorphic_identity": "person", "polymorphic_on": kind}

    def describe(self):
        return f"{self.name} is a person"


class Student(Person):
    __tablename__ = "student"
    id = Column(Integer, ForeignKey("person.id"), primary_key=True)
    school = Column(String(50))
    __mapper_args__ = {"polymorphic_identity": "student"}

    def describe(self):
        return f"{self.name} studies at {self.school}"


class GradStudent(Student):
    __tablename__ = "grad_student"
    id = Column(Integer, ForeignKey("student.id"), primary_key=True)
    thesis = Column(String(100))
    advisor_id = Column(Integer, ForeignKey("teacher.id"))
    advisor = relationship("Teacher", back_populates="advisees", foreign_keys=[advisor_id])
    __mapper_args__ = {"polymorphic_identity": "grad"}

    def describe(self):
        return f"{self.name} writes {self.thesis!r} at {self.school}"


class Teacher(Person):
    __tablename__ = "teacher"
    id = Column(Integer, ForeignKey("person.id"), primary_key=True)
    subject = Column(String(50))
    advisees = relationship("GradStudent", back_populates="advisor", foreign_keys=[GradStudent.advisor_id])
    __mapper_args__ = {"polymorphic_identity": "teacher"}

    def describe(self):
        return f"{self.name} teaches {self.subject}"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
