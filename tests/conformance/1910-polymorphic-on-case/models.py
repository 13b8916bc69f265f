from sqlalchemy import create_engine, String, ForeignKey, select, case
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session

class Base(DeclarativeBase):
    pass

class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    type: Mapped[str] = mapped_column(String(20))
    __mapper_args__ = {
        "polymorphic_on": case(
            (type == "EMGR", "manager"),
            (type == "ENGR", "engineer"),
            else_="employee",
        ),
        "polymorphic_identity": "employee",
    }

class Engineer(Employee):
    __mapper_args__ = {"polymorphic_identity": "engineer"}

class Manager(Employee):
    __mapper_args__ = {"polymorphic_identity": "manager"}

engine = create_engine("sqlite://", echo=False)
Base.metadata.create_all(engine)
