import re
from sqlalchemy import create_engine, Column, Integer, String, ForeignKey, event
from sqlalchemy.orm import declarative_base, relationship, validates, Session

Base = declarative_base()


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


class Article(Base):
    __tablename__ = "articles"
    id = Column(Integer, primary_key=True)
    title = Column(String(100), nullable=False)
    slug = Column(String(100))
    revision = Column(Integer, default=0)
    keywords = relationship("Keyword", back_populates="article")

    @validates("title")
    def validate_title(self, key, value):
        if not value or len(value) < 3:
            raise ValueError("title too short")
        return value.strip()

    @validates("keywords")
    def validate_keyword(self, key, kw):
        print("validating", key, kw.word)
        kw.word = kw.word.lower()
        return kw


class Keyword(Base):
    __tablename__ = "keywords"
    id = Column(Integer, primary_key=True)
    word = Column(String(30))
    article_id = Column(Integer, ForeignKey("articles.id"))
    article = relationship("Article", back_populates="keywords")


@event.listens_for(Article, "before_insert")
def set_slug(mapper, connection, target):
    print("before_insert", target.title)
    target.slug = slugify(target.title)


@event.listens_for(Article, "before_update")
def bump(mapper, connection, target):
    print("before_update", target.title)
    target.revision = (target.revision or 0) + 1
    target.slug = slugify(target.title)


@event.listens_for(Article, "after_insert")
def after_ins(mapper, connection, target):
    print("after_insert", target.id)


@event.listens_for(Article.title, "set")
def on_title(target, value, oldvalue, initiator):
    print("set title", repr(value))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
