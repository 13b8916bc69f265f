from sqlalchemy import create_engine, String, ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
from sqlalchemy.ext.declarative import ConcreteBase

class Base(DeclarativeBase):
    pass

class Employee(ConcreteBase, Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    __mapper_args__ = {"polymorphic_identity": "employee", "concrete": True}

class Manager(Employee):
    __tablename__ = "manager"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    manager_data: Mapped[str] = mapped_column(String(40))
    __mapper_args__ = {"polymorphic_identity": "manager", "concrete": True}

class Engineer(Employee):
    __tablename__ = "engineer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    engineer_info: Mapped[str] = mapped_column(String(40))
    __mapper_args__ = {"polymorphic_identity": "engineer", "concrete": True}

engine = create_engine("sqlite://", echo=False)
Base.metadata.create_all(engine)
