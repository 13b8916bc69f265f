from sqlalchemy import create_engine, String, select, event, ForeignKey
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, relationship, deferred
class Base(DeclarativeBase): pass
class P(Base):
    __tablename__ = "p"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    note: Mapped[str] = mapped_column(deferred=True, default="n")
    kids: Mapped[list["K"]] = relationship()
class K(Base):
    __tablename__ = "k"
    id: Mapped[int] = mapped_column(primary_key=True)
    p_id: Mapped[int] = mapped_column(ForeignKey("p.id"))
@event.listens_for(P, "refresh")
def r(t, c, attrs): print("refresh", sorted(attrs) if attrs else attrs)
