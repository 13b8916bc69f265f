from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, select
from sqlalchemy.orm import declarative_base, relationship, Session, joinedload, selectinload

Base = declarative_base()


class Author(Base):
    __tablename__ = "authors"
    id = Column(Integer, primary_key=True)
    name = Column(String(30))
    posts = relationship("Post", back_populates="author", lazy="selectin")


class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    title = Column(String(40))
    author_id = Column(Integer, ForeignKey("authors.id"))
    author = relationship("Author", back_populates="posts", lazy="joined")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
