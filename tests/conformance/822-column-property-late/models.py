from sqlalchemy import create_engine, ForeignKey, String, select, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, column_property, Session


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    shout: Mapped[str] = column_property(func.upper(name))
    books: Mapped[list["Book"]] = relationship(back_populates="author")

    def __repr__(self):
        return f"<Author {self.name} books={self.book_count} pages={self.total_pages}>"


class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(40))
    pages: Mapped[int] = mapped_column(default=100)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship(back_populates="books")


Author.book_count = column_property(
    select(func.count(Book.id)).where(Book.author_id == Author.id).correlate_except(Book).scalar_subquery()
)
Author.total_pages = column_property(
    select(func.coalesce(func.sum(Book.pages), 0)).where(Book.author_id == Author.id).scalar_subquery(),
    deferred=True,
)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
