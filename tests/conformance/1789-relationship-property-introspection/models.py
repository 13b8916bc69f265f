from typing import Optional
from sqlalchemy import create_engine, String, ForeignKey, Table, Column, desc
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, backref


class Base(DeclarativeBase):
    pass


tagging = Table("tagging", Base.metadata, Column("post_id", ForeignKey("post.id"), primary_key=True), Column("tag_id", ForeignKey("tag.id"), primary_key=True))


class Blog(Base):
    __tablename__ = "blog"
    id: Mapped[int] = mapped_column(primary_key=True)
    posts: Mapped[list["Post"]] = relationship(back_populates="blog", cascade="all, delete-orphan", order_by=lambda: [desc(Post.id), Post.title])
    header: Mapped[Optional["Header"]] = relationship(cascade="all, delete-orphan", single_parent=True, uselist=False)


class Header(Base):
    __tablename__ = "header"
    id: Mapped[int] = mapped_column(primary_key=True)
    blog_id: Mapped[int] = mapped_column(ForeignKey("blog.id"))


class Post(Base):
    __tablename__ = "post"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(20))
    blog_id: Mapped[int] = mapped_column(ForeignKey("blog.id"))
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("post.id"))
    blog: Mapped[Blog] = relationship(back_populates="posts")
    tags: Mapped[list["Tag"]] = relationship(secondary=tagging, cascade="save-update")
    children = relationship("Post", backref=backref("parent", remote_side=[id]))


class Tag(Base):
    __tablename__ = "tag"
    id: Mapped[int] = mapped_column(primary_key=True)


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
