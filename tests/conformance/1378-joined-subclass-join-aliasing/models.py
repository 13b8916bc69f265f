from sqlalchemy import ForeignKey, String, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, aliased, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Department(Base):
    __tablename__ = "department"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(40))
    leads: Mapped[list["Lead"]] = relationship(back_populates="department")


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "staff"}

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Lead(Staff):
    __tablename__ = "lead"
    id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    level: Mapped[int]
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    department: Mapped[Department | None] = relationship(back_populates="leads")
    __mapper_args__ = {"polymorphic_identity": "lead"}


class Developer(Staff):
    __tablename__ = "developer"
    id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    stack: Mapped[str] = mapped_column(String(20))
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("lead.id"))
    lead: Mapped[Lead | None] = relationship(foreign_keys=[lead_id])
    __mapper_args__ = {"polymorphic_identity": "developer"}
