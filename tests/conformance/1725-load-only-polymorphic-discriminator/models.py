from sqlalchemy import create_engine, String, select, ForeignKey, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, load_only, defer, undefer, deferred
class Base(DeclarativeBase):
    pass
class Emp(Base):
    __tablename__ = "emp"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(10))
    bio: Mapped[str] = mapped_column(String(50), deferred=True, default="")
    type: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "emp"}
class Mgr(Emp):
    __tablename__ = "mgr"
    id: Mapped[int] = mapped_column(ForeignKey("emp.id"), primary_key=True)
    budget: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(String(50), deferred=True, default="")
    __mapper_args__ = {"polymorphic_identity": "mgr"}
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
def loaded(o):
    return sorted(k for k in ("name", "bio", "budget", "notes") if k in o.__dict__)
