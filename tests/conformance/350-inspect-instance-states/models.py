# inspect(obj): object states, identity, unloaded/expired attributes, attribute history
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, inspect
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Author(Base):
    __tablename__ = "authors"
    id = Column(Integer, primary_key=True)
    name = Column(String(50))
    email = Column(String(50))
    books = relationship("Book", back_populates="author")

    def __repr__(self):
        return f"Author({self.name!r})"


class Book(Base):
    __tablename__ = "books"
    id = Column(Integer, primary_key=True)
    title = Column(String(80))
    author_id = Column(Integer, ForeignKey("authors.id"))
    author = relationship("Author", back_populates="books")

    def __repr__(self):
        return f"Book({self.title!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
