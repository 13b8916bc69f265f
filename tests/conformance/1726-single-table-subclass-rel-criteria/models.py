from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship

sql = []


class Base(DeclarativeBase):
    pass


class Company(Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    employees: Mapped[list["Employee"]] = relationship(back_populates="company", order_by="Employee.id")
    engineers: Mapped[list["Engineer"]] = relationship(viewonly=True, order_by="Engineer.id")
    managers: Mapped[list["Manager"]] = relationship(viewonly=True)


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    type: Mapped[str] = mapped_column(String(20))
    company_id: Mapped[Optional[int]] = mapped_column(ForeignKey("company.id"))
    company: Mapped[Optional[Company]] = relationship(back_populates="employees")
    __mapper_args__ = {"polymorphic_on": "type", "polymorphic_identity": "employee"}

    def __repr__(self):
        return self.name


class Engineer(Employee):
    __mapper_args__ = {"polymorphic_identity": "engineer"}


class Manager(Employee):
    __mapper_args__ = {"polymorphic_identity": "manager"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
event.listen(engine, "before_cursor_execute", lambda c, cu, st, p, ctx, m: sql.append(" ".join(st.split())))
