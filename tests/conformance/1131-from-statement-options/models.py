from sqlalchemy import ForeignKey, String, create_engine, func, literal_column, select, text, union_all
from sqlalchemy.orm import (
    DeclarativeBase, Mapped, Session, joinedload, mapped_column, query_expression,
    relationship, selectinload, with_expression,
)


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    book_count: Mapped[int] = query_expression()
    books: Mapped[list["Book"]] = relationship(back_populates="author")

    def __repr__(self):
        return f"Author({self.name!r})"


class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author] = relationship(back_populates="books")


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
