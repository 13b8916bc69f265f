from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, select, func
from sqlalchemy.orm import declarative_base, relationship, column_property, sessionmaker, deferred, undefer

Base = declarative_base()


class Comment(Base):
    __tablename__ = "comments"
    id = Column(Integer, primary_key=True)
    article_id = Column(Integer, ForeignKey("articles.id"))
    text = Column(String(100))
    likes = Column(Integer, default=0)


class Article(Base):
    __tablename__ = "articles"
    id = Column(Integer, primary_key=True)
    first = Column(String(30))
    last = Column(String(30))
    body = deferred(Column(String(500)))
    full = column_property(first + " " + last)
    comment_count = column_property(
        select(func.count(Comment.id)).where(Comment.article_id == id).correlate_except(Comment).scalar_subquery()
    )
    comments = relationship(Comment, backref="article")

    def __repr__(self):
        return "Article(%s, comments=%s)" % (self.full, self.comment_count)


Article.total_likes = column_property(
    select(func.coalesce(func.sum(Comment.likes), 0)).where(Comment.article_id == Article.id).scalar_subquery()
)

engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
session = sessionmaker(engine)()
