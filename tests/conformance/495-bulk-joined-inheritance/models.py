from sqlalchemy import create_engine, insert, update, select, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
class Base(DeclarativeBase): pass
class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    type: Mapped[str]
    __mapper_args__ = {"polymorphic_identity": "employee", "polymorphic_on": "type"}
    def __repr__(self): return f"{type(self).__name__}({self.name!r})"
class Manager(Employee):
    __tablename__ = "manager"
    id: Mapped[int] = mapped_column(ForeignKey("employee.id"), primary_key=True)
    manager_name: Mapped[str]
    __mapper_args__ = {"polymorphic_identity": "manager"}
class Boss(Manager):
    __tablename__ = "boss"
    id: Mapped[int] = mapped_column(ForeignKey("manager.id"), primary_key=True)
    golf: Mapped[str] = mapped_column(nullable=True)
    __mapper_args__ = {"polymorphic_identity": "boss"}
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
