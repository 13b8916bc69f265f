from sqlalchemy import create_engine, ForeignKey, String, select, update
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session
from sqlalchemy.exc import InvalidRequestError


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    books: Mapped[list["Book"]] = relationship(back_populates="author", cascade="all")
    notes: Mapped[list["Note"]] = relationship(cascade="all, delete-orphan")
    fans: Mapped[list["Fan"]] = relationship(back_populates="author")

    def __repr__(self):
        return f"Author({self.name!r})"


class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    title: Mapped[str] = mapped_column(String(30))
    author: Mapped[Author] = relationship(back_populates="books")

    def __repr__(self):
        return f"Book({self.title!r})"


class Fan(Base):
    __tablename__ = "fan"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    nick: Mapped[str] = mapped_column(String(30))
    author: Mapped[Author] = relationship(back_populates="fans")


class Note(Base):
    __tablename__ = "note"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    text: Mapped[str] = mapped_column(String(30))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

