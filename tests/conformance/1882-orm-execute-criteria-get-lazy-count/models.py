from sqlalchemy import Boolean, Column, ForeignKey, Integer, String, create_engine, event, func, select
from sqlalchemy.orm import Session, declarative_base, relationship, with_loader_criteria

Base = declarative_base()


class SoftDeleteMixin:
    deleted = Column(Boolean, default=False, nullable=False)


class Author(SoftDeleteMixin, Base):
    __tablename__ = "authors"
    id = Column(Integer, primary_key=True)
    name = Column(String)
    articles = relationship("Article", back_populates="author", order_by="Article.id")


class Article(SoftDeleteMixin, Base):
    __tablename__ = "articles"
    id = Column(Integer, primary_key=True)
    author_id = Column(Integer, ForeignKey("authors.id"))
    title = Column(String)
    author = relationship("Author", back_populates="articles")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
