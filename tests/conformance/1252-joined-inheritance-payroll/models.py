from sqlalchemy import create_engine, ForeignKey, String, Float
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Company(Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    staff: Mapped[list["Employee"]] = relationship(back_populates="company", order_by="Employee.id")


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    type: Mapped[str]
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"))
    company: Mapped[Company | None] = relationship(back_populates="staff")
    __mapper_args__ = {"polymorphic_identity": "employee", "polymorphic_on": "type"}

    def pay(self):
        return 0.0

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Engineer(Employee):
    __tablename__ = "engineer"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    language: Mapped[str] = mapped_column(String(20))
    hourly: Mapped[float]
    __mapper_args__ = {"polymorphic_identity": "engineer"}

    def pay(self):
        return self.hourly * 160


class Manager(Employee):
    __tablename__ = "manager"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    salary: Mapped[float]
    reports: Mapped[int] = mapped_column(default=0)
    __mapper_args__ = {"polymorphic_identity": "manager"}

    def pay(self):
        return self.salary / 12 + 100 * self.reports


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
