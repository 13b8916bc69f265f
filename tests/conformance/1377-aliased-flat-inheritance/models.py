from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, aliased


class Base(DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    type: Mapped[str]
    __mapper_args__ = {"polymorphic_on": "type", "polymorphic_identity": "person"}


class Teacher(Person):
    __tablename__ = "teacher"
    id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    subject: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_identity": "teacher"}


class Student(Person):
    __tablename__ = "student"
    id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("teacher.id"))
    mentor: Mapped[Teacher | None] = relationship(foreign_keys=[mentor_id])
    __mapper_args__ = {"polymorphic_identity": "student"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    t1, t2 = Teacher(name="Ms Lee", subject="math"), Teacher(name="Mr Roy", subject="art")
    s.add_all([t1, t2, Student(name="ana", mentor=t1), Student(name="ben", mentor=t1), Student(name="cal")])
    s.commit()
