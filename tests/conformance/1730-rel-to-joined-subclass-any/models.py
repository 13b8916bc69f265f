from typing import Optional
from sqlalchemy import create_engine, String, select, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship
class Base(DeclarativeBase):
    pass
class Dept(Base):
    __tablename__ = "dept"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(10))
    engineers: Mapped[list["Eng"]] = relationship(viewonly=True)
class Emp(Base):
    __tablename__ = "emp"
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(10))
    dept_id: Mapped[Optional[int]] = mapped_column(ForeignKey("dept.id"))
    __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "emp"}
class Eng(Emp):
    __tablename__ = "eng"
    id: Mapped[int] = mapped_column(ForeignKey("emp.id"), primary_key=True)
    lang: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_identity": "eng"}
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
