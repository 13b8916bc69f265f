from sqlalchemy import ForeignKey, Text, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.orm import defer, load_only, undefer, undefer_group


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    title: Mapped[str]
    summary: Mapped[str] = mapped_column(Text, deferred=True, deferred_group="long")
    notes: Mapped[str] = mapped_column(Text, deferred=True, deferred_group="long")
    blurb: Mapped[str] = mapped_column(Text, deferred=True, deferred_raiseload=True)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
