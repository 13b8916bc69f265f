from sqlalchemy import create_engine, ForeignKey, String, select, func
from sqlalchemy.orm import (DeclarativeBase, Mapped, mapped_column, relationship, Session,
                            with_polymorphic, selectin_polymorphic, selectinload)


class Base(DeclarativeBase):
    pass


class Company(Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    employees: Mapped[list["Employee"]] = relationship(back_populates="company", order_by="Employee.id")


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    type: Mapped[str]
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    company: Mapped[Company] = relationship(back_populates="employees")
    __mapper_args__ = {"polymorphic_identity": "employee", "polymorphic_on": "type"}

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"


class Manager(Employee):
    __tablename__ = "manager"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    manager_name: Mapped[str] = mapped_column(String(30))
    reports: Mapped[list["Engineer"]] = relationship(back_populates="boss", foreign_keys="Engineer.boss_id")
    __mapper_args__ = {"polymorphic_identity": "manager"}


class Engineer(Employee):
    __tablename__ = "engineer"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    language: Mapped[str] = mapped_column(String(20))
    boss_id: Mapped[int | None] = mapped_column(ForeignKey("manager.id"))
    boss: Mapped[Manager | None] = relationship(back_populates="reports", foreign_keys=[boss_id])
    __mapper_args__ = {"polymorphic_identity": "engineer"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
