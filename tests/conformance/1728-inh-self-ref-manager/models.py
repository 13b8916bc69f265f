from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, aliased


class Base(DeclarativeBase):
    pass


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    type: Mapped[str] = mapped_column(String(20))
    manager_id: Mapped[Optional[int]] = mapped_column(ForeignKey("manager.id"))
    manager: Mapped[Optional["Manager"]] = relationship(back_populates="reports", foreign_keys=[manager_id])
    __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "employee"}

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Manager(Employee):
    __tablename__ = "manager"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    budget: Mapped[int] = mapped_column(default=0)
    reports: Mapped[list[Employee]] = relationship(back_populates="manager", foreign_keys=[Employee.manager_id], order_by=Employee.id)
    __mapper_args__ = {"polymorphic_identity": "manager", "inherit_condition": id == Employee.id}


class Engineer(Employee):
    __tablename__ = "engineer"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    language: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_identity": "engineer"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
