from sqlalchemy import create_engine, ForeignKey, String, select, func, desc
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Department(Base):
    __tablename__ = "department"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    employees: Mapped[list["Employee"]] = relationship(back_populates="department")


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    salary: Mapped[int]
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    department: Mapped[Department | None] = relationship(back_populates="employees")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    eng, ops, hr = Department(name="eng"), Department(name="ops"), Department(name="hr")
    s.add_all([Employee(name="ann", salary=120, department=eng), Employee(name="bob", salary=90, department=eng),
               Employee(name="cy", salary=70, department=ops), Employee(name="dee", salary=50), hr])
    s.commit()
