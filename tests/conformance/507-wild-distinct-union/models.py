from sqlalchemy import create_engine, Column, Integer, String, select, union, union_all, func, literal_column, except_, intersect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Student(Base):
    __tablename__ = "students"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    city: Mapped[str]


class Teacher(Base):
    __tablename__ = "teachers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    city: Mapped[str]


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add_all([Student(name="al", city="paris"), Student(name="bo", city="rome"), Student(name="cy", city="paris"),
               Teacher(name="dr", city="oslo"), Teacher(name="al", city="paris")])
    s.commit()
