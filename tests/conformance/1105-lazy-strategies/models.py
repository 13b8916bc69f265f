from sqlalchemy import create_engine, Column, Integer, String, ForeignKey
from sqlalchemy.orm import declarative_base, relationship, sessionmaker, joinedload, selectinload, lazyload, raiseload, noload, contains_eager

Base = declarative_base()


class Author(Base):
    __tablename__ = "author"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    books = relationship("Book", back_populates="author", lazy="selectin", order_by="Book.title")
    awards = relationship("Award", lazy="raise")
    notes = relationship("Note", lazy="noload")

    def __repr__(self):
        return self.name


class Book(Base):
    __tablename__ = "book"
    id = Column(Integer, primary_key=True)
    title = Column(String)
    author_id = Column(ForeignKey("author.id"))
    author = relationship("Author", back_populates="books", lazy="joined")

    def __repr__(self):
        return f"<{self.title}>"


class Award(Base):
    __tablename__ = "award"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    author_id = Column(ForeignKey("author.id"))


class Note(Base):
    __tablename__ = "note"
    id = Column(Integer, primary_key=True)
    body = Column(String)
    author_id = Column(ForeignKey("author.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(bind=engine)
