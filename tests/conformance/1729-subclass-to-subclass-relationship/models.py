from typing import Optional
from sqlalchemy import create_engine, String, select, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, joinedload, selectinload
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
class Mgr(Emp):
    __tablename__ = "mgr"
    id: Mapped[int] = mapped_column(ForeignKey("emp.id"), primary_key=True)
    level: Mapped[int] = mapped_column(default=1)
    mentees: Mapped[list["Eng"]] = relationship(back_populates="mentor", foreign_keys="Eng.mentor_id")
    __mapper_args__ = {"polymorphic_identity": "mgr"}
class Eng(Emp):
    __tablename__ = "eng"
    id: Mapped[int] = mapped_column(ForeignKey("emp.id"), primary_key=True)
    mentor_id: Mapped[Optional[int]] = mapped_column(ForeignKey("mgr.id"))
    mentor: Mapped[Optional[Mgr]] = relationship(back_populates="mentees", foreign_keys=[mentor_id])
    __mapper_args__ = {"polymorphic_identity": "eng"}
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
