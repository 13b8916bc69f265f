from sqlalchemy import create_engine, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session

class Base(DeclarativeBase):
    pass

class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))

class Manager(Employee):
    __tablename__ = "manager"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    manager_data: Mapped[str] = mapped_column(String(40))
    __mapper_args__ = {"concrete": True}

class Engineer(Employee):
    __tablename__ = "engineer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    engineer_info: Mapped[str] = mapped_column(String(40))
    __mapper_args__ = {"concrete": True}

engine = create_engine("sqlite://", echo=False)
Base.metadata.create_all(engine)
