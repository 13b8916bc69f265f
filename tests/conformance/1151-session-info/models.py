from sqlalchemy import String, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(50))
    author: Mapped[str | None] = mapped_column(String(20))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)


@event.listens_for(Session, "before_flush")
def stamp_author(session, flush_context, instances):
    for obj in session.new:
        if isinstance(obj, Note) and obj.author is None:
            obj.author = session.info.get("user", "anonymous")
