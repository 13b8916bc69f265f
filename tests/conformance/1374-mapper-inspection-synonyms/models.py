from sqlalchemy import create_engine, ForeignKey, String, select, inspect
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, column_property, synonym


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    first: Mapped[str] = mapped_column(String(20))
    last: Mapped[str] = mapped_column(String(20))
    full = column_property(first + " " + last)
    surname = synonym("last")
    books: Mapped[list["Book"]] = relationship(back_populates="author")

    @hybrid_property
    def initials(self):
        return self.first[0] + self.last[0]


class Book(Base):
    __tablename__ = "book"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(40))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("author.id"))
    author: Mapped[Author | None] = relationship(back_populates="books")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
