from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, Session, backref


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "author"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(20))
    posts = relationship("Post", order_by="desc(Post.id)", foreign_keys="[Post.author_id]", back_populates="author")
    edited = relationship("Post", primaryjoin="and_(Author.id == Post.editor_id, Post.published == True)", viewonly=True, order_by="Post.title")
    drafts = relationship("Post", primaryjoin="and_(Author.id == foreign(Post.author_id), Post.published == False)", viewonly=True)


class Post(Base):
    __tablename__ = "post"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(30))
    published: Mapped[bool] = mapped_column(default=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"))
    editor_id: Mapped[Optional[int]] = mapped_column(ForeignKey("author.id"))
    author = relationship("Author", foreign_keys="Post.author_id", back_populates="posts")
    editor = relationship("Author", foreign_keys=[editor_id], backref=backref("edits_all", order_by="Post.id", lazy="selectin"))
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("post.id"))
    replies = relationship("Post", backref=backref("parent", remote_side="Post.id"), order_by="Post.id")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
