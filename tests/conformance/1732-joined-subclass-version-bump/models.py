from sqlalchemy import create_engine, String, select, ForeignKey, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
log = []
class Base(DeclarativeBase):
    pass
class Emp(Base):
    __tablename__ = "emp"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(10))
    type: Mapped[str] = mapped_column(String(10))
    edits: Mapped[int] = mapped_column(default=0, onupdate=lambda ctx: 99)
    version: Mapped[int] = mapped_column(default=1)
    __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "emp", "version_id_col": version}
class Mgr(Emp):
    __tablename__ = "mgr"
    id: Mapped[int] = mapped_column(ForeignKey("emp.id"), primary_key=True)
    budget: Mapped[int] = mapped_column(default=0)
    __mapper_args__ = {"polymorphic_identity": "mgr"}
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
event.listen(engine, "before_cursor_execute", lambda c, cu, st, p, ctx, m: log.append(" ".join(st.split())) if st.startswith(("UPDATE", "INSERT")) else None)
