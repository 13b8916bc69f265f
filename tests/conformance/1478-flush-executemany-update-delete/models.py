from sqlalchemy import create_engine, String, ForeignKey, Table, Column, event, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
from sqlalchemy.orm.exc import StaleDataError


class Base(DeclarativeBase):
    pass


tagging = Table(
    "tagging", Base.metadata,
    Column("note_id", ForeignKey("note.id"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id"), primary_key=True),
)


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(String(50))
    version: Mapped[int] = mapped_column(nullable=False)
    tags: Mapped[list["Tag"]] = relationship(secondary=tagging)
    __mapper_args__ = {"version_id_col": version}


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(20))
    hits: Mapped[int] = mapped_column(default=0)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
sent = []


@event.listens_for(engine, "before_cursor_execute")
def record(conn, cursor, statement, parameters, context, executemany):
    sent.append((" ".join(statement.split()), parameters, executemany))
