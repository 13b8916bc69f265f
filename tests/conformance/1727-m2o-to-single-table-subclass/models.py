from typing import Optional
from sqlalchemy import create_engine, String, select, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, joinedload
class Base(DeclarativeBase):
    pass
class Emp(Base):
    __tablename__ = "emp"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(10))
    type: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "emp"}
    def __repr__(self):
        return f"{type(self).__name__}({self.name})"
class Eng(Emp):
    __mapper_args__ = {"polymorphic_identity": "eng"}
class Mgr(Emp):
    __mapper_args__ = {"polymorphic_identity": "mgr"}
class Ticket(Base):
    __tablename__ = "ticket"
    id: Mapped[int] = mapped_column(primary_key=True)
    assignee_id: Mapped[Optional[int]] = mapped_column(ForeignKey("emp.id"))
    assignee: Mapped[Optional[Eng]] = relationship()
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
