from sqlalchemy import create_engine, String, event, inspect, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, sessionmaker
from sqlalchemy.orm.attributes import instance_state


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(40))


@event.listens_for(Note, "after_delete")
def gone(mapper, connection, target):
    st = inspect(target)
    print("after_delete", st.persistent, st.deleted, st.was_deleted)


@event.listens_for(Session, "after_flush")
def flushed(session, ctx):
    for obj in session.deleted:
        print("after_flush", inspect(obj).deleted, inspect(obj).persistent)


@event.listens_for(Session, "persistent_to_deleted")
def to_deleted(session, obj):
    print("persistent_to_deleted", inspect(obj).deleted)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
