from typing import Optional
from sqlalchemy import create_engine, String, select, ForeignKey, func, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship
class Base(DeclarativeBase):
    pass
class Emp(Base):
    __tablename__ = "emp"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(10))
    type: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "emp"}
class Mgr(Emp):
    __tablename__ = "mgr"
    id: Mapped[int] = mapped_column(ForeignKey("emp.id"), primary_key=True)
    budget: Mapped[int] = mapped_column(default=0)
    papers: Mapped[list["Paper"]] = relationship(cascade="all, delete-orphan", back_populates="mgr")
    __mapper_args__ = {"polymorphic_identity": "mgr"}
class Paper(Base):
    __tablename__ = "paper"
    id: Mapped[int] = mapped_column(primary_key=True)
    mgr_id: Mapped[int] = mapped_column(ForeignKey("mgr.id"))
    mgr: Mapped[Mgr] = relationship(back_populates="papers")
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
