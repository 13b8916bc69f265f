from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship


class Base(DeclarativeBase):
    pass


class Dept(Base):
    __tablename__ = "dept"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    staff: Mapped[list["Emp"]] = relationship(back_populates="dept")


class Emp(Base):
    __tablename__ = "emp"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    dept_id: Mapped[Optional[int]] = mapped_column(ForeignKey("dept.id"))
    dept: Mapped[Optional[Dept]] = relationship(back_populates="staff")

    def __repr__(self):
        return self.name


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
