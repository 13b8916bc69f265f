from sqlalchemy import create_engine, String, ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, joinedload, selectinload
from typing import List, Optional

class Base(DeclarativeBase):
    pass

class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    type: Mapped[str] = mapped_column(String(20))
    manager_id: Mapped[Optional[int]] = mapped_column(ForeignKey("employee.id"))
    __mapper_args__ = {"polymorphic_on": "type", "polymorphic_identity": "employee"}

class Manager(Employee):
    reports: Mapped[List["Engineer"]] = relationship(back_populates="manager")
    __mapper_args__ = {"polymorphic_identity": "manager"}

class Engineer(Employee):
    manager: Mapped[Optional["Manager"]] = relationship(back_populates="reports", remote_side="Manager.id")
    __mapper_args__ = {"polymorphic_identity": "engineer"}

engine = create_engine("sqlite://", echo=False)
Base.metadata.create_all(engine)
