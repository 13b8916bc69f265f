from sqlalchemy import create_engine, Column, ForeignKey, Integer, String, Table, select
from sqlalchemy.orm import DeclarativeBase, mapped_column, relationship, backref, Session


class Base(DeclarativeBase):
    pass


shelf_book = Table(
    "shelf_book",
    Base.metadata,
    Column("shelf_id", ForeignKey("shelf.id"), primary_key=True),
    Column("book_id", ForeignKey("book.id"), primary_key=True),
)


class Author(Base):
    __tablename__ = "author"
    id = mapped_column(Integer, primary_key=True)
    name = mapped_column(String(40))
    books = relationship(
        "Book",
        backref=backref("author", lazy="joined"),
        order_by="Book.title.desc()",
        cascade="all, delete-orphan",
    )


class Book(Base):
    __tablename__ = "book"
    id = mapped_column(Integer, primary_key=True)
    title = mapped_column(String(40))
    author_id = mapped_column(ForeignKey("author.id"))

    def __repr__(self):
        return f"<Book {self.title}>"


class Shelf(Base):
    __tablename__ = "shelf"
    id = mapped_column(Integer, primary_key=True)
    label = mapped_column(String(20))
    books = relationship(
        Book,
        secondary="shelf_book",
        primaryjoin="Shelf.id == shelf_book.c.shelf_id",
        backref=backref("shelves", order_by="Shelf.label", lazy="selectin", viewonly=True),
    )


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
