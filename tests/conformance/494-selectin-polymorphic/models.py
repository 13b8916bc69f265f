from typing import List, Optional
from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.orm import (DeclarativeBase, Mapped, Session, mapped_column, relationship, selectin_polymorphic,
                            selectinload)


class Base(DeclarativeBase):
    pass


class Company(Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    staff: Mapped[List["Person"]] = relationship(back_populates="company", order_by="Person.id")


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    kind: Mapped[str]
    company_id: Mapped[Optional[int]] = mapped_column(ForeignKey("company.id"))
    company: Mapped[Optional[Company]] = relationship(back_populates="staff", lazy="selectin")
    __mapper_args__ = {"polymorphic_identity": "person", "polymorphic_on": "kind"}

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Boss(Person):
    __tablename__ = "boss"
    id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    budget: Mapped[int]
    reports: Mapped[List["Report"]] = relationship(order_by="Report.id")
    __mapper_args__ = {"polymorphic_identity": "boss", "polymorphic_load": "selectin"}


class Chief(Boss):
    __tablename__ = "chief"
    id: Mapped[int] = mapped_column(ForeignKey("boss.id"), primary_key=True)
    motto: Mapped[str]
    __mapper_args__ = {"polymorphic_identity": "chief", "polymorphic_load": "selectin"}


class Worker(Person):
    __tablename__ = "worker"
    id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    skill: Mapped[str]
    __mapper_args__ = {"polymorphic_identity": "worker"}


class Report(Base):
    __tablename__ = "report"
    id: Mapped[int] = mapped_column(primary_key=True)
    boss_id: Mapped[int] = mapped_column(ForeignKey("boss.id"))
    title: Mapped[str]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
