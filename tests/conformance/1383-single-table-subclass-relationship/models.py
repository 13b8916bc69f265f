from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, selectinload


class Base(DeclarativeBase):
    pass


class Company(Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    engineers: Mapped[list["Engineer"]] = relationship()
    staff: Mapped[list["Employee"]] = relationship(back_populates="company")


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    type: Mapped[str] = mapped_column(String(20))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"))
    company: Mapped[Company | None] = relationship(back_populates="staff")
    __mapper_args__ = {"polymorphic_on": "type", "polymorphic_identity": "employee"}

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Engineer(Employee):
    __mapper_args__ = {"polymorphic_identity": "engineer"}


class Manager(Employee):
    __mapper_args__ = {"polymorphic_identity": "manager"}


