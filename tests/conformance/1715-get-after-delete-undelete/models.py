from sqlalchemy import create_engine, String, select, func, inspect, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, make_transient


class Base(DeclarativeBase):
    pass


class Doc(Base):
    __tablename__ = "doc"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(20))

    def __repr__(self):
        return f"Doc({self.id}, {self.title})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
log = []
event.listen(engine, "before_cursor_execute", lambda c, cur, st, p, ctx, m: log.append(st.split()[0] + str(p)) if st.split()[0] in ("INSERT", "DELETE", "UPDATE") else None)
