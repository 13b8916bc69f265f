from typing import Optional
from sqlalchemy import create_engine, String, select, event, func, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session, make_transient


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(30))
    deleted: Mapped[bool] = mapped_column(default=False)


@event.listens_for(Session, "before_flush")
def soft_delete(session, ctx, instances):
    for obj in list(session.deleted):
        if isinstance(obj, Note):
            print("soft-deleting", obj.text)
            session.add(obj)
            obj.deleted = True


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
