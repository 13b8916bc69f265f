from sqlalchemy import create_engine, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session


class Base(DeclarativeBase):
    pass


class Company(Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    executives: Mapped[list["Executive"]] = relationship(back_populates="company")
    technologists: Mapped[list["Technologist"]] = relationship(back_populates="company")


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    type: Mapped[str] = mapped_column(String(20))

    __mapper_args__ = {"polymorphic_on": "type", "polymorphic_identity": "employee"}

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Executive(Employee):
    """An executive of the company"""

    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"))
    company: Mapped[Company | None] = relationship(back_populates="executives")
    __mapper_args__ = {"polymorphic_abstract": True}


class Technologist(Employee):
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"), use_existing_column=True)
    company: Mapped[Company | None] = relationship(back_populates="technologists")
    __mapper_args__ = {"polymorphic_abstract": True}


class Manager(Executive):
    __mapper_args__ = {"polymorphic_identity": "manager"}


class Principal(Executive):
    __mapper_args__ = {"polymorphic_identity": "principal"}


class Engineer(Technologist):
    __mapper_args__ = {"polymorphic_identity": "engineer"}


class SysAdmin(Technologist):
    __mapper_args__ = {"polymorphic_identity": "sysadmin"}


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
