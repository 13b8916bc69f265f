from sqlalchemy import create_engine, ForeignKey, Text, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, defaultload, lazyload, load_only, defer, undefer, selectinload


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    books: Mapped[list["Book"]] = relationship(back_populates="author", order_by="Book.id")


class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    title: Mapped[str]
    year: Mapped[int]
    summary: Mapped[str] = mapped_column(Text, deferred=True)
    author: Mapped[Author] = relationship(back_populates="books")
    notes: Mapped[list["Note"]] = relationship(order_by="Note.id")


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    book_id: Mapped[int] = mapped_column(ForeignKey("book.id"))
    text: Mapped[str]
    page: Mapped[int]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as s:
    a = Author(name="Le Guin", books=[Book(title="Earthsea", year=1968, summary="wizards", notes=[Note(text="n1", page=3)]), Book(title="Dispossessed", year=1974, summary="anarchy")])
    b = Author(name="Lem", books=[Book(title="Solaris", year=1961, summary="ocean")])
    s.add_all([a, b])
    s.commit()
session = Session(engine)
