# lazy="raise" / "raise_on_sql" / "noload": relationships that refuse to load, or never do.
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base, relationship

Base = declarative_base()


class Author(Base):
    __tablename__ = "author"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    books = relationship("Book", back_populates="author", lazy="raise")
    drafts = relationship("Book", lazy="noload", viewonly=True)
    titles = relationship("Book", lazy="raise_on_sql", viewonly=True)


class Book(Base):
    __tablename__ = "book"
    id = Column(Integer, primary_key=True)
    title = Column(String)
    author_id = Column(ForeignKey("author.id"))
    author = relationship("Author", back_populates="books", lazy="raise_on_sql")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = Session(engine)
