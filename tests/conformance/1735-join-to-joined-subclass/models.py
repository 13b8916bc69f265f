from typing import Optional
from sqlalchemy import create_engine, String, select, func, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, aliased, relationship
class Base(DeclarativeBase):
    pass
class Team(Base):
    __tablename__ = "team"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(10))
class Emp(Base):
    __tablename__ = "emp"
    id: Mapped[int] = mapped_column(primary_key=True)
    first: Mapped[str] = mapped_column(String(10))
    type: Mapped[str] = mapped_column(String(10))
    team_id: Mapped[Optional[int]] = mapped_column(ForeignKey("team.id"))
    team: Mapped[Optional[Team]] = relationship()
    __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "emp"}
    def __repr__(self):
        return f"{type(self).__name__}({self.first})"
class Eng(Emp):
    __tablename__ = "eng"
    id: Mapped[int] = mapped_column(ForeignKey("emp.id"), primary_key=True)
    lang: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_identity": "eng"}
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
