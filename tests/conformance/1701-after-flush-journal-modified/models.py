from sqlalchemy import create_engine, String, select, event, func, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "account"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(20))
    balance: Mapped[int] = mapped_column(default=0)


class Journal(Base):
    __tablename__ = "journal"
    id: Mapped[int] = mapped_column(primary_key=True)
    entry: Mapped[str] = mapped_column(String(60))


flushes = []


@event.listens_for(Session, "after_flush")
def journal(session, ctx):
    entries = []
    for obj in session.new:
        if isinstance(obj, Account):
            entries.append(f"open {obj.owner} id={obj.id}")
    for obj in session.dirty:
        if isinstance(obj, Account) and session.is_modified(obj):
            h = inspect(obj).attrs.balance.history
            if h.has_changes():
                entries.append(f"{obj.owner}: {h.deleted[0] if h.deleted else None} -> {h.added[0]}")
    for obj in session.deleted:
        if isinstance(obj, Account):
            entries.append(f"close {obj.owner}")
    flushes.append(len(entries))
    for e in sorted(entries):
        session.add(Journal(entry=e))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
