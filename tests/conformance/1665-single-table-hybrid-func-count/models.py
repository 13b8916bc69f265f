from sqlalchemy import create_engine, String, Integer, select, func, ForeignKey
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    first: Mapped[str] = mapped_column(String(20))
    last: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": role, "polymorphic_identity": "person"}

    @hybrid_property
    def full_name(self):
        return self.first + " " + self.last


class Student(Person):
    __mapper_args__ = {"polymorphic_identity": "student"}


class Teacher(Person):
    __mapper_args__ = {"polymorphic_identity": "teacher"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
