from sqlalchemy import create_engine, ForeignKey, String, select, func, and_, or_
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, aliased


class Base(DeclarativeBase):
    pass


class Employee(Base):
    __tablename__ = "employee"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    dept: Mapped[str] = mapped_column(String(20))
    salary: Mapped[int]
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    manager: Mapped["Employee | None"] = relationship(remote_side=[id], back_populates="reports")
    reports: Mapped[list["Employee"]] = relationship(back_populates="manager")

    def __repr__(self) -> str:
        return f"<Employee {self.name}>"


engine = create_engine("sqlite://", echo=False)
Base.metadata.create_all(engine)
