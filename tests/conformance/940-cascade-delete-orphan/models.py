from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import declarative_base, relationship, Session

Base = declarative_base()


class Author(Base):
    __tablename__ = "authors"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    books = relationship("Book", back_populates="author", cascade="all, delete-orphan")


class Book(Base):
    __tablename__ = "books"
    id = Column(Integer, primary_key=True)
    title = Column(String)
    author_id = Column(Integer, ForeignKey("authors.id"))
    author = relationship("Author", back_populates="books")
    reviews = relationship("Review", backref="book")


class Review(Base):
    __tablename__ = "reviews"
    id = Column(Integer, primary_key=True)
    stars = Column(Integer)
    book_id = Column(Integer, ForeignKey("books.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
