import dataclasses
from typing import Optional
from sqlalchemy import String, ForeignKey, func, select
from sqlalchemy.ext.hybrid import hybrid_property, hybrid_method
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, column_property, synonym, composite


@dataclasses.dataclass
class Money:
    amount: int
    currency: str


class Base(DeclarativeBase):
    pass


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(30))
    last_name: Mapped[str] = mapped_column(String(30))
    salary: Mapped[Money] = composite(mapped_column("salary_amount"), mapped_column("salary_currency", String(3)))
    manager_id: Mapped[Optional[int]] = mapped_column(ForeignKey("employee.id"))
    manager: Mapped[Optional["Employee"]] = relationship(remote_side=[id], back_populates="reports")
    reports: Mapped[list["Employee"]] = relationship(back_populates="manager")
    name_length = column_property(func.length(first_name) + func.length(last_name))
    surname = synonym("last_name")

    @hybrid_property
    def full_name(self):
        return self.first_name + " " + self.last_name

    @hybrid_method
    def earns_more_than(self, amount):
        return self.salary_amount > amount

    @classmethod
    def by_surname(cls, name):
        return cls.last_name == name

    def __repr__(self):
        return f"Employee({self.full_name})"
