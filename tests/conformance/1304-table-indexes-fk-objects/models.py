from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, Index, Integer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Department(Base):
    __tablename__ = "department"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True, index=True)


class Employee(Base):
    __tablename__ = "employee"
    __table_args__ = (Index("ix_employee_name_dept", "last_name", "dept_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    last_name: Mapped[str] = mapped_column(String(30), index=True)
    dept_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("department.id", name="fk_emp_dept", ondelete="SET NULL", onupdate="CASCADE")
    )
    manager_id: Mapped[Optional[int]] = mapped_column(ForeignKey("employee.id"))
    department: Mapped[Optional[Department]] = relationship()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
