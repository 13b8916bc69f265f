from typing import List, Optional

from sqlalchemy import ForeignKey, create_engine, or_, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, with_polymorphic


class Base(DeclarativeBase):
    pass


class Company(Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    employees: Mapped[List["Employee"]] = relationship(back_populates="company")


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    type: Mapped[str]
    company_id: Mapped[Optional[int]] = mapped_column(ForeignKey("company.id"))
    company: Mapped[Optional[Company]] = relationship(back_populates="employees")

    __mapper_args__ = {"polymorphic_identity": "employee", "polymorphic_on": "type"}

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"


class Manager(Employee):
    __tablename__ = "manager"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    manager_name: Mapped[str]
    paperwork: Mapped[List["Paperwork"]] = relationship(back_populates="manager")

    __mapper_args__ = {"polymorphic_identity": "manager"}


class Engineer(Employee):
    __tablename__ = "engineer"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    engineer_info: Mapped[str]

    __mapper_args__ = {"polymorphic_identity": "engineer"}


class Paperwork(Base):
    __tablename__ = "paperwork"
    id: Mapped[int] = mapped_column(primary_key=True)
    manager_id: Mapped[int] = mapped_column(ForeignKey("manager.id"))
    document_name: Mapped[str]
    manager: Mapped[Manager] = relationship(back_populates="paperwork")

    def __repr__(self):
        return f"Paperwork({self.document_name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
