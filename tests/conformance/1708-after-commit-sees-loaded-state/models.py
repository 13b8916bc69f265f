from sqlalchemy import create_engine, String, event, select, func, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(String(20))


class Trail(Base):
    __tablename__ = "trail"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(40))


@event.listens_for(Session, "after_commit")
def committed(session):
    for obj in sorted(session.identity_map.values(), key=lambda o: (type(o).__name__, o.__dict__.get("id") or 0)):
        if not isinstance(obj, Note):
            continue
        state = inspect(obj)
        print("after_commit", type(obj).__name__, state.expired_attributes == set(), state.deleted, obj.__dict__.get("body"))
    try:
        session.execute(select(func.count(Note.id)))
    except Exception as e:
        print(type(e).__name__, e)


@event.listens_for(Session, "after_flush")
def trail(session, ctx):
    for obj in session.new:
        if isinstance(obj, Note):
            session.add(Trail(text=f"added {obj.body}"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
